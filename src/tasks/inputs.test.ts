import { describe, expect, it } from 'vitest';
import { inputNamesFromArguments, normalizeInput } from './inputs';

describe('inputNamesFromArguments', () => {
  it('finds names in order of appearance', () => {
    expect(inputNamesFromArguments('-i /input/import-2/a.mp4 -i /input/import-1/b.mp4 /output/o.mp4')).toEqual(['import-2', 'import-1']);
  });

  it('lists a repeated name once', () => {
    expect(inputNamesFromArguments('/input/import-1/a.png /input/import-1/b.png')).toEqual(['import-1']);
  });

  it('finds names inside quotes', () => {
    expect(inputNamesFromArguments(`-i "/input/my_video/a b.mp4" -i '/input/logo/x.png'`)).toEqual(['my_video', 'logo']);
  });

  it('finds names after = : , and |', () => {
    expect(inputNamesFromArguments('movie=/input/a/x.png file:/input/b/y.mp4 concat:/input/c/1.ts|/input/d/2.ts')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds a name at the end of a word', () => {
    expect(inputNamesFromArguments('-i /input/import-1')).toEqual(['import-1']);
  });

  it('ignores /input/ inside a longer path', () => {
    expect(inputNamesFromArguments('/work/input/x/a.png')).toEqual([]);
  });

  it('ignores a folder name with invalid characters', () => {
    expect(inputNamesFromArguments('/input/a.b/c.png')).toEqual([]);
  });

  it('returns nothing for text without inputs', () => {
    expect(inputNamesFromArguments('-version')).toEqual([]);
  });
});

describe('normalizeInput', () => {
  it('returns an empty array for undefined', () => {
    expect(normalizeInput(undefined)).toEqual([]);
  });

  it('wraps a string', () => {
    expect(normalizeInput('import-1')).toEqual(['import-1']);
  });

  it('copies an array', () => {
    const input = ['a', 'b'];
    const result = normalizeInput(input);
    expect(result).toEqual(['a', 'b']);
    expect(result).not.toBe(input);
  });

  it('removes repeated names', () => {
    expect(normalizeInput(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });
});
