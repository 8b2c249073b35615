/**
 * Files a drop or paste delivers: loose files, and folders with every file
 * inside them. They are read through the File and Directory Entries API
 * (`webkitGetAsEntry`), which Chromium, Firefox and Safari support for drops.
 */
export type DroppedItem =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'folder'; readonly name: string; readonly files: readonly FolderFile[] };

/** A file inside a dropped folder, with its sub-folder relative to that folder. */
export interface FolderFile {
  readonly file: File;
  /** Absent for files directly in the dropped folder. */
  readonly dir?: string;
}

// The parts of FileSystemEntry used here, so tests can pass plain objects.
interface FileEntryLike {
  readonly isFile: true;
  readonly isDirectory: false;
  readonly name: string;
  file(success: (file: File) => void, failure?: (error: DOMException) => void): void;
}

interface DirectoryEntryLike {
  readonly isFile: false;
  readonly isDirectory: true;
  readonly name: string;
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (error: DOMException) => void): void };
}

export type EntryLike = FileEntryLike | DirectoryEntryLike;

/** The parts of DataTransferItem used here. */
export interface TransferItemLike {
  readonly kind: string;
  getAsFile(): File | null;
  webkitGetAsEntry?(): unknown;
}

function readFile(entry: FileEntryLike): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

// readEntries returns the children in batches (Chromium 100 at a time) and an
// empty batch at the end, so it is called until it returns nothing.
async function readChildren(entry: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = entry.createReader();
  const children: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

/** Lists every file under a folder entry, sorted by path, each with its sub-folder. */
export async function readFolder(entry: DirectoryEntryLike, dir?: string): Promise<FolderFile[]> {
  const files: FolderFile[] = [];
  const children = await readChildren(entry);
  // Sort by code unit, as the glob expansion does, not by locale.
  children.sort((a, b) => {
    if (a.name === b.name) return 0;
    return a.name < b.name ? -1 : 1;
  });

  for (const child of children) {
    if (child.isDirectory) {
      files.push(...(await readFolder(child, dir === undefined ? child.name : `${dir}/${child.name}`)));
    } else {
      const file = await readFile(child);
      files.push(dir === undefined ? { file } : { file, dir });
    }
  }
  return files;
}

function isEntry(value: unknown): value is EntryLike {
  return typeof value === 'object' && value !== null && 'isDirectory' in value && 'name' in value;
}

/**
 * Reads the files and folders of a drop. Call it inside the drop event
 * handler: the browser empties the DataTransfer when the handler returns, so
 * every entry is taken before the first `await`.
 */
export function readTransferItems(items: readonly TransferItemLike[]): Promise<DroppedItem[]> {
  const pending: Array<Promise<DroppedItem | null>> = [];

  for (const item of items) {
    if (item.kind !== 'file') continue;
    // A DataTransfer built by script, as in a paste or a synthetic drop, has no entries.
    const entry: unknown = item.webkitGetAsEntry?.() ?? null;
    if (isEntry(entry) && entry.isDirectory) {
      pending.push(readFolder(entry).then((files) => ({ kind: 'folder', name: entry.name, files })));
      continue;
    }
    const file = item.getAsFile();
    pending.push(Promise.resolve(file === null ? null : { kind: 'file', file }));
  }

  return Promise.all(pending).then((dropped) => dropped.filter((item) => item !== null));
}
