import { describe, expect, it } from 'vitest';
import { TaskError, TaskStatusError } from './errors';
import { createCommandTask, createImportTask, failTask, finishTask, setProgress, startTask } from './task';
import type { Task } from './types';

const CREATED = new Date('2026-12-04T19:42:58.400Z');
const STARTED = new Date('2026-12-04T19:43:00Z');
const ENDED = new Date('2026-12-04T19:43:07Z');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const PAYLOAD = { operation: 'command', input: 'import-1', engine: 'ffmpeg', command: 'ffmpeg', arguments: '-version' };

function waitingTask(): Task {
  return createCommandTask('command-1', PAYLOAD, { 'import-1': 'id-1' }, CREATED);
}

function processingTask(): Task {
  return startTask(waitingTask(), '5.1.4', STARTED);
}

describe('createImportTask', () => {
  const task = createImportTask('import-1', [{ filename: 'clip.mp4', size: 2996796 }], CREATED);

  it('is a finished import/upload task', () => {
    expect(task.operation).toBe('import/upload');
    expect(task.status).toBe('finished');
    expect(task.percent).toBe(100);
  });

  it('has a UUID v4 id', () => {
    expect(task.id).toMatch(UUID_V4);
  });

  it('sets every timestamp to now', () => {
    expect(task.created_at).toBe('2026-12-04T19:42:58+00:00');
    expect(task.started_at).toBe('2026-12-04T19:42:58+00:00');
    expect(task.ended_at).toBe('2026-12-04T19:42:58+00:00');
  });

  it('lists the files in the result', () => {
    expect(task.result).toEqual({ files: [{ filename: 'clip.mp4', size: 2996796 }] });
  });

  it('has no engine, code or dependencies', () => {
    expect(task.engine).toBeNull();
    expect(task.engine_version).toBeNull();
    expect(task.code).toBeNull();
    expect(task.message).toBeNull();
    expect(task.depends_on_tasks).toEqual({});
  });

  it('names one file in the payload', () => {
    expect(task.payload).toEqual({ operation: 'import/upload', filename: 'clip.mp4' });
  });

  it('names several files in the payload', () => {
    const files = [
      { filename: 'a.png', size: 1 },
      { filename: 'b.png', size: 0 },
    ];
    expect(createImportTask('import-2', files, CREATED).payload).toEqual({ operation: 'import/upload', filenames: ['a.png', 'b.png'] });
  });

  it('gives each task its own id', () => {
    expect(createImportTask('import-2', [{ filename: 'a', size: 1 }]).id).not.toBe(task.id);
  });

  it('rejects an invalid name', () => {
    expect(() => createImportTask('my import', [{ filename: 'a', size: 1 }])).toThrow(TaskError);
  });

  it('rejects an empty file list', () => {
    expect(() => createImportTask('import-1', [])).toThrow('it has no files');
  });

  it.each(['', '.', '..', 'a/b.png'])('rejects the filename %j', (filename) => {
    expect(() => createImportTask('import-1', [{ filename, size: 1 }])).toThrow('Invalid filename');
  });

  it('rejects a repeated filename', () => {
    const files = [
      { filename: 'a.png', size: 1 },
      { filename: 'a.png', size: 2 },
    ];
    expect(() => createImportTask('import-1', files)).toThrow('already has a file with this name');
  });

  it.each([-1, 1.5, Number.NaN])('rejects the size %j', (size) => {
    expect(() => createImportTask('import-1', [{ filename: 'a.png', size }])).toThrow('Invalid size');
  });

  it('keeps the folder of a file in the result', () => {
    const folderTask = createImportTask('frames', [{ filename: '01.png', size: 5, dir: 'shots/a' }]);
    expect(folderTask.result?.files).toEqual([{ filename: '01.png', size: 5, dir: 'shots/a' }]);
  });

  it('names folder files by path in the payload', () => {
    const files = [
      { filename: '01.png', size: 5, dir: 'a' },
      { filename: '01.png', size: 5, dir: 'b' },
    ];
    expect(createImportTask('frames', files).payload).toEqual({ operation: 'import/upload', filenames: ['a/01.png', 'b/01.png'] });
  });

  it.each(['', 'a//b', '.', 'a/..', '/a', 'a/'])('rejects the folder %j', (dir) => {
    expect(() => createImportTask('import-1', [{ filename: 'a.png', size: 1, dir }])).toThrow('Invalid folder');
  });

  it('rejects a repeated path in one folder', () => {
    const files = [
      { filename: 'a.png', size: 1, dir: 'x' },
      { filename: 'a.png', size: 2, dir: 'x' },
    ];
    expect(() => createImportTask('import-1', files)).toThrow('already has a file with this name');
  });
});

describe('createCommandTask', () => {
  it('is a waiting command task at 0 percent', () => {
    const task = waitingTask();
    expect(task.operation).toBe('command');
    expect(task.status).toBe('waiting');
    expect(task.percent).toBe(0);
  });

  it('sets created_at only', () => {
    const task = waitingTask();
    expect(task.created_at).toBe('2026-12-04T19:42:58+00:00');
    expect(task.started_at).toBeNull();
    expect(task.ended_at).toBeNull();
  });

  it('reads the engine from the payload', () => {
    expect(waitingTask().engine).toBe('ffmpeg');
  });

  it('leaves the engine version null', () => {
    expect(waitingTask().engine_version).toBeNull();
  });

  it('sets engine null for an unknown engine', () => {
    expect(createCommandTask('command-1', { engine: 'sox' }, {}).engine).toBeNull();
  });

  it('sets engine null for a non-object payload', () => {
    expect(createCommandTask('command-1', 'ffmpeg -i a', {}).engine).toBeNull();
  });

  it('keeps the payload as given', () => {
    const payload = { engine: 'ffmpeg', extra: [1, 2] };
    expect(createCommandTask('command-1', payload, {}).payload).toBe(payload);
  });

  it('copies the dependencies', () => {
    const dependsOn: Record<string, string> = { 'import-1': 'id-1' };
    const task = createCommandTask('command-1', PAYLOAD, dependsOn);
    dependsOn['import-2'] = 'id-2';
    expect(task.depends_on_tasks).toEqual({ 'import-1': 'id-1' });
  });

  it('has a UUID v4 id', () => {
    expect(waitingTask().id).toMatch(UUID_V4);
  });

  it('rejects an invalid name', () => {
    expect(() => createCommandTask('command 1', PAYLOAD, {})).toThrow('Invalid task name "command 1"');
  });
});

