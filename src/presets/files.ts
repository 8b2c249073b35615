import { relativePath, type StoredFile } from '../runner/files';
import type { Task } from '../tasks/types';
import type { AvailableFile } from './types';

/**
 * Lists the files presets can read: every file of each finished import
 * task, in task order. Outputs of command tasks are left out, so a preset
 * always starts from the person's own files.
 */
export function availableFiles(tasks: readonly Task[], files: Readonly<Record<string, readonly StoredFile[]>>): AvailableFile[] {
  return tasks
    .filter((task) => task.operation !== 'command' && task.status === 'finished')
    .flatMap((task) => (files[task.id] ?? []).map((file) => ({ taskName: task.name, filename: relativePath(file), type: file.data.type })));
}
