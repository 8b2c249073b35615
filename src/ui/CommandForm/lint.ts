import { CRASHING_ENCODERS } from '../../engines/ffmpeg/known-crashes';
import { TaskError } from '../../tasks/errors';
import { isGlobPattern, matchGlob } from '../../tasks/glob';
import { inputNamesFromArguments } from '../../tasks/inputs';
import { splitArguments } from '../../tasks/split';
import type { EngineName, TaskStatus } from '../../tasks/types';

/** A problem the editor shows under the arguments before the person runs them. */
export interface LintWarning {
  readonly kind: 'syntax' | 'input' | 'output' | 'engine';
  readonly message: string;
}

/** The facts the linter uses about a task that the arguments can read from. */
export interface LintTask {
  readonly name: string;
  readonly status: TaskStatus;
  /** Paths relative to the task's folder, such as "frames/01.png"; empty until the task finished. */
  readonly files: readonly string[];
}

export interface LintContext {
  readonly engine: EngineName;
  readonly command: string;
  /** Names in the editor's "Input tasks" field. */
  readonly inputNames: readonly string[];
  readonly tasks: readonly LintTask[];
}

// Commands whose last argument is the file they write.
const WRITES_LAST_ARGUMENT = new Set(['ffmpeg', 'convert', 'magick', 'composite', 'montage', 'compare']);
const GM_WRITES_LAST_ARGUMENT = new Set(['convert', 'composite', 'montage', 'compare', 'conjure']);
// At most this many of a task's files are listed in a "does not exist" warning.
const LISTED_FILES = 5;

/** Removes an ImageMagick or ffmpeg prefix such as `png:` or `file:` from a file argument. */
function withoutPrefix(word: string): string {
  return word.replace(/^[A-Za-z0-9]{2,}:(?!\/\/)/, '');
}

function isUnderOutput(path: string): boolean {
  return (path === '/output' || path.startsWith('/output/')) && !path.split('/').includes('..');
}

function listFiles(task: LintTask): string {
  const shown = task.files.slice(0, LISTED_FILES).join(', ');
  return task.files.length > LISTED_FILES ? `${shown} and ${task.files.length - LISTED_FILES} more` : shown;
}

function checkInputNames(text: string, context: LintContext): LintWarning[] {
  const warnings: LintWarning[] = [];
  const existing = context.tasks.map((task) => task.name);

  for (const name of inputNamesFromArguments(text)) {
    const task = context.tasks.find((candidate) => candidate.name === name);
    if (task === undefined) {
      const known = existing.length === 0 ? 'There are no tasks yet; add a file first.' : `Tasks: ${existing.join(', ')}.`;
      warnings.push({ kind: 'input', message: `No task is named "${name}", so /input/${name}/ does not exist. ${known}` });
      continue;
    }
    if (!context.inputNames.includes(name)) {
      warnings.push({ kind: 'input', message: `/input/${name}/ is used, but "${name}" is not in Input tasks, so its files will not be there. Add it to Input tasks.` });
    }
    if (task.status === 'error') {
      warnings.push({ kind: 'input', message: `The task "${name}" ended in error, so this command will end in INPUT_TASK_FAILED.` });
    }
  }
  return warnings;
}

/** Checks one `/input/<task>/...` argument against the files of a finished task. */
function checkInputPath(word: string, context: LintContext): LintWarning | null {
  const match = /^\/input\/([A-Za-z0-9_-]+)\/(.*)$/.exec(word);
  if (match === null) return null;
  const [, name = '', rest = ''] = match;
  const task = context.tasks.find((candidate) => candidate.name === name);
  // Outputs of an unfinished task are not known yet, and an image sequence such as %03d.png matches no single file.
  if (task === undefined || task.status !== 'finished' || rest === '' || rest.includes('%')) return null;

  const paths = task.files.map((file) => `/input/${name}/${file}`);
  if (isGlobPattern(word)) {
    return matchGlob(word, paths).length > 0 ? null : { kind: 'input', message: `"${word}" matches no file of "${name}". Its files: ${listFiles(task)}.` };
  }
  const folder = word.endsWith('/') ? word : `${word}/`;
  if (paths.includes(word) || paths.some((path) => path.startsWith(folder))) return null;
  return { kind: 'input', message: `"${word}" does not exist. Files of "${name}": ${listFiles(task)}.` };
}