describe('startTask', () => {
  it('moves waiting to processing', () => {
    expect(processingTask().status).toBe('processing');
  });

  it('sets started_at and engine_version', () => {
    const task = processingTask();
    expect(task.started_at).toBe('2026-12-04T19:43:00+00:00');
    expect(task.engine_version).toBe('5.1.4');
  });

  it('does not change the original task', () => {
    const waiting = waitingTask();
    startTask(waiting, '5.1.4');
    expect(waiting.status).toBe('waiting');
  });

  it('throws for a processing task', () => {
    expect(() => startTask(processingTask(), '5.1.4')).toThrow(TaskStatusError);
  });

  it('throws for a finished task', () => {
    const finished = finishTask(processingTask(), { files: [] });
    expect(() => startTask(finished, '5.1.4')).toThrow('A task never goes back');
  });
});

describe('setProgress', () => {
  it('sets an integer percent', () => {
    expect(setProgress(processingTask(), 42).percent).toBe(42);
  });

  it('rounds down', () => {
    expect(setProgress(processingTask(), 99.9).percent).toBe(99);
  });

  it('caps at 100', () => {
    expect(setProgress(processingTask(), 250).percent).toBe(100);
  });

  it('never decreases', () => {
    const task = setProgress(processingTask(), 50);
    expect(setProgress(task, 20).percent).toBe(50);
  });

  it('ignores NaN', () => {
    const task = setProgress(processingTask(), 10);
    expect(setProgress(task, Number.NaN)).toBe(task);
  });

  it('ignores negative values', () => {
    const task = setProgress(processingTask(), 10);
    expect(setProgress(task, -5)).toBe(task);
  });

  it('returns the same object when unchanged', () => {
    const task = setProgress(processingTask(), 30);
    expect(setProgress(task, 30.5)).toBe(task);
  });

  it('ignores a waiting task', () => {
    const task = waitingTask();
    expect(setProgress(task, 50)).toBe(task);
  });

  it('ignores a finished task', () => {
    const task = finishTask(processingTask(), { files: [] });
    expect(setProgress(task, 50)).toBe(task);
  });
});

describe('finishTask', () => {
  const result = { files: [{ filename: 'f1.png', size: 10, dir: 'frames' }], output: 'done' };

  it('moves processing to finished at 100 percent', () => {
    const task = finishTask(processingTask(), result, ENDED);
    expect(task.status).toBe('finished');
    expect(task.percent).toBe(100);
  });

  it('sets ended_at and the result', () => {
    const task = finishTask(processingTask(), result, ENDED);
    expect(task.ended_at).toBe('2026-12-04T19:43:07+00:00');
    expect(task.result).toEqual(result);
  });

  it('throws for a waiting task', () => {
    expect(() => finishTask(waitingTask(), result)).toThrow(TaskStatusError);
  });

  it('throws for a failed task', () => {
    const failed = failTask(processingTask(), 'CANCELLED', 'Cancelled by the user.');
    expect(() => finishTask(failed, result)).toThrow('cannot change from "error" to "finished"');
  });
});

describe('failTask', () => {
  it('moves processing to error with code and message', () => {
    const task = failTask(processingTask(), 'COMMAND_FAILED', 'ffmpeg exited with code 1.', undefined, ENDED);
    expect(task.status).toBe('error');
    expect(task.code).toBe('COMMAND_FAILED');
    expect(task.message).toBe('ffmpeg exited with code 1.');
    expect(task.ended_at).toBe('2026-12-04T19:43:07+00:00');
  });

  it('sets result null without output', () => {
    expect(failTask(processingTask(), 'TIMEOUT', 'Timed out.').result).toBeNull();
  });

  it('keeps captured output in the result', () => {
    expect(failTask(processingTask(), 'COMMAND_FAILED', 'Failed.', 'log line').result).toEqual({ files: [], output: 'log line' });
  });

  it('keeps empty captured output', () => {
    expect(failTask(processingTask(), 'COMMAND_FAILED', 'Failed.', '').result).toEqual({ files: [], output: '' });
  });

  it('fails a waiting task without starting it', () => {
    const task = failTask(waitingTask(), 'INPUT_TASK_FAILED', 'Input task "import-1" failed.');
    expect(task.status).toBe('error');
    expect(task.started_at).toBeNull();
  });

  it('keeps the percent reached', () => {
    const task = setProgress(processingTask(), 40);
    expect(failTask(task, 'CANCELLED', 'Cancelled.').percent).toBe(40);
  });

  it('throws for a finished task', () => {
    const finished = finishTask(processingTask(), { files: [] });
    expect(() => failTask(finished, 'CANCELLED', 'Cancelled.')).toThrow(TaskStatusError);
  });

  it('throws for a failed task', () => {
    const failed = failTask(waitingTask(), 'CANCELLED', 'Cancelled.');
    expect(() => failTask(failed, 'TIMEOUT', 'Timed out.')).toThrow('A task never goes back');
  });
});
