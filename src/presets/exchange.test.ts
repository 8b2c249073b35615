import { describe, expect, it } from 'vitest';
import { PresetError } from './errors';
import { checkPresetFileSize, MAX_PRESET_FILE_BYTES, parsePresetFile, PRESET_FILE_FORMAT, PRESET_FILE_VERSION, serializePresets } from './exchange';
import type { SavedPreset } from './types';

const saved: SavedPreset = {
  id: 'a1',
  name: 'Small WebM',
  engine: 'ffmpeg',
  command: 'ffmpeg',
  arguments: '-i /input/import-1/clip.mp4 -c:v libvpx-vp9 /output/small.webm',
  input: 'import-1',
};

const entry = { name: 'Small WebM', engine: 'ffmpeg', command: 'ffmpeg', arguments: '-i x /output/y.webm', input: 'import-1' };

const fileWith = (presets: unknown): string => JSON.stringify({ format: PRESET_FILE_FORMAT, version: PRESET_FILE_VERSION, presets });

/** Returns the message of the PresetError that parsing `text` raises. */
function parseError(text: string): string {
  try {
    parsePresetFile(text, 'mine.json');
  } catch (failure) {
    if (failure instanceof PresetError && failure.code === 'INVALID_PRESET_FILE') return failure.message;
    throw failure;
  }
  throw new Error('expected parsePresetFile to raise');
}

describe('serializePresets', () => {
  it('writes format and version', () => {
    const document = JSON.parse(serializePresets([saved])) as Record<string, unknown>;
    expect(document['format']).toBe('transmute-presets');
    expect(document['version']).toBe(1);
  });

  it('leaves out ids', () => {
    const document = JSON.parse(serializePresets([saved])) as { presets: Array<Record<string, unknown>> };
    expect(document.presets[0]).not.toHaveProperty('id');
  });

  it('round-trips through parsePresetFile', () => {
    const { id: _id, ...fields } = saved;
    expect(parsePresetFile(serializePresets([saved]))).toEqual([fields]);
  });

  it('writes an empty list', () => {
    expect(parsePresetFile(serializePresets([]))).toEqual([]);
  });
});

describe('parsePresetFile', () => {
  it('reads a valid file', () => {
    expect(parsePresetFile(fileWith([entry]))).toEqual([entry]);
  });

  it('defaults a missing input to empty', () => {
    const { input: _input, ...withoutInput } = entry;
    expect(parsePresetFile(fileWith([withoutInput]))[0]?.input).toBe('');
  });

  it('trims the name', () => {
    expect(parsePresetFile(fileWith([{ ...entry, name: '  Spaced  ' }]))[0]?.name).toBe('Spaced');
  });

  it('ignores unknown fields', () => {
    expect(parsePresetFile(fileWith([{ ...entry, colour: 'blue' }]))).toEqual([entry]);
  });

  it('names the file in errors', () => {
    expect(parseError('nope')).toMatch(/^mine\.json is not a valid preset file: /);
  });

  it('rejects text that is not JSON', () => {
    expect(parseError('{"format": ')).toContain('it is not JSON');
  });

  it('rejects a bare array', () => {
    expect(parseError('[]')).toContain('it contains an array, but a preset file is an object');
  });

  it('rejects a missing format', () => {
    expect(parseError('{"version": 1, "presets": []}')).toContain('it has no "format" field');
  });

  it('rejects another format', () => {
    expect(parseError('{"format": "other", "version": 1, "presets": []}')).toContain('"format" the string "other"');
  });

  it('rejects another version', () => {
    expect(parseError(JSON.stringify({ format: PRESET_FILE_FORMAT, version: 2, presets: [] }))).toContain(
      '"version" the number 2, but this app reads version 1',
    );
  });

  it('rejects a missing version', () => {
    expect(parseError(JSON.stringify({ format: PRESET_FILE_FORMAT, presets: [] }))).toContain('no "version" field');
  });

  it('rejects presets that are not an array', () => {
    expect(parseError(JSON.stringify({ format: PRESET_FILE_FORMAT, version: 1, presets: {} }))).toContain(
      'its "presets" field is an object, but it must be an array',
    );
  });

  it('rejects missing presets', () => {
    expect(parseError(JSON.stringify({ format: PRESET_FILE_FORMAT, version: 1 }))).toContain('its "presets" field is missing');
  });

  it('rejects a preset that is not an object', () => {
    expect(parseError(fileWith([entry, 'x']))).toContain('preset 2 is the string "x"');
  });

  it('names a missing field and the preset', () => {
    const { engine: _engine, ...withoutEngine } = entry;
    expect(parseError(fileWith([withoutEngine]))).toContain('preset 1 ("Small WebM") has no "engine" field');
  });

  it('names a field of the wrong type', () => {
    expect(parseError(fileWith([{ ...entry, arguments: 42 }]))).toContain('has "arguments" set to the number 42, but it must be a string');
  });

  it('rejects a missing name by position', () => {
    const { name: _name, ...withoutName } = entry;
    expect(parseError(fileWith([withoutName]))).toContain('preset 1 has no "name" field');
  });

  it('rejects an empty name', () => {
    expect(parseError(fileWith([{ ...entry, name: ' ' }]))).toContain('has an empty "name"');
  });

  it('rejects an unknown engine', () => {
    expect(parseError(fileWith([{ ...entry, engine: 'sox' }]))).toContain(
      'has the unknown engine "sox"; the engines are ffmpeg, imagemagick, graphicsmagick',
    );
  });

  it('rejects a command of another engine', () => {
    expect(parseError(fileWith([{ ...entry, command: 'convert' }]))).toContain('the command "convert", which ffmpeg does not run');
  });

  it('rejects repeated names', () => {
    expect(parseError(fileWith([entry, { ...entry, name: 'small webm' }]))).toContain('presets 1 and 2 are both named "small webm"');
  });

  it('rejects a file that is too long', () => {
    expect(parseError(' '.repeat(MAX_PRESET_FILE_BYTES + 1))).toContain(`a preset file has at most ${MAX_PRESET_FILE_BYTES}`);
  });
});

describe('checkPresetFileSize', () => {
  it('accepts the maximum size', () => {
    expect(() => checkPresetFileSize(MAX_PRESET_FILE_BYTES, 'big.json')).not.toThrow();
  });

  it('rejects a larger file', () => {
    expect(() => checkPresetFileSize(MAX_PRESET_FILE_BYTES + 1, 'big.json')).toThrow(/^big\.json is not a valid preset file: it has 1000001 bytes/);
  });
});
