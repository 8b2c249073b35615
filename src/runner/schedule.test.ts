import { describe, expect, it } from 'vitest';
import { createCommandTask, createImportTask, failTask, startTask } from '../tasks/task';
import type { Task } from '../tasks/types';
import { nextStep, payloadInputNames } from './schedule';

const importTask = (name: string): Task => createImportTask(name, [{ filename: 'a.png', size: 1 }]);
const command = (name: string, input: string | string[]): Task =>
  createCommandTask(name, { operation: 'command', engine: 'ffmpeg', command: 'ffmpeg', arguments: '', input }, {});

describe('payloadInputNames', () => {
  it('reads a string', () => {
    expect(payloadInputNames({ input: 'import-1' })).toEqual(['import-1']);
  });

  it('reads an array', () => {
    expect(payloadInputNames({ input: ['import-1', 'import-2'] })).toEqual(['import-1', 'import-2']);
  });

  it('ignores a number', () => {
    expect(payloadInputNames({ input: 3 })).toEqual([]);
  });
});

describe('nextStep', () => {
  it('is idle without tasks', () => {
    expect(nextStep([]).kind).toBe('idle');
  });

  it('runs a task whose input finished', () => {
    const task = command('command-1', 'import-1');
    expect(nextStep([importTask('import-1'), task])).toEqual({ kind: 'run', task });
  });

  it('fails a task whose input ended in error', () => {
    const failed = failTask(command('command-1', []), 'COMMAND_FAILED', 'x');
    const task = command('command-2', 'command-1');
    expect(nextStep([failed, task])).toEqual({ kind: 'input-failed', task, inputName: 'command-1' });
  });

  it('lets a task wait for a running input', () => {
    const running = startTask(command('command-1', []), '5.1.4');
    const waiting = command('command-2', 'command-1');
    expect(nextStep([running, waiting]).kind).toBe('idle');
  });

  it('skips a blocked task for a ready one', () => {
    const running = startTask(command('command-1', []), '5.1.4');
    const blocked = command('command-2', 'command-1');
    const ready = command('command-3', []);
    expect(nextStep([running, blocked, ready])).toEqual({ kind: 'run', task: ready });
  });

  it('runs a task with an unknown input so validation reports it', () => {
    const task = command('command-1', 'nope');
    expect(nextStep([task])).toEqual({ kind: 'run', task });
  });

  it('takes tasks in creation order', () => {
    const first = command('command-1', []);
    expect(nextStep([first, command('command-2', [])])).toEqual({ kind: 'run', task: first });
  });
});
