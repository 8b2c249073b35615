import { inputNamesFromArguments } from '../tasks/inputs';
import type { EngineName } from '../tasks/types';
import type { AvailableFile, MediaKind, Preset } from './types';

const EXTENSION_KINDS: Readonly<Record<string, MediaKind>> = {
  mp4: 'video', m4v: 'video', mov: 'video', mkv: 'video', webm: 'video', avi: 'video', wmv: 'video', flv: 'video',
  mpg: 'video', mpeg: 'video', ts: 'video', mts: 'video', m2ts: 'video', '3gp': 'video', ogv: 'video',
  mp3: 'audio', wav: 'audio', flac: 'audio', ogg: 'audio', oga: 'audio', opus: 'audio', m4a: 'audio', aac: 'audio',
  wma: 'audio', aif: 'audio', aiff: 'audio', ac3: 'audio',
  png: 'image', jpg: 'image', jpeg: 'image', gif: 'image', webp: 'image', bmp: 'image', tif: 'image', tiff: 'image',
  avif: 'image', heic: 'image', svg: 'image', ico: 'image', psd: 'image', tga: 'image', jxl: 'image',
};

/** File names of the stand-in paths for a missing input, chosen to show the person what to replace. */
const STAND_IN_FILES: Readonly<Record<MediaKind, string>> = { video: 'video.mp4', audio: 'audio.wav', image: 'image.png' };

/** Task names of the stand-in paths: upper case, so they read as "replace me" yet stay valid task names. */
const STAND_IN_TASK = 'TASK';
const STAND_IN_TASK_2 = 'TASK2';

// A word made only of these characters means the same to a POSIX shell quoted or not.
const SHELL_SAFE_WORD = /^[A-Za-z0-9_\-+=.,:@%/]+$/;

/** Returns the kind of a file from its MIME type, or from its extension when the type is empty or generic. */
export function mediaKindOf(file: Pick<AvailableFile, 'filename' | 'type'>): MediaKind | null {
  const family = file.type.split('/')[0];
  if (family === 'video' || family === 'audio' || family === 'image') return family;

  const dot = file.filename.lastIndexOf('.');
  if (dot === -1) return null;
  return EXTENSION_KINDS[file.filename.slice(dot + 1).toLowerCase()] ?? null;
}

/** Quotes `word` with single quotes when a POSIX shell would split or expand it. */
export function quoteShellWord(word: string): string {
  if (SHELL_SAFE_WORD.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Returns a file's base name without its extension, with every character
 * other than a letter, digit, `.`, `_` or `-` replaced by `_`. Presets use it
 * in output names, where `%` means a frame number to ffmpeg and `[...]` a
 * frame selection to ImageMagick.
 */
export function outputBaseName(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const base = dot > 0 ? filename.slice(0, dot) : filename;
  const clean = base.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return clean === '' ? 'output' : clean;
}

/** Returns "a video file", "an audio or video file" and so on. */
export function describeKinds(kinds: readonly MediaKind[]): string {
  const words = kinds.join(' or ');
  const article = /^[aeiou]/.test(words) ? 'an' : 'a';
  return `${article} ${words} file`;
}

/** The placeholder that found no file, the kinds it accepts and the sentence the picker shows. */
export interface MissingInput {
  readonly code: 'NO_MATCHING_FILE';
  readonly placeholder: '{input}' | '{input2}' | '{inputs}';
  readonly accepts: readonly MediaKind[];
  readonly message: string;
}

/** The editor fields a preset fills in. */
export interface AppliedPreset {
  readonly engine: EngineName;
  readonly command: string;
  readonly arguments: string;
  /** Comma-separated input task names, as in the editor's "Input tasks" field. */
  readonly input: string;
  readonly captureOutput?: boolean;
  /** Null when every placeholder found a file. Otherwise the arguments hold stand-in paths under /input/TASK/. */
  readonly missing: MissingInput | null;
}

const pathOf = (file: AvailableFile): string => `/input/${file.taskName}/${file.filename}`;

const accepted = (files: readonly AvailableFile[], kinds: readonly MediaKind[]): AvailableFile[] =>
  files.filter((file) => {
    const kind = mediaKindOf(file);
    return kind !== null && kinds.includes(kind);
  });

const standIn = (task: string, kinds: readonly MediaKind[]): string => `/input/${task}/${STAND_IN_FILES[kinds[0] ?? 'video']}`;

function missingInput(placeholder: MissingInput['placeholder'], kinds: readonly MediaKind[], path: string): MissingInput {
  const request = placeholder === '{input2}' ? `Add a second ${kinds.join(' or ')} file` : `Add ${describeKinds(kinds)} first`;
  return {
    code: 'NO_MATCHING_FILE',
    placeholder,
    accepts: kinds,
    message: `${request}, then choose the preset again. The arguments now read the stand-in ${path}.`,
  };
}

/**
 * Fills in a preset's placeholders with the first matching files of
 * `files`, which are in task order. When a placeholder finds no file it
 * gets a stand-in path under /input/TASK/ and `missing` names the file to
 * add, so the editor can still be filled and edited.
 */
export function applyPreset(preset: Preset, files: readonly AvailableFile[]): AppliedPreset {
  const uses = (placeholder: string): boolean => preset.arguments.includes(placeholder);
  const input2Kinds = preset.accepts2 ?? preset.accepts;

  const candidates = accepted(files, preset.accepts);
  const first = candidates[0];
  const second = accepted(files, input2Kinds).find((file) => file !== first);
  const inputPath = first === undefined ? standIn(STAND_IN_TASK, preset.accepts) : pathOf(first);
  const input2Path = second === undefined ? standIn(STAND_IN_TASK_2, input2Kinds) : pathOf(second);

  const inputMissing = first === undefined && (uses('{input}') || uses('{inputs}'));
  const input2Missing = second === undefined && uses('{input2}');
  let missing: MissingInput | null = null;
  if (inputMissing) {
    missing = missingInput(uses('{input}') ? '{input}' : '{inputs}', preset.accepts, inputPath);
  } else if (input2Missing) {
    missing = missingInput('{input2}', input2Kinds, input2Path);
  }

  const allPaths = candidates.length === 0 ? [inputPath] : candidates.map(pathOf);
  const name = outputBaseName(first?.filename ?? STAND_IN_FILES[preset.accepts[0] ?? 'video']);

  const replacements: Readonly<Record<string, string>> = {
    '{input}': quoteShellWord(inputPath),
    '{input2}': quoteShellWord(input2Path),
    '{inputs}': allPaths.map(quoteShellWord).join(' '),
    '{name}': name,
  };
  const args = preset.arguments.replace(/\{(input|input2|inputs|name)\}/g, (placeholder) => replacements[placeholder] ?? placeholder);

  return {
    engine: preset.engine,
    command: preset.command,
    arguments: args,
    input: inputNamesFromArguments(args).join(', '),
    ...(preset.captureOutput === undefined ? {} : { captureOutput: preset.captureOutput }),
    missing,
  };
}
