import type { ResultFile, Task, TaskResult } from './types';

function orderResultFile(file: ResultFile): ResultFile {
  return file.dir === undefined ? { filename: file.filename, size: file.size } : { filename: file.filename, size: file.size, dir: file.dir };
}

/** Returns a copy of a result with its keys in export order. */
export function copyTaskResult(result: TaskResult): TaskResult {
  const files = result.files.map(orderResultFile);
  return result.output === undefined ? { files } : { files, output: result.output };
}

/**
 * Returns a copy of the task with its keys in export order, for JSON.stringify.
 * Use it to export several tasks as one array.
 */
export function taskToData(task: Task): Task {
  return {
    id: task.id,
    name: task.name,
    operation: task.operation,
    status: task.status,
    message: task.message,
    code: task.code,
    percent: task.percent,
    created_at: task.created_at,
    started_at: task.started_at,
    ended_at: task.ended_at,
    depends_on_tasks: task.depends_on_tasks,
    engine: task.engine,
    engine_version: task.engine_version,
    payload: task.payload,
    result: task.result === null ? null : copyTaskResult(task.result),
  };
}

/**
 * Formats a task as JSON indented by two spaces, with the fields in the order
 * of CloudConvert's `data` object. The payload is written as given, so a
 * payload that JSON cannot hold (a cycle, a BigInt) makes this throw, as
 * JSON.stringify does.
 */
export function taskToJSON(task: Task): string {
  return JSON.stringify(taskToData(task), null, 2);
}
