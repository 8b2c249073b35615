import { describe, expect, it } from 'vitest';
import { parseImageMagickVersion } from './version';

describe('parseImageMagickVersion', () => {
  it('reads the release with its patch level', () => {
    expect(parseImageMagickVersion('Version: ImageMagick 7.1.1-43 Q16-HDRI x86_64 https://imagemagick.org')).toBe('7.1.1-43');
  });

  it('returns null for other text', () => {
    expect(parseImageMagickVersion('magick: unrecognized option')).toBeNull();
  });
});
