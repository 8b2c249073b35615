import type { ImportEntry } from '../../store/tasks';
import { isValidTaskName } from '../../tasks/names';
import type { DroppedItem, FolderFile } from './entries';

/** One import task to create: its name, when it has its own, and its files. */
export interface PlannedImport {
  readonly name?: string;
  readonly entries: readonly ImportEntry[];
}

/** Returns the folder's name when it can name the task and no task has it yet. */
function folderTaskName(name: string, taken: Set<string>): string | undefined {
  if (!isValidTaskName(name) || taken.has(name)) return undefined;
  taken.add(name);
  return name;
}

/**
 * Turns what was added together into import tasks. A folder is always one
 * task, named after the folder when the name is a valid, unused task name.
 * With `group`, everything added together is one task instead, and a folder's
 * files keep the folder as their sub-folder.
 */
export function planImports(items: readonly DroppedItem[], group: boolean, existingNames: readonly string[]): PlannedImport[] {
  const taken = new Set(existingNames);
  const nonEmpty = items.filter((item) => item.kind === 'file' || item.files.length > 0);

  if (group && nonEmpty.length > 1) {
    const entries = nonEmpty.flatMap((item): ImportEntry[] =>
      item.kind === 'file' ? [{ file: item.file }] : item.files.map(({ file, dir }) => ({ file, dir: dir === undefined ? item.name : `${item.name}/${dir}` })),
    );
    return [{ entries }];
  }

  return nonEmpty.map((item) => {
    if (item.kind === 'file') return { entries: [{ file: item.file }] };
    const name = folderTaskName(item.name, taken);
    return name === undefined ? { entries: item.files } : { name, entries: item.files };
  });
}

/** Names the folders that held no file, for telling the person why nothing was added for them. */
export function emptyFolders(items: readonly DroppedItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'folder' && item.files.length === 0 ? [item.name] : []));
}

/**
 * Turns the files of a folder picker (`<input webkitdirectory>`) into dropped
 * folders: each file's `webkitRelativePath` starts with the picked folder.
 */
export function itemsFromRelativePaths(files: ReadonlyArray<{ readonly file: File; readonly relativePath: string }>): DroppedItem[] {
  const folders = new Map<string, FolderFile[]>();
  const loose: DroppedItem[] = [];

  for (const { file, relativePath } of files) {
    const parts = relativePath.split('/');
    if (parts.length < 2) {
      loose.push({ kind: 'file', file });
      continue;
    }
    const [folder = '', ...rest] = parts;
    const dir = rest.slice(0, -1).join('/');
    const list = folders.get(folder) ?? [];
    list.push(dir === '' ? { file } : { file, dir });
    folders.set(folder, list);
  }

  const picked = [...folders].map(([name, folderFiles]): DroppedItem => ({ kind: 'folder', name, files: folderFiles }));
  return [...picked, ...loose];
}
