import type { EngineName } from '../tasks/types';

/** Groups the preset picker shows, in this order. */
export const PRESET_GROUPS = ['Video', 'Audio', 'Image', 'Inspect'] as const;

export type PresetGroup = (typeof PRESET_GROUPS)[number];

/** Kind of media file, read from its MIME type or, failing that, its extension. */
export type MediaKind = 'video' | 'audio' | 'image';

/**
 * A built-in command with placeholders for its input files. The placeholders
 * in `arguments` are:
 *
 * - `{input}`: path of the first file whose kind is in `accepts`.
 * - `{input2}`: path of the next such file, from another task, whose kind is
 *   in `accepts2`.
 * - `{inputs}`: paths of every file whose kind is in `accepts`, in task order.
 * - `{name}`: base name of the `{input}` file (or the first `{inputs}` file)
 *   without its extension.
 *
 * Each placeholder becomes one shell word, single-quoted when needed, so it
 * must stand outside quotes in `arguments`. Other text in braces stays as it is.
 */
export interface Preset {
  /** Stable identifier, in kebab case. */
  readonly id: string;
  readonly name: string;
  /** One line for the picker. */
  readonly description: string;
  readonly group: PresetGroup;
  readonly engine: EngineName;
  readonly command: string;
  readonly arguments: string;
  /** Kinds of file `{input}` and `{inputs}` take. Empty for a preset that reads no file. */
  readonly accepts: readonly MediaKind[];
  /** Kinds of file `{input2}` takes, present when `arguments` uses `{input2}`. */
  readonly accepts2?: readonly MediaKind[];
  /** Sets "Capture output", for presets whose result is the console output. */
  readonly captureOutput?: boolean;
}

/** A file a preset can read: one file of a finished import task. */
export interface AvailableFile {
  readonly taskName: string;
  readonly filename: string;
  /** MIME type as the browser reported it, possibly empty. */
  readonly type: string;
}

/** A command the person saved under a name of their own. Its arguments are used as written. */
export interface SavedPreset {
  /** Random identifier, unique within the saved presets. */
  readonly id: string;
  readonly name: string;
  readonly engine: EngineName;
  readonly command: string;
  readonly arguments: string;
  /** Comma-separated input task names, as in the editor's "Input tasks" field. */
  readonly input: string;
}
