import { describe, expect, it } from 'vitest';
import type { DroppedItem } from './entries';
import { emptyFolders, itemsFromRelativePaths, planImports } from './plan';

const file = (name: string): File => new File(['x'], name);
const loose = (name: string): DroppedItem => ({ kind: 'file', file: file(name) });
const folder = (name: string, ...files: Array<{ name: string; dir?: string }>): DroppedItem => ({
  kind: 'folder',
  name,
  files: files.map(({ name: filename, dir }) => (dir === undefined ? { file: file(filename) } : { file: file(filename), dir })),
});

const describePlan = (items: readonly DroppedItem[], group: boolean, existing: readonly string[] = []) =>
  planImports(items, group, existing).map((planned) => ({
    name: planned.name,
    paths: planned.entries.map(({ file: { name }, dir }) => (dir === undefined ? name : `${dir}/${name}`)),
  }));

describe('planImports', () => {
  it('makes one task per file', () => {
    expect(describePlan([loose('a.png'), loose('b.png')], false)).toEqual([
      { name: undefined, paths: ['a.png'] },
      { name: undefined, paths: ['b.png'] },
    ]);
  });

  it('groups files into one task', () => {
    expect(describePlan([loose('a.png'), loose('b.png')], true)).toEqual([{ name: undefined, paths: ['a.png', 'b.png'] }]);
  });

  it('names a folder task after the folder', () => {
    expect(describePlan([folder('frames', { name: '1.png' }, { name: '2.png', dir: 'more' })], false)).toEqual([
      { name: 'frames', paths: ['1.png', 'more/2.png'] },
    ]);
  });

  it('numbers a folder whose name is taken', () => {
    expect(describePlan([folder('frames', { name: '1.png' })], false, ['frames'])[0]?.name).toBeUndefined();
  });

  it('numbers a folder whose name is invalid', () => {
    expect(describePlan([folder('my photos', { name: '1.png' })], false)[0]?.name).toBeUndefined();
  });

  it('names two same-named folders once', () => {
    const names = describePlan([folder('x', { name: '1.png' }), folder('x', { name: '2.png' })], false).map((planned) => planned.name);
    expect(names).toEqual(['x', undefined]);
  });

  it('keeps the folder as dir when grouping', () => {
    expect(describePlan([loose('a.png'), folder('frames', { name: '1.png' }, { name: '2.png', dir: 'sub' })], true)).toEqual([
      { name: undefined, paths: ['a.png', 'frames/1.png', 'frames/sub/2.png'] },
    ]);
  });

  it('treats a lone grouped folder as a folder', () => {
    expect(describePlan([folder('frames', { name: '1.png' })], true)).toEqual([{ name: 'frames', paths: ['1.png'] }]);
  });

  it('skips empty folders', () => {
    expect(describePlan([folder('empty'), loose('a.png')], false)).toEqual([{ name: undefined, paths: ['a.png'] }]);
  });
});

describe('emptyFolders', () => {
  it('names folders without files', () => {
    expect(emptyFolders([folder('empty'), folder('full', { name: '1.png' }), loose('a.png')])).toEqual(['empty']);
  });
});

describe('itemsFromRelativePaths', () => {
  it('rebuilds the picked folder', () => {
    const items = itemsFromRelativePaths([
      { file: file('1.png'), relativePath: 'frames/1.png' },
      { file: file('2.png'), relativePath: 'frames/sub/2.png' },
    ]);
    expect(describePlan(items, false)).toEqual([{ name: 'frames', paths: ['1.png', 'sub/2.png'] }]);
  });

  it('keeps files without a folder loose', () => {
    expect(itemsFromRelativePaths([{ file: file('a.png'), relativePath: '' }])).toEqual([{ kind: 'file', file: expect.objectContaining({ name: 'a.png' }) }]);
  });
});
