import { describe, expect, it } from 'vitest';
import { splitArguments, type GlobExpander } from '../tasks/split';
import { applyPreset, describeKinds, mediaKindOf, outputBaseName, quoteShellWord } from './apply';
import type { AvailableFile, Preset } from './types';

// Matches every pattern, so a quoted word that was wrongly expanded as a glob fails the test.
const expandAll: GlobExpander = () => ['EXPANDED'];

const video: AvailableFile = { taskName: 'import-1', filename: 'clip.mp4', type: 'video/mp4' };
const image: AvailableFile = { taskName: 'import-2', filename: 'photo.png', type: 'image/png' };
const logo: AvailableFile = { taskName: 'import-3', filename: 'logo.png', type: 'image/png' };
const song: AvailableFile = { taskName: 'import-4', filename: 'song.mp3', type: 'audio/mpeg' };

const toMp4: Preset = {
  id: 'to-mp4',
  name: 'To MP4',
  description: 'Test preset.',
  group: 'Video',
  engine: 'ffmpeg',
  command: 'ffmpeg',
  arguments: '-i {input} -c:v libx264 /output/{name}.mp4',
  accepts: ['video'],
};

const watermark: Preset = {
  ...toMp4,
  id: 'watermark',
  arguments: '-i {input} -i {input2} -filter_complex overlay /output/{name}.mp4',
  accepts2: ['image'],
};

const sheet: Preset = {
  ...toMp4,
  id: 'sheet',
  engine: 'imagemagick',
  command: 'montage',
  arguments: '{inputs} /output/sheet.png',
  accepts: ['image'],
};

describe('mediaKindOf', () => {
  it('reads the MIME type', () => {
    expect(mediaKindOf({ filename: 'x.bin', type: 'audio/ogg' })).toBe('audio');
  });

  it('falls back to the extension for an empty type', () => {
    expect(mediaKindOf({ filename: 'movie.MKV', type: '' })).toBe('video');
  });

  it('falls back to the extension for a generic type', () => {
    expect(mediaKindOf({ filename: 'photo.jpeg', type: 'application/octet-stream' })).toBe('image');
  });

  it('returns null for an unknown file', () => {
    expect(mediaKindOf({ filename: 'notes.txt', type: 'text/plain' })).toBeNull();
  });

  it('returns null without an extension', () => {
    expect(mediaKindOf({ filename: 'README', type: '' })).toBeNull();
  });
});

describe('quoteShellWord', () => {
  it('leaves a plain path unquoted', () => {
    expect(quoteShellWord('/input/import-1/clip_01.mp4')).toBe('/input/import-1/clip_01.mp4');
  });

  it('quotes a path with a space', () => {
    expect(quoteShellWord('/input/import-1/my clip.mp4')).toBe("'/input/import-1/my clip.mp4'");
  });

  it('quotes glob characters', () => {
    expect(quoteShellWord('/input/a/[1]*.png')).toBe("'/input/a/[1]*.png'");
  });

  it('escapes a single quote', () => {
    expect(quoteShellWord("/input/a/it's.mp4")).toBe(`'/input/a/it'\\''s.mp4'`);
  });

  it('round-trips shell-special names through splitArguments', () => {
    const names = ["it's here.mp4", 'a$b.mp4', 'x;y|z.mp4', 'back\\slash.mp4', 'q"uote.mp4', 'sub $(cmd).mp4', '`tick`.mp4', '*.mp4'];
    for (const name of names) {
      const path = `/input/import-1/${name}`;
      expect(splitArguments(quoteShellWord(path), expandAll)).toEqual([path]);
    }
  });
});

describe('outputBaseName', () => {
  it('drops the extension', () => {
    expect(outputBaseName('clip.final.mp4')).toBe('clip.final');
  });

  it('replaces spaces and shell characters', () => {
    expect(outputBaseName("my clip's [1] 100%.mp4")).toBe('my_clip_s__1__100_');
  });

  it('keeps letters outside ASCII', () => {
    expect(outputBaseName('café.png')).toBe('café');
  });

  it('keeps a leading dot name whole', () => {
    expect(outputBaseName('.hidden')).toBe('.hidden');
  });

  it('names an empty result output', () => {
    expect(outputBaseName('!!!.png')).toBe('___');
  });
});

describe('describeKinds', () => {
  it('uses "a" before a consonant', () => {
    expect(describeKinds(['video'])).toBe('a video file');
  });

  it('uses "an" before a vowel', () => {
    expect(describeKinds(['image'])).toBe('an image file');
  });

  it('joins several kinds with or', () => {
    expect(describeKinds(['audio', 'video'])).toBe('an audio or video file');
  });
});

