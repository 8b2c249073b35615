import { describe, expect, it } from 'vitest';
import { SHARED_FILES_CACHE, storeSharedFiles, takeSharedFiles, type FileCache, type FileCacheStorage } from './shared-files';

/** Map-backed stand-in for the browser's CacheStorage, which Node lacks. */
class MemoryCacheStorage implements FileCacheStorage {
  readonly caches = new Map<string, Map<string, Response>>();

  async open(name: string): Promise<FileCache> {
    const entries = this.caches.get(name) ?? new Map<string, Response>();
    this.caches.set(name, entries);
    return {
      put: async (key, response) => {
        entries.set(key, response);
      },
      match: async (key) => entries.get(key.url)?.clone(),
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
    };
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
}

const SCOPE = 'http://localhost:4173/';

describe('shared files', () => {
  it('round-trip keeps name, type, bytes and order', async () => {
    const storage = new MemoryCacheStorage();
    const shared = [
      new File([new Uint8Array([1, 2, 3])], 'clip één.mp4', { type: 'video/mp4' }),
      new File([new Uint8Array([4, 5])], 'photo.png', { type: 'image/png' }),
    ];

    await storeSharedFiles(storage, shared, SCOPE);
    const received = await takeSharedFiles(storage);

    expect(received.map((file) => file.name)).toEqual(['clip één.mp4', 'photo.png']);
    expect(received.map((file) => file.type)).toEqual(['video/mp4', 'image/png']);
    expect([...new Uint8Array(await received[0]!.arrayBuffer())]).toEqual([1, 2, 3]);
    expect([...new Uint8Array(await received[1]!.arrayBuffer())]).toEqual([4, 5]);
  });

  it('take empties the cache', async () => {
    const storage = new MemoryCacheStorage();
    await storeSharedFiles(storage, [new File(['x'], 'a.txt')], SCOPE);

    await takeSharedFiles(storage);

    expect(storage.caches.has(SHARED_FILES_CACHE)).toBe(false);
    expect(await takeSharedFiles(storage)).toEqual([]);
  });

  it('take without a share creates no cache', async () => {
    const storage = new MemoryCacheStorage();

    expect(await takeSharedFiles(storage)).toEqual([]);
    expect(storage.caches.size).toBe(0);
  });

  it('file without a type is stored as octet-stream', async () => {
    const storage = new MemoryCacheStorage();
    await storeSharedFiles(storage, [new File(['x'], 'raw.bin')], SCOPE);

    const [file] = await takeSharedFiles(storage);

    expect(file?.type).toBe('application/octet-stream');
  });
});
