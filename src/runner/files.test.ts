import { describe, expect, it } from 'vitest';
import { mountInputs, outputFolders, relativePath, toStoredFile } from './files';

const blob = new Blob(['x']);

describe('mountInputs', () => {
  it('places files under the task folder', () => {
    const mounted = mountInputs([{ taskName: 'import-1', files: [{ filename: 'a b.mp4', data: blob }] }]);
    expect(mounted.map((file) => file.path)).toEqual(['/input/import-1/a b.mp4']);
  });

  it('keeps sub-folders of command outputs', () => {
    const mounted = mountInputs([{ taskName: 'command-1', files: [{ filename: '1.png', dir: 'frames', data: blob }] }]);
    expect(mounted.map((file) => file.path)).toEqual(['/input/command-1/frames/1.png']);
  });

  it('mounts several tasks', () => {
    const mounted = mountInputs([
      { taskName: 'import-1', files: [{ filename: 'a.png', data: blob }] },
      { taskName: 'import-2', files: [{ filename: 'b.png', data: blob }] },
    ]);
    expect(mounted.map((file) => file.path)).toEqual(['/input/import-1/a.png', '/input/import-2/b.png']);
  });
});

describe('toStoredFile', () => {
  it('keeps a top-level file without dir', () => {
    expect(toStoredFile('out.mp4', blob)).toEqual({ filename: 'out.mp4', data: blob });
  });

  it('splits a nested path', () => {
    expect(toStoredFile('a/b/c.png', blob)).toMatchObject({ filename: 'c.png', dir: 'a/b' });
  });

  it('round-trips with relativePath', () => {
    expect(relativePath(toStoredFile('frames/0001.png', blob))).toBe('frames/0001.png');
  });
});

describe('outputFolders', () => {
  it('creates the parent of a nested output file', () => {
    expect(outputFolders(['-i', '/input/a/b.mp4', '/output/frames/%02d.png'])).toEqual(['/output/frames']);
  });

  it('skips top-level outputs', () => {
    expect(outputFolders(['/output/out.mp4'])).toEqual([]);
  });

  it('creates the folder given to -path', () => {
    expect(outputFolders(['-path', '/output/webp', '-format', 'webp', 'a.png'])).toEqual(['/output/webp']);
  });

  it('creates the folder given to -output-directory', () => {
    expect(outputFolders(['mogrify', '-output-directory', '/output/jpg', 'a.png'])).toEqual(['/output/jpg']);
  });

  it('creates a folder written with a trailing slash', () => {
    expect(outputFolders(['/output/a/b/'])).toEqual(['/output/a/b']);
  });

  it('ignores paths climbing out with ..', () => {
    expect(outputFolders(['/output/../etc/x'])).toEqual([]);
  });

  it('lists each folder once', () => {
    expect(outputFolders(['/output/a/1.png', '/output/a/2.png'])).toEqual(['/output/a']);
  });
});
