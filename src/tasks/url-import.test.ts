import { describe, expect, it } from 'vitest';
import { TaskError } from './errors';
import { failTask, finishTask } from './task';
import { createUrlImportTask } from './url-import';

const CREATED = new Date('2026-12-04T19:42:58.250Z');

describe('createUrlImportTask', () => {
  const task = createUrlImportTask('import-1', 'https://example.test/a.png', CREATED);

  it('is a processing import/url task', () => {
    expect(task).toMatchObject({ operation: 'import/url', status: 'processing', percent: 0, result: null });
  });

  it('starts at creation', () => {
    expect(task.started_at).toBe('2026-12-04T19:42:58+00:00');
  });

  it('keeps the URL in the payload', () => {
    expect(task.payload).toEqual({ operation: 'import/url', url: 'https://example.test/a.png' });
  });

  it('finishes with the fetched file', () => {
    const done = finishTask(task, { files: [{ filename: 'a.png', size: 3 }] });
    expect(done.result?.files).toEqual([{ filename: 'a.png', size: 3 }]);
  });

  it('can end in error', () => {
    expect(failTask(task, 'INVALID_DATA', 'HTTP 404').status).toBe('error');
  });

  it('rejects an invalid name', () => {
    expect(() => createUrlImportTask('my import', 'https://example.test/a.png')).toThrow(TaskError);
  });

  it.each(['a.png', '/samples/a.png', ''])('rejects the relative URL %j', (url) => {
    expect(() => createUrlImportTask('import-1', url)).toThrow('not an absolute URL');
  });

  it.each(['file:///etc/hosts', 'data:text/plain,hi', 'ftp://example.test/a'])('rejects the scheme of %j', (url) => {
    expect(() => createUrlImportTask('import-1', url)).toThrow('is not supported');
  });
});
