import { describe, expect, it } from 'vitest';
import { TaskError } from './errors';
import { isValidTaskName, nextTaskName, validateTaskName } from './names';

function captureError(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('isValidTaskName', () => {
  it.each(['import-1', 'command_2', 'A', 'my-video_01', '-', '_'])('accepts %j', (name) => {
    expect(isValidTaskName(name)).toBe(true);
  });

  it.each(['', 'a b', 'a/b', 'a.b', '..', 'café', 'a\n', 'x$'])('rejects %j', (name) => {
    expect(isValidTaskName(name)).toBe(false);
  });
});

describe('nextTaskName', () => {
  it('starts at 1 with no tasks', () => {
    expect(nextTaskName('import', [])).toBe('import-1');
  });

  it('counts one past the highest number', () => {
    expect(nextTaskName('import', ['import-1', 'import-3'])).toBe('import-4');
  });

  it('ignores names with another prefix', () => {
    expect(nextTaskName('command', ['import-1', 'import-2', 'command-1'])).toBe('command-2');
  });

  it('ignores names that only start like the prefix', () => {
    expect(nextTaskName('import', ['import-2a', 'my-import-7', 'import-'])).toBe('import-1');
  });

  it('reads leading zeros as the number', () => {
    expect(nextTaskName('import', ['import-007'])).toBe('import-8');
  });

  it('ignores numbers beyond the safe integer range', () => {
    expect(nextTaskName('import', ['import-99999999999999999999', 'import-2'])).toBe('import-3');
  });
});

describe('validateTaskName', () => {
  it('accepts a new valid name', () => {
    expect(() => validateTaskName('import-2', ['import-1'])).not.toThrow();
  });

  it('rejects a name with a space as INVALID_DATA', () => {
    const error = captureError(() => validateTaskName('my file', []));
    expect(error).toBeInstanceOf(TaskError);
    expect(error).toHaveProperty('code', 'INVALID_DATA');
  });

  it('names the value and the allowed characters', () => {
    expect(() => validateTaskName('a.b', [])).toThrow('Invalid task name "a.b": a task name may contain only letters A-Z and a-z, digits 0-9, "-" and "_".');
  });

  it('rejects an empty name', () => {
    expect(() => validateTaskName('', [])).toThrow('the name is empty');
  });

  it('rejects a name that is taken', () => {
    expect(() => validateTaskName('import-1', ['import-1'])).toThrow('Invalid task name "import-1": another task already has this name.');
  });
});
