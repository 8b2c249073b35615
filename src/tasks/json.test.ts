import { describe, expect, it } from 'vitest';
import { copyTaskResult, taskToData, taskToJSON } from './json';
import type { Task } from './types';

const FIELD_ORDER = [
  'id',
  'name',
  'operation',
  'status',
  'message',
  'code',
  'percent',
  'created_at',
  'started_at',
  'ended_at',
  'depends_on_tasks',
  'engine',
  'engine_version',
  'payload',
  'result',
];

// Fields written in a scrambled order, to show that the export reorders them.
const TASK: Task = {
  result: { output: 'log', files: [{ size: 2996796, dir: 'a/b', filename: 'out.mp4' }] },
  payload: { operation: 'command', engine: 'ffmpeg' },
  engine_version: '5.1.4',
  engine: 'ffmpeg',
  depends_on_tasks: { 'import-1': 'id-1' },
  ended_at: '2026-12-04T19:43:07+00:00',
  started_at: '2026-12-04T19:42:58+00:00',
  created_at: '2026-12-04T19:42:58+00:00',
  percent: 100,
  code: null,
  message: null,
  status: 'finished',
  operation: 'command',
  name: 'command-1',
  id: '6f1c2e9a-0b8d-4f57-9a5e-1f0c3b7d2a11',
};

describe('taskToData', () => {
  it('orders the fields like the API', () => {
    expect(Object.keys(taskToData(TASK))).toEqual(FIELD_ORDER);
  });

  it('keeps every value', () => {
    expect(taskToData(TASK)).toEqual(TASK);
  });
});

describe('copyTaskResult', () => {
  it('orders file fields filename, size, dir', () => {
    expect(Object.keys(copyTaskResult(TASK.result ?? { files: [] }).files[0] ?? {})).toEqual(['filename', 'size', 'dir']);
  });

  it('orders files before output', () => {
    expect(Object.keys(copyTaskResult({ output: 'x', files: [] }))).toEqual(['files', 'output']);
  });

  it('leaves out absent dir and output', () => {
    expect(copyTaskResult({ files: [{ filename: 'a', size: 1 }] })).toStrictEqual({ files: [{ filename: 'a', size: 1 }] });
  });
});

describe('taskToJSON', () => {
  it('indents by two spaces', () => {
    expect(taskToJSON(TASK).split('\n')[1]).toBe('  "id": "6f1c2e9a-0b8d-4f57-9a5e-1f0c3b7d2a11",');
  });

  it('writes fields in API order', () => {
    const keys = Object.keys(JSON.parse(taskToJSON(TASK)) as object);
    expect(keys).toEqual(FIELD_ORDER);
  });

  it('writes null result and timestamps', () => {
    const waiting: Task = { ...TASK, status: 'waiting', started_at: null, ended_at: null, result: null };
    const json = taskToJSON(waiting);
    expect(json).toContain('"started_at": null');
    expect(json).toContain('"result": null');
  });

  it('writes the payload as given', () => {
    const task: Task = { ...TASK, payload: { engine: 'sox', odd: [1, 'two'] } };
    expect(JSON.parse(taskToJSON(task))).toHaveProperty('payload', { engine: 'sox', odd: [1, 'two'] });
  });
});
