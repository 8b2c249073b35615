import { ENGINE_COMMANDS, ENGINE_NAMES, isEngineCommand, isEngineName } from '../tasks/engines';
import { PresetError } from './errors';
import { MAX_PRESET_NAME_LENGTH } from './names';
import type { SavedPreset } from './types';

/** The `format` field that marks a Transmute preset file. */
export const PRESET_FILE_FORMAT = 'transmute-presets';

/** The preset file version this app writes and reads. */
export const PRESET_FILE_VERSION = 1;

/** Suggested name of an exported preset file. */
export const PRESET_FILE_NAME = 'transmute-presets.json';

/**
 * Maximum size of a preset file that importing reads, in bytes, and of its
 * text in characters. Saved presets are kept in localStorage, whose quota is
 * a few megabytes.
 */
export const MAX_PRESET_FILE_BYTES = 1_000_000;

/** A saved preset without its id, as preset files hold it. */
export type PresetFields = Omit<SavedPreset, 'id'>;

/** The JSON document of an exported preset file. */
export interface PresetFile {
  readonly format: typeof PRESET_FILE_FORMAT;
  readonly version: typeof PRESET_FILE_VERSION;
  readonly presets: readonly PresetFields[];
}

/** Writes saved presets as the JSON text of a preset file, without their ids. */
export function serializePresets(presets: readonly SavedPreset[]): string {
  const file: PresetFile = {
    format: PRESET_FILE_FORMAT,
    version: PRESET_FILE_VERSION,
    presets: presets.map(({ name, engine, command, arguments: args, input }) => ({ name, engine, command, arguments: args, input })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

/** A problem in a preset file's content; parsePresetFile adds the file name. */
class FileProblem extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one entry of `presets`; messages name it by its 1-based position and its name, as in `preset 2 ("Intro")`. */
function parseEntry(entry: unknown, position: number): PresetFields {
  if (!isRecord(entry)) throw new FileProblem(`preset ${position} is ${describeValue(entry)}, but each preset must be an object.`);

  const name = entry['name'];
  const label = typeof name === 'string' ? `preset ${position} (${JSON.stringify(name)})` : `preset ${position}`;
  const text = (field: string, required: boolean): string => {
    const value = entry[field];
    if (value === undefined && !required) return '';
    if (value === undefined) throw new FileProblem(`${label} has no "${field}" field.`);
    if (typeof value !== 'string') throw new FileProblem(`${label} has "${field}" set to ${describeValue(value)}, but it must be a string.`);
    return value;
  };

  const presetName = text('name', true).trim();
  if (presetName === '') throw new FileProblem(`${label} has an empty "name".`);
  if (presetName.length > MAX_PRESET_NAME_LENGTH) {
    throw new FileProblem(`${label} has a "name" of ${presetName.length} characters; the maximum is ${MAX_PRESET_NAME_LENGTH}.`);
  }

  const engine = text('engine', true);
  if (!isEngineName(engine)) {
    throw new FileProblem(`${label} has the unknown engine ${JSON.stringify(engine)}; the engines are ${ENGINE_NAMES.join(', ')}.`);
  }
  const command = text('command', true);
  if (!isEngineCommand(engine, command)) {
    throw new FileProblem(`${label} has the command ${JSON.stringify(command)}, which ${engine} does not run; its commands are ${ENGINE_COMMANDS[engine].join(', ')}.`);
  }

  return { name: presetName, engine, command, arguments: text('arguments', true), input: text('input', false) };
}

function parseDocument(text: string): PresetFields[] {
  if (text.length > MAX_PRESET_FILE_BYTES) {
    throw new FileProblem(`it has ${text.length} characters, but a preset file has at most ${MAX_PRESET_FILE_BYTES}.`);
  }

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (failure) {
    throw new FileProblem(`it is not JSON (${failure instanceof Error ? failure.message : String(failure)}).`);
  }

  if (!isRecord(document)) {
    throw new FileProblem(`it contains ${describeValue(document)}, but a preset file is an object with "format": "${PRESET_FILE_FORMAT}".`);
  }
  if (document['format'] !== PRESET_FILE_FORMAT) {
    const found = document['format'] === undefined ? 'no "format" field' : `"format" ${describeValue(document['format'])}`;
    throw new FileProblem(`it has ${found}, but a preset file has "format": "${PRESET_FILE_FORMAT}".`);
  }
  if (document['version'] !== PRESET_FILE_VERSION) {
    const found = document['version'] === undefined ? 'no "version" field' : `"version" ${describeValue(document['version'])}`;
    throw new FileProblem(`it has ${found}, but this app reads version ${PRESET_FILE_VERSION}.`);
  }
  const entries = document['presets'];
  if (!Array.isArray(entries)) {
    throw new FileProblem(`its "presets" field is ${entries === undefined ? 'missing' : describeValue(entries)}, but it must be an array.`);
  }

  const presets = entries.map((entry, index) => parseEntry(entry, index + 1));
  const seen = new Map<string, number>();
  presets.forEach((preset, index) => {
    const key = preset.name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new FileProblem(`presets ${earlier} and ${index + 1} are both named ${JSON.stringify(preset.name)}.`);
    seen.set(key, index + 1);
  });
  return presets;
}

/**
 * Reads the text of a preset file. On a problem it raises a PresetError with
 * code INVALID_PRESET_FILE that names the file and the first problem found.
 * Problems are text that is not JSON, a wrong `format` or `version`, and a
 * preset with a missing or invalid field, an unknown engine or command, or a
 * repeated name.
 */
export function parsePresetFile(text: string, fileName: string = PRESET_FILE_NAME): PresetFields[] {
  try {
    return parseDocument(text);
  } catch (failure) {
    if (!(failure instanceof FileProblem)) throw failure;
    throw new PresetError('INVALID_PRESET_FILE', `${fileName} is not a valid preset file: ${failure.message}`);
  }
}

/** Raises the PresetError that parsePresetFile would, before a file too large to be a preset file is read. */
export function checkPresetFileSize(sizeBytes: number, fileName: string): void {
  if (sizeBytes > MAX_PRESET_FILE_BYTES) {
    throw new PresetError('INVALID_PRESET_FILE', `${fileName} is not a valid preset file: it has ${sizeBytes} bytes, but a preset file has at most ${MAX_PRESET_FILE_BYTES}.`);
  }
}

/**
 * Reads saved presets back from storage, keeping each entry that is a valid
 * preset with a string id and dropping the rest, so one damaged entry does
 * not lose the others.
 */
export function readStoredPresets(value: unknown): { readonly presets: SavedPreset[]; readonly dropped: number } {
  if (!Array.isArray(value)) return { presets: [], dropped: value === undefined ? 0 : 1 };

  const presets: SavedPreset[] = [];
  const ids = new Set<string>();
  value.forEach((entry: unknown, index) => {
    const id = isRecord(entry) ? entry['id'] : undefined;
    if (typeof id !== 'string' || id === '' || ids.has(id)) return;
    try {
      presets.push({ id, ...parseEntry(entry, index + 1) });
      ids.add(id);
    } catch (failure) {
      if (!(failure instanceof FileProblem)) throw failure;
    }
  });
  return { presets, dropped: value.length - presets.length };
}
