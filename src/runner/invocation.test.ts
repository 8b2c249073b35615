import { describe, expect, it } from 'vitest';
import { toInvocation } from './invocation';

describe('toInvocation', () => {
  it('keeps ffmpeg arguments', () => {
    expect(toInvocation('ffmpeg', 'ffmpeg', ['-i', 'a.mp4', 'b.webm'])).toEqual({ program: 'ffmpeg', args: ['-i', 'a.mp4', 'b.webm'] });
  });

  it('drops a pasted leading ffprobe', () => {
    expect(toInvocation('ffmpeg', 'ffprobe', ['ffprobe', 'a.mp4'])).toEqual({ program: 'ffprobe', args: ['a.mp4'] });
  });

  it('runs convert through magick', () => {
    expect(toInvocation('imagemagick', 'convert', ['a.png', 'b.webp'])).toEqual({ program: 'magick', args: ['convert', 'a.png', 'b.webp'] });
  });

  it('drops a pasted leading identify', () => {
    expect(toInvocation('imagemagick', 'identify', ['identify', 'a.png'])).toEqual({ program: 'magick', args: ['identify', 'a.png'] });
  });

  it('runs magick arguments as given', () => {
    expect(toInvocation('imagemagick', 'magick', ['a.png', '-resize', '50%', 'b.png'])).toEqual({ program: 'magick', args: ['a.png', '-resize', '50%', 'b.png'] });
  });

  it('drops a leading magick', () => {
    expect(toInvocation('imagemagick', 'magick', ['magick', 'mogrify', '-format', 'webp', 'a.png']).args).toEqual(['mogrify', '-format', 'webp', 'a.png']);
  });

  it('keeps the gm subcommand', () => {
    expect(toInvocation('graphicsmagick', 'gm', ['convert', 'a.png', 'b.jpg'])).toEqual({ program: 'gm', args: ['convert', 'a.png', 'b.jpg'] });
  });

  it('drops a leading gm', () => {
    expect(toInvocation('graphicsmagick', 'gm', ['gm', 'version']).args).toEqual(['version']);
  });
});
