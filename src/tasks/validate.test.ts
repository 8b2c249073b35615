import { describe, expect, it } from 'vitest';
import { TaskError } from './errors';
import type { ValidationContext } from './validate';
import { DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS, validatePayload } from './validate';

const CONTEXT: ValidationContext = {
  tasks: [
    { name: 'import-1', status: 'finished' },
    { name: 'import-2', status: 'finished' },
  ],
  versions: { ffmpeg: ['5.1.4'] },
};

const BASE = {
  operation: 'command',
  input: 'import-1',
  engine: 'ffmpeg',
  command: 'ffmpeg',
  arguments: '-i /input/import-1/a.mp4 /output/out.webm',
};

function validateWith(changes: Readonly<Record<string, unknown>>, context: ValidationContext = CONTEXT): unknown {
  return validatePayload({ ...BASE, ...changes }, context);
}

function captureError(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('validatePayload defaults', () => {
  it('fills input, capture_output and timeout', () => {
    expect(validatePayload(BASE, CONTEXT)).toEqual({
      operation: 'command',
      input: ['import-1'],
      engine: 'ffmpeg',
      command: 'ffmpeg',
      arguments: '-i /input/import-1/a.mp4 /output/out.webm',
      capture_output: false,
      timeout: DEFAULT_TIMEOUT_SECONDS,
    });
  });

  it('defaults timeout to 18000 seconds', () => {
    expect(DEFAULT_TIMEOUT_SECONDS).toBe(18000);
  });

  it('accepts a missing input when the arguments read no input', () => {
    expect(validateWith({ input: undefined, arguments: '-f lavfi -i testsrc /output/a.mp4' })).toHaveProperty('input', []);
  });

  it('accepts an input array', () => {
    expect(validateWith({ input: ['import-2', 'import-1'] })).toHaveProperty('input', ['import-2', 'import-1']);
  });

  it('keeps given options', () => {
    const result = validateWith({ capture_output: true, timeout: 60, engine_version: '5.1.4' });
    expect(result).toHaveProperty('capture_output', true);
    expect(result).toHaveProperty('timeout', 60);
    expect(result).toHaveProperty('engine_version', '5.1.4');
  });

  it('accepts any engine_version while versions are unknown', () => {
    expect(validateWith({ engine: 'imagemagick', command: 'convert', engine_version: '7.1.1' })).toHaveProperty('engine_version', '7.1.1');
  });

  it('accepts any engine_version for an empty version list', () => {
    const context: ValidationContext = { tasks: CONTEXT.tasks, versions: { ffmpeg: [] } };
    expect(validateWith({ engine_version: '6.0' }, context)).toHaveProperty('engine_version', '6.0');
  });

  it('accepts every command of every engine', () => {
    const commands = [
      ['ffmpeg', 'ffprobe'],
      ['imagemagick', 'identify'],
      ['imagemagick', 'montage'],
      ['graphicsmagick', 'gm'],
    ];
    for (const [engine, command] of commands) {
      expect(validateWith({ engine, command })).toHaveProperty('command', command);
    }
  });

  it('accepts empty arguments', () => {
    expect(validateWith({ arguments: '' })).toHaveProperty('arguments', '');
  });

  it('does not expand globs', () => {
    expect(validateWith({ arguments: '/input/import-1/*.png' })).toHaveProperty('arguments', '/input/import-1/*.png');
  });
});

describe('validatePayload errors', () => {
  it('throws TaskError INVALID_DATA', () => {
    const error = captureError(() => validateWith({ engine: 'sox' }));
    expect(error).toBeInstanceOf(TaskError);
    expect(error).toHaveProperty('code', 'INVALID_DATA');
  });

  it.each([null, 'ffmpeg', [], 3])('rejects the payload %j', (payload) => {
    expect(() => validatePayload(payload, CONTEXT)).toThrow('it is not a JSON object');
  });

  it('rejects an unknown field and lists the fields', () => {
    expect(() => validateWith({ captur_output: true })).toThrow(
      'Invalid "captur_output" (true): a command task has no such field. Use only these fields: operation, input, engine, engine_version, command, arguments, capture_output, timeout.',
    );
  });

  it('rejects another operation', () => {
    expect(() => validateWith({ operation: 'convert' })).toThrow('Invalid "operation" ("convert"): only command tasks can be created from a payload. Use "command".');
  });

  it('rejects a missing operation', () => {
    expect(() => validateWith({ operation: undefined })).toThrow('Invalid "operation" (missing)');
  });

  it('rejects arguments reading an input not named in input', () => {
    expect(() => validateWith({ input: undefined })).toThrow(
      'Invalid "input" (missing): the arguments read /input/import-1/ but input does not name the task "import-1", so nothing is mounted there. Add "import-1" to input.',
    );
  });

  it('accepts arguments reading only named inputs', () => {
    expect(() => validateWith({ input: ['import-1', 'import-2'] })).not.toThrow();
  });

  it('rejects an unknown engine and lists the engines', () => {
    expect(() => validateWith({ engine: 'sox' })).toThrow('Invalid "engine" ("sox"): it is not a known engine. Use one of: ffmpeg, imagemagick, graphicsmagick.');
  });

  it('rejects a command of another engine and lists the commands', () => {
    expect(() => validateWith({ command: 'convert' })).toThrow('Invalid "command" ("convert"): ffmpeg has no such command. Use one of: ffmpeg, ffprobe.');
  });

  it('lists the ImageMagick commands', () => {
    expect(() => validateWith({ engine: 'imagemagick', command: 'gm' })).toThrow(
      'Use one of: convert, identify, magick, mogrify, composite, montage, compare.',
    );
  });

  it('rejects a missing command', () => {
    expect(() => validateWith({ command: undefined })).toThrow('Invalid "command" (missing)');
  });

  it.each([undefined, ['-i', 'a.mp4'], 5])('rejects arguments %j', (value) => {
    expect(() => validateWith({ arguments: value })).toThrow('Invalid "arguments"');
  });

  it('rejects arguments that do not split', () => {
    expect(() => validateWith({ arguments: '-i a.mp4 | cat' })).toThrow('"|" at position 10 is a pipe');
  });

  it('rejects arguments with an open quote', () => {
    expect(() => validateWith({ arguments: "-vf 'scale" })).toThrow('unterminated single quote');
  });

  it.each([5, null, { name: 'import-1' }, ['import-1', 2]])('rejects input %j', (value) => {
    expect(() => validateWith({ input: value })).toThrow('it is not a string or an array of strings');
  });

  it('rejects an input name that does not exist and lists the tasks', () => {
    expect(() => validateWith({ input: ['import-1', 'import-9'] })).toThrow(
      'Invalid "input" (["import-1","import-9"]): no task is named "import-9". Existing tasks: import-1, import-2.',
    );
  });

  it('says none when there are no tasks', () => {
    expect(() => validateWith({ input: 'import-1' }, { tasks: [], versions: {} })).toThrow('Existing tasks: none.');
  });

  it('rejects an invalid input name', () => {
    expect(() => validateWith({ input: '../etc' })).toThrow('"../etc" is not a valid task name');
  });

  it('rejects an unknown engine_version and lists the versions', () => {
    expect(() => validateWith({ engine_version: '6.0' })).toThrow(
      'Invalid "engine_version" ("6.0"): ffmpeg has no such version. Available versions: 5.1.4.',
    );
  });

  it('rejects a non-string engine_version', () => {
    expect(() => validateWith({ engine_version: 5 })).toThrow('Invalid "engine_version" (5): it is not a string');
  });

  it.each([0, -5, 1.5, '10', null, Number.NaN, Number.POSITIVE_INFINITY, MAX_TIMEOUT_SECONDS + 1])('rejects timeout %j', (value) => {
    expect(() => validateWith({ timeout: value })).toThrow(`Give an integer from 1 to ${MAX_TIMEOUT_SECONDS}.`);
  });

  it('accepts the maximum timeout', () => {
    expect(validateWith({ timeout: MAX_TIMEOUT_SECONDS })).toHaveProperty('timeout', MAX_TIMEOUT_SECONDS);
  });

  it('keeps the timeout within the setTimeout limit', () => {
    expect(MAX_TIMEOUT_SECONDS * 1000).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it.each(['true', 1, null])('rejects capture_output %j', (value) => {
    expect(() => validateWith({ capture_output: value })).toThrow('it is not a boolean. Use true or false.');
  });

  it('shortens a long value in the message', () => {
    const error = captureError(() => validateWith({ engine: 'x'.repeat(200) }));
    expect(error).toHaveProperty('message', expect.stringContaining(`"${'x'.repeat(79)}...`));
  });
});
