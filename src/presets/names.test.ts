import { describe, expect, it } from 'vitest';
import { PresetError } from './errors';
import { MAX_PRESET_NAME_LENGTH, validatePresetName } from './names';

function errorOf(run: () => unknown): PresetError {
  try {
    run();
  } catch (failure) {
    if (failure instanceof PresetError) return failure;
    throw failure;
  }
  throw new Error('expected a PresetError');
}

describe('validatePresetName', () => {
  it('trims whitespace', () => {
    expect(validatePresetName('  My WebM  ', [])).toBe('My WebM');
  });

  it('rejects an empty name', () => {
    expect(errorOf(() => validatePresetName('   ', [])).code).toBe('INVALID_NAME');
  });

  it('rejects a name that is too long', () => {
    const error = errorOf(() => validatePresetName('x'.repeat(MAX_PRESET_NAME_LENGTH + 1), []));
    expect(error.code).toBe('INVALID_NAME');
    expect(error.message).toContain(`maximum is ${MAX_PRESET_NAME_LENGTH}`);
  });

  it('accepts a name of the maximum length', () => {
    expect(validatePresetName('x'.repeat(MAX_PRESET_NAME_LENGTH), [])).toHaveLength(MAX_PRESET_NAME_LENGTH);
  });

  it('rejects a name in use', () => {
    const error = errorOf(() => validatePresetName('my webm', ['Other', 'My WebM']));
    expect(error.code).toBe('DUPLICATE_NAME');
    expect(error.message).toContain('"My WebM"');
  });
});
