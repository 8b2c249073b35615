/** Codes of the errors that saving, renaming and importing presets raise. */
export type PresetErrorCode = 'INVALID_NAME' | 'DUPLICATE_NAME' | 'INVALID_PRESET_FILE';

/** An error the preset UI shows to the person as it is. */
export class PresetError extends Error {
  readonly code: PresetErrorCode;

  constructor(code: PresetErrorCode, message: string) {
    super(message);
    this.name = 'PresetError';
    this.code = code;
  }
}
