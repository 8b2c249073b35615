import { isEngineName } from './engines';
import { TaskError, TaskStatusError } from './errors';
import { isValidTaskName } from './names';
import { isoNow } from './time';
import { copyTaskResult } from './json';
import type { ErrorCode, Task, TaskResult } from './types';

// Declared in json.ts, and exported here too because they belong to the task object's API.
export { taskToData, taskToJSON } from './json';

/** A file the user added, before it becomes part of an import task. */
export interface ImportedFile {
  readonly filename: string;
  /** Size in bytes. */
  readonly size: number;
  /** Sub-folder inside the task's folder, such as "frames" for a dropped folder. Absent at the top level. */
  readonly dir?: string;
}

function importedPath(file: ImportedFile): string {
  return file.dir === undefined ? file.filename : `${file.dir}/${file.filename}`;
}

function checkTaskName(name: string): void {
  if (!isValidTaskName(name)) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid task name ${JSON.stringify(name)}: a task name may contain only letters A-Z and a-z, digits 0-9, "-" and "_".`,
    );
  }
}

// Each file is mounted at /input/<task name>/<filename>, so a filename must be
// one path component.
function checkImportedFile(file: ImportedFile, seen: ReadonlySet<string>): void {
  const { filename, size, dir } = file;
  if (filename === '' || filename === '.' || filename === '..' || filename.includes('/')) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid filename ${JSON.stringify(filename)}: a filename must be non-empty, must not be "." or "..", and must not contain "/".`,
    );
  }
  if (dir !== undefined && dir.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid folder ${JSON.stringify(dir)} of file ${JSON.stringify(filename)}: each folder name must be non-empty and must not be "." or "..".`,
    );
  }
  if (seen.has(importedPath(file))) {
    throw new TaskError('INVALID_DATA', `Invalid filename ${JSON.stringify(importedPath(file))}: the import task already has a file with this name.`);
  }
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new TaskError('INVALID_DATA', `Invalid size ${size} for file ${JSON.stringify(filename)}: a size is a whole number of bytes, 0 or more.`);
  }
}

/**
 * Creates a finished `import/upload` task that contains the user's files. Its
 * payload names the file as `filename`, or the files as `filenames` when
 * there are several, each as its path inside the task's folder.
 *
 * Throws TaskError INVALID_DATA for an invalid task name, an empty file list,
 * a filename that is not one path component, or a repeated path. It also
 * throws for a folder with an empty, "." or ".." part, and for a size that is
 * not a whole number of bytes.
 */
export function createImportTask(name: string, files: ReadonlyArray<ImportedFile>, now: Date = new Date()): Task {
  checkTaskName(name);
  if (files.length === 0) {
    throw new TaskError('INVALID_DATA', `Invalid import task ${JSON.stringify(name)}: it has no files. Add at least one file.`);
  }
  const seen = new Set<string>();
  for (const file of files) {
    checkImportedFile(file, seen);
    seen.add(importedPath(file));
  }

  const filenames = files.map(importedPath);
  const payload =
    filenames.length === 1 ? { operation: 'import/upload', filename: filenames[0] } : { operation: 'import/upload', filenames };
  const time = isoNow(now);

  return {
    id: crypto.randomUUID(),
    name,
    operation: 'import/upload',
    status: 'finished',
    message: null,
    code: null,
    percent: 100,
    created_at: time,
    started_at: time,
    ended_at: time,
    depends_on_tasks: {},
    engine: null,
    engine_version: null,
    payload,
    result: {
      files: files.map((file) => ({ filename: file.filename, size: file.size, ...(file.dir === undefined ? {} : { dir: file.dir }) })),
    },
  };
}

/**
 * Creates a waiting command task. The payload is stored as given, even when
 * invalid, so the task can end in error with the payload still shown. The
 * engine is read from the payload when it names a known engine.
 *
 * Throws TaskError INVALID_DATA for an invalid task name.
 */
export function createCommandTask(
  name: string,
  payload: unknown,
  dependsOn: Readonly<Record<string, string>>,
  now: Date = new Date(),
): Task {
  checkTaskName(name);
  const engine = typeof payload === 'object' && payload !== null && 'engine' in payload ? payload.engine : undefined;

  return {
    id: crypto.randomUUID(),
    name,
    operation: 'command',
    status: 'waiting',
    message: null,
    code: null,
    percent: 0,
    created_at: isoNow(now),
    started_at: null,
    ended_at: null,
    depends_on_tasks: { ...dependsOn },
    engine: isEngineName(engine) ? engine : null,
    engine_version: null,
    payload,
    result: null,
  };
}

/** Moves a waiting task to processing and records the version the engine reported. */
export function startTask(task: Task, engineVersion: string, now: Date = new Date()): Task {
  if (task.status !== 'waiting') {
    throw new TaskStatusError(task.name, task.status, 'processing');
  }
  return { ...task, status: 'processing', started_at: isoNow(now), engine_version: engineVersion };
}

/**
 * Returns the task with `percent` raised to `percent`, rounded down and
 * capped at 100. Progress never decreases, and NaN or a negative value is
 * ignored. A task that is not processing is returned unchanged, because a
 * worker can still report progress while it is being stopped. Returns the same
 * object when nothing changes.
 */
export function setProgress(task: Task, percent: number): Task {
  if (task.status !== 'processing' || Number.isNaN(percent) || percent < 0) {
    return task;
  }
  const next = Math.min(100, Math.floor(percent));
  if (next <= task.percent) {
    return task;
  }
  return { ...task, percent: next };
}

/** Moves a processing task to finished with percent 100. */
export function finishTask(task: Task, result: TaskResult, now: Date = new Date()): Task {
  if (task.status !== 'processing') {
    throw new TaskStatusError(task.name, task.status, 'finished');
  }
  return { ...task, status: 'finished', percent: 100, ended_at: isoNow(now), result: copyTaskResult(result) };
}

/**
 * Moves a waiting or processing task to error. The result is null unless
 * console output was captured, in which case it contains that output and no
 * files. `started_at` stays null for a task that never started.
 */
export function failTask(task: Task, code: ErrorCode, message: string, output?: string, now: Date = new Date()): Task {
  if (task.status !== 'waiting' && task.status !== 'processing') {
    throw new TaskStatusError(task.name, task.status, 'error');
  }
  return {
    ...task,
    status: 'error',
    code,
    message,
    ended_at: isoNow(now),
    result: output === undefined ? null : { files: [], output },
  };
}
