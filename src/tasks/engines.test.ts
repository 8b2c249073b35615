import { describe, expect, it } from 'vitest';
import { ENGINE_COMMANDS, ENGINE_NAMES, isEngineCommand, isEngineName } from './engines';

describe('ENGINE_COMMANDS', () => {
  it('lists ffmpeg and ffprobe for ffmpeg', () => {
    expect(ENGINE_COMMANDS.ffmpeg).toEqual(['ffmpeg', 'ffprobe']);
  });

  it('lists the ImageMagick tools, convert and identify first', () => {
    expect(ENGINE_COMMANDS.imagemagick).toEqual(['convert', 'identify', 'magick', 'mogrify', 'composite', 'montage', 'compare']);
  });

  it('lists gm for graphicsmagick', () => {
    expect(ENGINE_COMMANDS.graphicsmagick).toEqual(['gm']);
  });

  it('has an entry for every engine name', () => {
    expect(Object.keys(ENGINE_COMMANDS).sort()).toEqual([...ENGINE_NAMES].sort());
  });
});

describe('isEngineName', () => {
  it('accepts each engine', () => {
    for (const name of ENGINE_NAMES) {
      expect(isEngineName(name)).toBe(true);
    }
  });

  it('rejects unknown and non-string values', () => {
    expect(isEngineName('ImageMagick')).toBe(false);
    expect(isEngineName('')).toBe(false);
    expect(isEngineName(undefined)).toBe(false);
    expect(isEngineName(['ffmpeg'])).toBe(false);
  });
});

describe('isEngineCommand', () => {
  it('accepts a command of the engine', () => {
    expect(isEngineCommand('ffmpeg', 'ffprobe')).toBe(true);
  });

  it('rejects a command of another engine', () => {
    expect(isEngineCommand('graphicsmagick', 'convert')).toBe(false);
  });
});
