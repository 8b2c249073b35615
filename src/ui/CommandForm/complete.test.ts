import { describe, expect, it } from 'vitest';
import { applyCompletion, completionAt, knownPaths } from './complete';

const paths = knownPaths([
  { name: 'import-1', files: ['sample.mp4', 'frames/01.png'] },
  { name: 'import-2', files: ['sample.png'] },
  { name: 'command-1', files: [] },
]);

describe('knownPaths', () => {
  it('lists output, folders and files', () => {
    expect(paths).toEqual([
      '/output/',
      '/input/import-1/',
      '/input/import-1/sample.mp4',
      '/input/import-1/frames/01.png',
      '/input/import-2/',
      '/input/import-2/sample.png',
      '/input/command-1/',
    ]);
  });
});

describe('completionAt', () => {
  it('offers every input for /i', () => {
    const text = '-i /i';
    expect(completionAt(text, text.length, paths)?.options).toHaveLength(6);
  });

  it('narrows by the typed part', () => {
    const text = '-i /input/import-2/';
    expect(completionAt(text, text.length, paths)?.options).toEqual(['/input/import-2/sample.png']);
  });

  it('offers /output/', () => {
    const text = '-i a /o';
    expect(completionAt(text, text.length, paths)?.options).toEqual(['/output/']);
  });

  it('covers the word after the caret', () => {
    const text = '-i /input/imp.mp4 -y';
    expect(completionAt(text, 13, paths)).toMatchObject({ start: 3, end: 17 });
  });

  it('starts after a quote', () => {
    const text = "-i '/input/import-1/s";
    expect(completionAt(text, text.length, paths)).toMatchObject({ start: 4, options: ['/input/import-1/sample.mp4'] });
  });

  it('starts after concat:', () => {
    const text = 'concat:/input/import-2/s';
    expect(completionAt(text, text.length, paths)?.start).toBe(7);
  });

  it('ignores a word without a slash', () => {
    expect(completionAt('-c:v lib', 8, paths)).toBeNull();
  });

  it('ignores a complete path', () => {
    const text = '/input/import-2/sample.png';
    expect(completionAt(text, text.length, paths)).toBeNull();
  });

  it('caps the number of options', () => {
    const many = Array.from({ length: 80 }, (_, index) => `/input/a/${index}.png`);
    expect(completionAt('/input/a/', 9, many)?.options).toHaveLength(50);
  });
});

describe('applyCompletion', () => {
  it('replaces the word and moves the caret', () => {
    const text = '-i /input/im -y';
    const completion = completionAt(text, 12, paths);
    if (completion === null) throw new Error('expected a completion');
    expect(applyCompletion(text, completion, '/input/import-2/sample.png')).toEqual({ text: '-i /input/import-2/sample.png -y', caret: 29 });
  });
});
