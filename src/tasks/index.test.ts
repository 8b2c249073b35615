import { describe, expect, it } from 'vitest';
import * as tasks from './index';

describe('index', () => {
  it.each([
    'TaskError',
    'TaskStatusError',
    'ENGINE_COMMANDS',
    'ENGINE_NAMES',
    'isEngineName',
    'isoNow',
    'isValidTaskName',
    'nextTaskName',
    'validateTaskName',
    'matchGlob',
    'isGlobPattern',
    'splitArguments',
    'inputNamesFromArguments',
    'normalizeInput',
    'validatePayload',
    'createImportTask',
    'createCommandTask',
    'startTask',
    'setProgress',
    'finishTask',
    'failTask',
    'taskToJSON',
  ])('exports %s', (name) => {
    expect(tasks).toHaveProperty(name);
  });
});
