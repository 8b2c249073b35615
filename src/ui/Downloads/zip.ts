import { downloadZip } from 'client-zip';
import { relativePath, type StoredFile } from '../../runner/files';

/** A file to put in a ZIP archive, at `name` inside it. */
export interface ZipEntry {
  readonly name: string;
  readonly input: Blob;
}

/** Lists one task's files at their paths relative to the task's folder. */
export function taskZipEntries(files: readonly StoredFile[]): ZipEntry[] {
  return files.map((file) => ({ name: relativePath(file), input: file.data }));
}

/** Lists every task's files in a folder named after the task, so equal filenames of two tasks do not collide. */
export function sessionZipEntries(tasks: ReadonlyArray<{ readonly name: string; readonly files: readonly StoredFile[] }>): ZipEntry[] {
  return tasks.flatMap((task) => task.files.map((file) => ({ name: `${task.name}/${relativePath(file)}`, input: file.data })));
}

/**
 * Builds a ZIP archive with client-zip, which streams each file into the
 * archive uncompressed, so memory contains each file once more at most.
 */
export function buildZip(entries: readonly ZipEntry[]): Promise<Blob> {
  return downloadZip(entries.map((entry) => ({ name: entry.name, input: entry.input, size: entry.input.size }))).blob();
}

// Revoking at once can cancel the download in Chromium, which reads the URL after the click returns. Milliseconds.
const REVOKE_DELAY_MS = 60_000;

/** Saves a Blob through a temporary download link, as a click on a link would. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
