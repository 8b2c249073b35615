import { describe, expect, it } from 'vitest';
import { createTasksStore } from '../../store/tasks';
import { importFromUrl, type UrlImportDependencies } from './importUrl';

const URL_PNG = 'http://127.0.0.1:4173/samples/sample.png';

function deps(fetchResult: () => Promise<Response>, blocked = false): UrlImportDependencies {
  return { store: createTasksStore(), fetch: () => fetchResult(), wasBlockedByPolicy: () => Promise.resolve(blocked) };
}

describe('importFromUrl', () => {
  it('finishes with the fetched file', async () => {
    const setup = deps(() => Promise.resolve(new Response('abc', { headers: { 'content-type': 'image/png', 'content-length': '3' } })));
    const task = await importFromUrl(URL_PNG, setup);

    expect(task.status).toBe('finished');
    expect(task.result?.files).toEqual([{ filename: 'sample.png', size: 3 }]);
  });

  it('stores the file with its type', async () => {
    const setup = deps(() => Promise.resolve(new Response('abc', { headers: { 'content-type': 'image/png; charset=binary' } })));
    const task = await importFromUrl(URL_PNG, setup);
    const [stored] = setup.store.getState().files[task.id] ?? [];

    expect(stored?.filename).toBe('sample.png');
    expect(stored?.data.type).toBe('image/png');
  });

  it('reports an HTTP error', async () => {
    const setup = deps(() => Promise.resolve(new Response('no', { status: 404, statusText: 'Not Found' })));
    const task = await importFromUrl(URL_PNG, setup);

    expect(task.status).toBe('error');
    expect(task.code).toBe('INVALID_DATA');
    expect(task.message).toContain('HTTP 404 Not Found');
  });

  it('reports a network failure', async () => {
    const task = await importFromUrl(URL_PNG, deps(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(task.message).toContain('failed before any response arrived (Failed to fetch)');
  });

  it('names the policy when it blocked the fetch', async () => {
    const task = await importFromUrl(URL_PNG, deps(() => Promise.reject(new TypeError('Failed to fetch')), true));
    expect(task.message).toContain('Content-Security-Policy');
  });

  it('creates no task for a bad URL', async () => {
    const setup = deps(() => Promise.reject(new Error('not called')));
    await expect(importFromUrl('ftp://example.test/a', setup)).rejects.toThrow('is not supported');
    expect(setup.store.getState().tasks).toEqual([]);
  });
});
