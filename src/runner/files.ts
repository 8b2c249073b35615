import type { MountedFile } from '../engines/protocol';

/** A file held in the browser: an import or a command task's output. */
export interface StoredFile {
  readonly filename: string;
  /** Sub-folder, as in `result.files[].dir`; absent at the top level. */
  readonly dir?: string;
  readonly data: Blob;
}

/** Returns the path of a stored file relative to its task's folder, such as `frames/0001.png`. */
export function relativePath(file: StoredFile): string {
  return file.dir === undefined ? file.filename : `${file.dir}/${file.filename}`;
}

/** Places each input task's files at `/input/<taskName>/`. */
export function mountInputs(inputs: ReadonlyArray<{ readonly taskName: string; readonly files: readonly StoredFile[] }>): MountedFile[] {
  return inputs.flatMap(({ taskName, files }) =>
    files.map((file) => ({ path: `/input/${taskName}/${relativePath(file)}`, data: file.data })),
  );
}

/** Splits a path under `/output/` into the filename and its sub-folder. */
export function toStoredFile(outputRelativePath: string, data: Blob): StoredFile {
  const slash = outputRelativePath.lastIndexOf('/');
  if (slash === -1) return { filename: outputRelativePath, data };
  return { filename: outputRelativePath.slice(slash + 1), dir: outputRelativePath.slice(0, slash), data };
}

/** Options whose value is a folder the program writes into. */
const FOLDER_OPTIONS: readonly string[] = ['-path', '-output-directory'];

/**
 * Returns the folders under `/output/` that the arguments write into, so the
 * worker can create them first: the parent of every `/output/...` argument,
 * an argument ending in `/`, and the value of ImageMagick's `-path` or
 * GraphicsMagick's `-output-directory`. Native
 * ffmpeg and ImageMagick fail on a missing folder; here `/output/` starts
 * empty, so without this no command could write below it.
 */
export function outputFolders(args: readonly string[]): string[] {
  const folders = new Set<string>();
  args.forEach((arg, index) => {
    if (!arg.startsWith('/output/')) return;
    const isFolder = arg.endsWith('/') || FOLDER_OPTIONS.includes(args[index - 1] ?? '');
    const folder = isFolder ? arg.replace(/\/+$/, '') : arg.slice(0, arg.lastIndexOf('/'));
    if (folder !== '/output' && !folder.split('/').includes('..')) folders.add(folder);
  });
  return [...folders];
}
