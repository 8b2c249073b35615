import type { ErrorCode, TaskStatus } from './types';

/** Error that ends a task. `code` is the task's error code and `message` its message. */
export class TaskError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'TaskError';
    this.code = code;
  }
}

/**
 * Programming error: a status change the task model does not allow, such as
 * finishing a task that already ended. It never reaches the user as a task code.
 */
export class TaskStatusError extends Error {
  readonly from: TaskStatus;
  readonly to: TaskStatus;

  constructor(taskName: string, from: TaskStatus, to: TaskStatus) {
    super(`A task never goes back: task "${taskName}" cannot change from "${from}" to "${to}".`);
    this.name = 'TaskStatusError';
    this.from = from;
    this.to = to;
  }
}