describe('applyPreset', () => {
  it('substitutes the first matching input', () => {
    const applied = applyPreset(toMp4, [image, video]);
    expect(applied.arguments).toBe('-i /input/import-1/clip.mp4 -c:v libx264 /output/clip.mp4');
  });

  it('fills engine and command', () => {
    const applied = applyPreset(sheet, [image]);
    expect(applied.engine).toBe('imagemagick');
    expect(applied.command).toBe('montage');
  });

  it('lists the input task', () => {
    expect(applyPreset(toMp4, [image, video]).input).toBe('import-1');
  });

  it('reports nothing missing when a file matches', () => {
    expect(applyPreset(toMp4, [video]).missing).toBeNull();
  });

  it('skips files of other kinds', () => {
    const second: AvailableFile = { taskName: 'import-9', filename: 'b.webm', type: 'video/webm' };
    expect(applyPreset(toMp4, [song, image, second, video]).input).toBe('import-9');
  });

  it('quotes a path with spaces', () => {
    const spaced: AvailableFile = { taskName: 'import-1', filename: 'my clip.mp4', type: 'video/mp4' };
    const applied = applyPreset(toMp4, [spaced]);
    expect(applied.arguments).toBe("-i '/input/import-1/my clip.mp4' -c:v libx264 /output/my_clip.mp4");
  });

  it('produces arguments that split back to the path', () => {
    const odd: AvailableFile = { taskName: 'import-1', filename: "a 'b' $c.mp4", type: 'video/mp4' };
    expect(splitArguments(applyPreset(toMp4, [odd]).arguments, expandAll)[1]).toBe("/input/import-1/a 'b' $c.mp4");
  });

  it('fills input2 from another file', () => {
    const applied = applyPreset(watermark, [image, video, logo]);
    expect(applied.arguments).toBe('-i /input/import-1/clip.mp4 -i /input/import-2/photo.png -filter_complex overlay /output/clip.mp4');
    expect(applied.input).toBe('import-1, import-2');
  });

  it('never uses one file for input and input2', () => {
    const twice: Preset = { ...watermark, accepts: ['image'] };
    const applied = applyPreset(twice, [image, logo]);
    expect(splitArguments(applied.arguments, expandAll).slice(0, 4)).toEqual(['-i', '/input/import-2/photo.png', '-i', '/input/import-3/logo.png']);
  });

  it('fills inputs with every matching file', () => {
    expect(applyPreset(sheet, [image, video, logo]).arguments).toBe('/input/import-2/photo.png /input/import-3/logo.png /output/sheet.png');
  });

  it('keeps other braces as written', () => {
    const literal: Preset = { ...toMp4, arguments: '-i {input} -metadata title={title} /output/{name}.mp4' };
    expect(applyPreset(literal, [video]).arguments).toContain('title={title}');
  });

  it('passes captureOutput through', () => {
    expect(applyPreset({ ...toMp4, captureOutput: true }, [video]).captureOutput).toBe(true);
  });

  it('reads no file for a preset without placeholders', () => {
    const encoders: Preset = { ...toMp4, arguments: '-hide_banner -encoders', accepts: [] };
    const applied = applyPreset(encoders, []);
    expect(applied.missing).toBeNull();
    expect(applied.input).toBe('');
  });
});

describe('applyPreset without a matching file', () => {
  it('reports the missing kind', () => {
    const { missing } = applyPreset(toMp4, [image]);
    expect(missing?.code).toBe('NO_MATCHING_FILE');
    expect(missing?.placeholder).toBe('{input}');
    expect(missing?.accepts).toEqual(['video']);
  });

  it('asks for a video first', () => {
    expect(applyPreset(toMp4, []).missing?.message).toMatch(/^Add a video file first/);
  });

  it('fills a stand-in path', () => {
    expect(applyPreset(toMp4, []).arguments).toBe('-i /input/TASK/video.mp4 -c:v libx264 /output/video.mp4');
  });

  it('names the stand-in in the message', () => {
    expect(applyPreset(toMp4, []).missing?.message).toContain('/input/TASK/video.mp4');
  });

  it('still fills the input field', () => {
    expect(applyPreset(toMp4, []).input).toBe('TASK');
  });

  it('asks for a second file for input2', () => {
    const { missing } = applyPreset(watermark, [video]);
    expect(missing?.placeholder).toBe('{input2}');
    expect(missing?.message).toMatch(/^Add a second image file/);
  });

  it('uses a second stand-in for input2', () => {
    expect(applyPreset(watermark, [video]).arguments).toContain('-i /input/TASK2/image.png');
  });

  it('reports the first input before input2', () => {
    expect(applyPreset(watermark, []).missing?.placeholder).toBe('{input}');
  });

  it('reports an empty inputs list', () => {
    const { missing, arguments: args } = applyPreset(sheet, [video]);
    expect(missing?.placeholder).toBe('{inputs}');
    expect(args).toBe('/input/TASK/image.png /output/sheet.png');
  });
});
