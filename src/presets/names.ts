import { PresetError } from './errors';

/** Maximum length of a preset name, in UTF-16 code units, so names fit on one line of the picker. */
export const MAX_PRESET_NAME_LENGTH = 80;

/**
 * Returns `name` without surrounding whitespace, or raises a PresetError
 * when it is empty, too long or already used by one of `existing`. Names are
 * compared case-insensitively, because two presets that differ only in case
 * look the same in a list.
 */
export function validatePresetName(name: string, existing: readonly string[]): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new PresetError('INVALID_NAME', 'The preset name is empty. Type a name for the preset.');
  }
  if (trimmed.length > MAX_PRESET_NAME_LENGTH) {
    throw new PresetError(
      'INVALID_NAME',
      `The preset name has ${trimmed.length} characters; the maximum is ${MAX_PRESET_NAME_LENGTH}. Choose a shorter name.`,
    );
  }

  const key = trimmed.toLowerCase();
  const clash = existing.find((other) => other.trim().toLowerCase() === key);
  if (clash !== undefined) {
    throw new PresetError('DUPLICATE_NAME', `A saved preset is already named "${clash}". Choose another name, or rename or delete that preset.`);
  }
  return trimmed;
}
