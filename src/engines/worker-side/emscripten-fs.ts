import type { CollectedFile, MountedFile } from '../protocol';

/** The part of Emscripten's FS API the workers use (emscripten 3.x). */
export interface EmscriptenFS {
  mkdir(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
  readFile(path: string): Uint8Array;
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  analyzePath(path: string): { exists: boolean };
}

/** Creates every missing folder of an absolute path, like `mkdir -p`. */
export function makeDirectories(fs: EmscriptenFS, path: string): void {
  let current = '';
  for (const part of path.split('/').filter((segment) => segment !== '')) {
    current += `/${part}`;
    if (!fs.analyzePath(current).exists) fs.mkdir(current);
  }
}

/** Writes the inputs at their paths and creates `/output/` with the requested folders. */
export async function mountFiles(fs: EmscriptenFS, files: readonly MountedFile[], folders: readonly string[]): Promise<void> {
  makeDirectories(fs, '/output');
  for (const folder of folders) makeDirectories(fs, folder);
  for (const file of files) {
    const folder = file.path.slice(0, file.path.lastIndexOf('/'));
    makeDirectories(fs, folder);
    fs.writeFile(file.path, new Uint8Array(await file.data.arrayBuffer()));
  }
}

/** Lists every regular file under `root`, at any depth, sorted by path. */
export function collectFiles(fs: EmscriptenFS, root = '/output'): CollectedFile[] {
  const found: CollectedFile[] = [];
  const walk = (folder: string, prefix: string): void => {
    const names = fs.readdir(folder).filter((name) => name !== '.' && name !== '..').sort();
    for (const name of names) {
      const path = `${folder}/${name}`;
      const mode = fs.stat(path).mode;
      if (fs.isDir(mode)) {
        walk(path, `${prefix}${name}/`);
      } else if (fs.isFile(mode)) {
        // Copy out of the wasm heap's view, because the heap may grow or be torn down.
        const bytes = fs.readFile(path).slice();
        found.push({ relativePath: `${prefix}${name}`, data: new Blob([bytes]) });
      }
    }
  };
  if (fs.analyzePath(root).exists) walk(root, '');
  return found;
}
