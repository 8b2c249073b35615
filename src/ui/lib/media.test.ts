import { describe, expect, it } from 'vitest';
import { mediaKind, mimeType } from './media';

describe('mediaKind', () => {
  it.each([
    ['out.png', '', 'image'],
    ['OUT.JPG', '', 'image'],
    ['clip.mp4', '', 'video'],
    ['clip.webm', '', 'video'],
    ['a.wav', '', 'audio'],
    ['probe.json', '', 'json'],
    ['notes.txt', '', 'text'],
    ['subs.srt', '', 'text'],
    ['pic.tiff', '', 'other'],
    ['raw.bin', '', 'other'],
    ['noextension', '', 'other'],
    ['pasted', 'image/png', 'image'],
  ])('classifies %s (%s) as %s', (filename, type, kind) => {
    expect(mediaKind(filename, type)).toBe(kind);
  });
});

describe('mimeType', () => {
  it('prefers the blob type', () => {
    expect(mimeType('a.png', 'image/webp')).toBe('image/webp');
  });

  it('guesses from the extension', () => {
    expect(mimeType('a.mp3', '')).toBe('audio/mpeg');
  });

  it('returns empty for unknown files', () => {
    expect(mimeType('a.xyz', '')).toBe('');
  });
});
