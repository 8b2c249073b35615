import { describe, expect, it } from 'vitest';
import { filenameFor } from './filename';

describe('filenameFor', () => {
  it('takes the last path segment', () => {
    expect(filenameFor('http://127.0.0.1:4173/samples/sample.png?x=1', null)).toBe('sample.png');
  });

  it('decodes escapes', () => {
    expect(filenameFor('https://example.test/my%20clip.mp4', null)).toBe('my clip.mp4');
  });

  it('replaces an encoded slash', () => {
    expect(filenameFor('https://example.test/a%2Fb.png', null)).toBe('a_b.png');
  });

  it('falls back for a bare host', () => {
    expect(filenameFor('https://example.test/', null)).toBe('download');
  });

  it('keeps a malformed escape as written', () => {
    expect(filenameFor('https://example.test/100%.png', null)).toBe('100%.png');
  });

  it('prefers a quoted Content-Disposition name', () => {
    expect(filenameFor('https://example.test/get?id=3', 'attachment; filename="report.pdf"')).toBe('report.pdf');
  });

  it('reads an unquoted Content-Disposition name', () => {
    expect(filenameFor('https://example.test/get', 'attachment; filename=report.pdf')).toBe('report.pdf');
  });

  it('prefers the UTF-8 Content-Disposition name', () => {
    expect(filenameFor('https://example.test/get', "attachment; filename=\"a.png\"; filename*=UTF-8''%C3%A9t%C3%A9.png")).toBe('été.png');
  });
});
