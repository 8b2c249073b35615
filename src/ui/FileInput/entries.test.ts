import { describe, expect, it } from 'vitest';
import { readFolder, readTransferItems, type EntryLike, type TransferItemLike } from './entries';

const file = (name: string): File => new File(['x'], name);

function fileEntry(name: string): EntryLike {
  return { isFile: true, isDirectory: false, name, file: (success) => success(file(name)) };
}

/** A folder entry whose reader returns its children in batches of `batchSize`, as Chromium does with 100. */
function folderEntry(name: string, children: EntryLike[], batchSize = 2): EntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let offset = 0;
      return {
        readEntries(success) {
          const batch = children.slice(offset, offset + batchSize);
          offset += batch.length;
          success(batch);
        },
      };
    },
  };
}

const paths = (files: ReadonlyArray<{ file: File; dir?: string }>): string[] =>
  files.map(({ file: { name }, dir }) => (dir === undefined ? name : `${dir}/${name}`));

describe('readFolder', () => {
  it('reads every batch', async () => {
    const folder = folderEntry('shots', ['c', 'a', 'e', 'b', 'd'].map((name) => fileEntry(`${name}.png`)));
    if (!folder.isDirectory) throw new Error('expected a folder');
    expect(paths(await readFolder(folder))).toEqual(['a.png', 'b.png', 'c.png', 'd.png', 'e.png']);
  });

  it('keeps nested folders as dir', async () => {
    const folder = folderEntry('root', [fileEntry('top.txt'), folderEntry('a', [folderEntry('b', [fileEntry('deep.txt')])])]);
    if (!folder.isDirectory) throw new Error('expected a folder');
    expect(paths(await readFolder(folder))).toEqual(['a/b/deep.txt', 'top.txt']);
  });

  it('returns nothing for an empty folder', async () => {
    const folder = folderEntry('empty', []);
    if (!folder.isDirectory) throw new Error('expected a folder');
    expect(await readFolder(folder)).toEqual([]);
  });
});

describe('readTransferItems', () => {
  const item = (entry: EntryLike | null, fallback: File | null, kind = 'file'): TransferItemLike => ({
    kind,
    getAsFile: () => fallback,
    webkitGetAsEntry: () => entry,
  });

  it('reads files and folders', async () => {
    const dropped = await readTransferItems([item(fileEntry('a.png'), file('a.png')), item(folderEntry('shots', [fileEntry('1.png')]), null)]);
    expect(dropped.map((entry) => entry.kind)).toEqual(['file', 'folder']);
  });

  it('names the folder', async () => {
    const [folder] = await readTransferItems([item(folderEntry('shots', [fileEntry('1.png')]), null)]);
    expect(folder).toMatchObject({ kind: 'folder', name: 'shots' });
  });

  it('falls back to getAsFile without entries', async () => {
    const dropped = await readTransferItems([item(null, file('pasted.png'))]);
    expect(dropped).toEqual([{ kind: 'file', file: expect.objectContaining({ name: 'pasted.png' }) }]);
  });

  it('skips text items', async () => {
    expect(await readTransferItems([item(null, null, 'string')])).toEqual([]);
  });
});