function checkOutputs(words: readonly string[], context: LintContext): LintWarning[] {
  const warnings: LintWarning[] = [];

  for (const word of words) {
    const path = withoutPrefix(word);
    if (path.startsWith('/') && !path.startsWith('/input/') && !isUnderOutput(path)) {
      warnings.push({ kind: 'output', message: `"${word}" is outside /input/ and /output/. Only files written to /output/ become results.` });
    }
  }

  const subcommand = context.engine === 'graphicsmagick' ? words[0] : undefined;
  const writesLast = context.engine === 'graphicsmagick' ? GM_WRITES_LAST_ARGUMENT.has(subcommand ?? '') : WRITES_LAST_ARGUMENT.has(context.command);
  const last = words.at(-1);
  if (writesLast && last !== undefined && words.length > 1) {
    const path = withoutPrefix(last);
    // "-" is standard output and "info:" or "null:" write no file; neither is a mistake.
    if (!path.startsWith('/') && !path.startsWith('-') && path !== '' && !last.endsWith(':')) {
      warnings.push({ kind: 'output', message: `The output "${last}" is not under /output/, so it will not become a result file. Write it as /output/${path}.` });
    }
  }

  const mogrify = context.command === 'mogrify' || subcommand === 'mogrify';
  const target = words[words.indexOf('-path') + 1];
  const writesToOutput = words.includes('-path') && target !== undefined && isUnderOutput(target.endsWith('/') ? target : `${target}/`);
  if (mogrify && !writesToOutput) {
    warnings.push({ kind: 'output', message: 'mogrify changes files where they are, and changes under /input/ are not kept. Add -path /output/ to write the results there.' });
  }
  return warnings;
}

/**
 * Image formats the ImageMagick and GraphicsMagick builds of engines-src/
 * cannot write. Given such an output name, both write the input's format
 * under it, as a native install without the delegate library does.
 */
const UNWRITABLE_IMAGE_FORMATS = new Set(['heic', 'heif', 'avif', 'jxl', 'jp2', 'j2k']);

function checkFormats(words: readonly string[], context: LintContext): LintWarning[] {
  const warnings: LintWarning[] = [];
  if (context.engine === 'ffmpeg') {
    for (const crash of CRASHING_ENCODERS) {
      if (crash.always && words.includes(crash.encoder)) warnings.push({ kind: 'engine', message: crash.advice });
    }
    return warnings;
  }
  for (const word of words) {
    const path = withoutPrefix(word);
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    if (isUnderOutput(path) && path.includes('.') && UNWRITABLE_IMAGE_FORMATS.has(extension)) {
      warnings.push({
        kind: 'engine',
        message: `"${word}": this build cannot write ${extension.toUpperCase()}, so the file would hold the input's format under that name. Use png, jpg, webp, tif, gif or bmp.`,
      });
    }
  }
  return warnings;
}

/**
 * Lists the problems in a command's arguments that would make the run fail
 * or lose its output. These are shell syntax that will be rejected,
 * unbalanced quotes, input paths that do not exist and outputs outside
 * /output/, plus output formats the image engines cannot write and ffmpeg
 * encoders known to crash.
 */
export function lintArguments(text: string, context: LintContext): LintWarning[] {
  if (text.trim() === '') return [];
  const warnings = checkInputNames(text, context);

  // Unquoted globs expand as they will at run time, against the files of finished tasks.
  const knownPaths = context.tasks.flatMap((task) => task.files.map((file) => `/input/${task.name}/${file}`));
  let words: string[];
  try {
    words = splitArguments(text, (pattern) => matchGlob(pattern, knownPaths));
  } catch (error) {
    if (!(error instanceof TaskError)) throw error;
    return [{ kind: 'syntax', message: error.message.replace(/^Invalid "arguments": /, '') }, ...warnings];
  }

  for (const word of words) {
    const warning = checkInputPath(word, context);
    if (warning !== null) warnings.push(warning);
  }
  return [...warnings, ...checkOutputs(words, context), ...checkFormats(words, context)];
}
