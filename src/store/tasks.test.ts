import { describe, expect, it } from 'vitest';
import { createTasksStore } from './tasks';

const file = (name: string, text = 'x'): File => new File([text], name, { type: 'text/plain' });

describe('addImportEntries', () => {
  it('keeps each file in its folder', () => {
    const store = createTasksStore();
    const task = store.getState().addImportEntries([{ file: file('a.png'), dir: 'shots' }, { file: file('b.png') }]);

    expect(task.result?.files).toEqual([
      { filename: 'a.png', size: 1, dir: 'shots' },
      { filename: 'b.png', size: 1 },
    ]);
    expect(store.getState().files[task.id]?.map((stored) => stored.dir)).toEqual(['shots', undefined]);
  });

  it('uses the given name', () => {
    const store = createTasksStore();
    expect(store.getState().addImportEntries([{ file: file('a.png') }], 'photos').name).toBe('photos');
  });

  it('numbers unnamed imports', () => {
    const store = createTasksStore();
    store.getState().addImportTask([file('a.png')]);
    expect(store.getState().addImportTask([file('b.png')]).name).toBe('import-2');
  });
});

describe('addUrlImportTask', () => {
  it('adds a processing import/url task', () => {
    const store = createTasksStore();
    const task = store.getState().addUrlImportTask('http://127.0.0.1:4173/samples/sample.png');

    expect(task.name).toBe('import-1');
    expect(task.status).toBe('processing');
    expect(store.getState().tasks).toEqual([task]);
  });

  it('rejects a name in use', () => {
    const store = createTasksStore();
    store.getState().addImportTask([file('a.png')]);
    expect(() => store.getState().addUrlImportTask('https://example.test/a.png', 'import-1')).toThrow('already has this name');
  });
});
