import { describe, expect, it } from 'vitest';
import { TaskError, TaskStatusError } from './errors';

describe('TaskError', () => {
  it('keeps code and message', () => {
    const error = new TaskError('TIMEOUT', 'Timed out after 10 seconds.');
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe('Timed out after 10 seconds.');
  });

  it('is an Error named TaskError', () => {
    const error = new TaskError('CANCELLED', 'Cancelled.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TaskError');
  });
});

describe('TaskStatusError', () => {
  it('names the task and both statuses', () => {
    const error = new TaskStatusError('command-1', 'finished', 'processing');
    expect(error.message).toBe('A task never goes back: task "command-1" cannot change from "finished" to "processing".');
    expect(error.from).toBe('finished');
    expect(error.to).toBe('processing');
  });
});
