/**
 * Hand-over of files shared to the installed app. The service worker receives
 * the share target's POST and stores the files here. The page takes them out
 * when it starts and adds them as import tasks. This module runs on both
 * threads, so it uses only types that the `dom` and `webworker` libs share.
 */

/** Path of the share target's `action`, relative to the service worker's scope. */
export const SHARE_TARGET_PATH = 'share-target';

/** Form field of the share target that carries the files. */
export const SHARE_TARGET_FIELD = 'files';

/** Cache holding shared files until the page takes them. */
export const SHARED_FILES_CACHE = 'transmute-shared-files';

/** The part of the Cache API used here, so tests can pass an in-memory stand-in. */
export interface FileCache {
  put(key: string, response: Response): Promise<void>;
  match(key: Request): Promise<Response | undefined>;
  keys(): Promise<readonly Request[]>;
}

/** The part of `CacheStorage` used here. */
export interface FileCacheStorage {
  open(name: string): Promise<FileCache>;
  has(name: string): Promise<boolean>;
  delete(name: string): Promise<boolean>;
}

// The cache key is a made-up URL, so the original name and type travel in headers.
const NAME_HEADER = 'X-Transmute-Filename';
const TYPE_HEADER = 'Content-Type';

/** Stores `files` for the page; keys keep the order in which they were shared. */
export async function storeSharedFiles(storage: FileCacheStorage, files: readonly File[], scope: string): Promise<void> {
  const cache = await storage.open(SHARED_FILES_CACHE);
  const batch = Date.now();

  for (const [index, file] of files.entries()) {
    const key = new URL(`${SHARED_FILES_CACHE}/${batch}-${String(index).padStart(4, '0')}`, scope).href;
    const headers = { [NAME_HEADER]: encodeURIComponent(file.name), [TYPE_HEADER]: file.type || 'application/octet-stream' };
    await cache.put(key, new Response(file, { headers }));
  }
}

/**
 * Removes and returns every stored shared file, oldest first. Returns an
 * empty list without creating the cache when nothing was shared.
 */
export async function takeSharedFiles(storage: FileCacheStorage): Promise<File[]> {
  if (!(await storage.has(SHARED_FILES_CACHE))) return [];
  const cache = await storage.open(SHARED_FILES_CACHE);
  const keys = [...(await cache.keys())].sort((a, b) => a.url.localeCompare(b.url));

  const files: File[] = [];
  for (const key of keys) {
    const response = await cache.match(key);
    if (response === undefined) continue;
    const name = decodeURIComponent(response.headers.get(NAME_HEADER) ?? 'shared-file');
    const type = response.headers.get(TYPE_HEADER) ?? '';
    files.push(new File([await response.blob()], name, { type }));
  }

  await storage.delete(SHARED_FILES_CACHE);
  return files;
}
