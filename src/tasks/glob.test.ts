import { describe, expect, it } from 'vitest';
import { isGlobPattern, matchGlob } from './glob';

const PATHS = [
  '/input/import-1/b.png',
  '/input/import-1/a.png',
  '/input/import-1/c.jpg',
  '/input/import-1/.hidden.png',
  '/input/import-1/frames/f1.png',
  '/input/import-2/a.png',
  '/input/import-1/[x].png',
  '/input/import-1/star*.png',
  '/input/import-1/img1.png',
  '/input/import-1/img2.png',
  '/input/import-1/img10.png',
];

describe('matchGlob', () => {
  it('matches * within one folder, sorted', () => {
    expect(matchGlob('/input/import-1/*.png', PATHS)).toEqual([
      '/input/import-1/[x].png',
      '/input/import-1/a.png',
      '/input/import-1/b.png',
      '/input/import-1/img1.png',
      '/input/import-1/img10.png',
      '/input/import-1/img2.png',
      '/input/import-1/star*.png',
    ]);
  });

  it('does not match / with *', () => {
    expect(matchGlob('/input/*.png', PATHS)).toEqual([]);
  });

  it('matches * in a folder component', () => {
    expect(matchGlob('/input/*/a.png', PATHS)).toEqual(['/input/import-1/a.png', '/input/import-2/a.png']);
  });

  it('skips a leading dot with *', () => {
    expect(matchGlob('/input/import-1/*hidden.png', PATHS)).toEqual([]);
  });

  it('matches a leading dot written literally', () => {
    expect(matchGlob('/input/import-1/.*', PATHS)).toEqual(['/input/import-1/.hidden.png']);
  });

  it('skips a leading dot with ?', () => {
    expect(matchGlob('/input/import-1/?hidden.png', PATHS)).toEqual([]);
  });

  it('matches one character with ?', () => {
    expect(matchGlob('/input/import-1/img?.png', PATHS)).toEqual(['/input/import-1/img1.png', '/input/import-1/img2.png']);
  });

  it('matches a set', () => {
    expect(matchGlob('/input/import-1/[ab].png', PATHS)).toEqual(['/input/import-1/a.png', '/input/import-1/b.png']);
  });

  it('matches a range', () => {
    expect(matchGlob('/input/import-1/img[0-1]*.png', PATHS)).toEqual(['/input/import-1/img1.png', '/input/import-1/img10.png']);
  });

  it('matches a negated set with !', () => {
    expect(matchGlob('/input/import-1/[!a].png', PATHS)).toEqual(['/input/import-1/b.png']);
  });

  it('matches a negated set with ^', () => {
    expect(matchGlob('/input/import-1/[^ab].jpg', PATHS)).toEqual(['/input/import-1/c.jpg']);
  });

  it('never matches / with a negated set', () => {
    expect(matchGlob('/input[!a]import-1/a.png', PATHS)).toEqual([]);
  });

  it('matches a POSIX class', () => {
    expect(matchGlob('/input/import-1/img[[:digit:]][[:digit:]].png', PATHS)).toEqual(['/input/import-1/img10.png']);
  });

  it('matches nothing for an unknown class', () => {
    expect(matchGlob('/input/import-1/img[[:nope:]].png', PATHS)).toEqual([]);
  });

  it('matches nothing for a reversed range', () => {
    expect(matchGlob('/input/import-1/[z-a].png', PATHS)).toEqual([]);
  });

  it('takes ] first in a set as a member', () => {
    expect(matchGlob('[]a]', [']', 'a', 'b'])).toEqual([']', 'a']);
  });

  it('takes - last in a set as a member', () => {
    expect(matchGlob('[a-]', ['-', 'a', 'b'])).toEqual(['-', 'a']);
  });

  it('takes an unclosed [ literally', () => {
    expect(matchGlob('a[b', ['a[b', 'ab'])).toEqual(['a[b']);
  });

  it('takes escaped * literally', () => {
    expect(matchGlob('/input/import-1/star\\*.png', PATHS)).toEqual(['/input/import-1/star*.png']);
  });

  it('takes escaped [ literally', () => {
    expect(matchGlob('/input/import-1/\\[x].png', PATHS)).toEqual(['/input/import-1/[x].png']);
  });

  it('takes a trailing backslash literally', () => {
    expect(matchGlob('a\\', ['a\\', 'a'])).toEqual(['a\\']);
  });

  it('treats regular expression characters literally', () => {
    expect(matchGlob('a.(b)+$', ['a.(b)+$', 'ax(b)+$', 'a.bb'])).toEqual(['a.(b)+$']);
  });

  it('matches characters outside the BMP as one', () => {
    expect(matchGlob('?.png', ['😀.png', 'ab.png'])).toEqual(['😀.png']);
  });

  it('removes duplicate paths', () => {
    expect(matchGlob('*', ['a', 'a'])).toEqual(['a']);
  });

  it('does not match an absolute path with a relative pattern', () => {
    expect(matchGlob('*.png', PATHS)).toEqual([]);
  });
});

describe('isGlobPattern', () => {
  it.each(['*.png', 'a?', '[ab]', '/input/x/img[0-9].png'])('is true for %j', (pattern) => {
    expect(isGlobPattern(pattern)).toBe(true);
  });

  it.each(['a.png', '\\*.png', 'a\\?', 'a[b', '[]', '\\[ab]', ''])('is false for %j', (pattern) => {
    expect(isGlobPattern(pattern)).toBe(false);
  });
});
