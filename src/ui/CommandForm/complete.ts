/** Suggestions for the path the caret is in, and the part of the text a chosen one replaces. */
export interface Completion {
  readonly start: number;
  readonly end: number;
  readonly options: readonly string[];
}

// A path starts after whitespace, a quote or one of = : , | ; ( [ as in
// "concat:/input/a/1.ts|/input/a/2.ts", the places inputNamesFromArguments reads.
const PATH_BOUNDARY = /[\s'"=:,|;(\[]/;
// At most this many suggestions are shown, so a folder of thousands of frames stays usable.
const MAX_OPTIONS = 50;

/**
 * Returns the completion for the word around `caret`: every path of `paths`
 * that starts with the part typed so far and is longer than it. Returns null
 * when the caret is not in a path that starts with "/", or nothing matches.
 */
export function completionAt(text: string, caret: number, paths: readonly string[]): Completion | null {
  let start = caret;
  while (start > 0 && !PATH_BOUNDARY.test(text.charAt(start - 1))) start -= 1;
  let end = caret;
  while (end < text.length && !PATH_BOUNDARY.test(text.charAt(end))) end += 1;

  const typed = text.slice(start, caret);
  if (!typed.startsWith('/')) return null;

  const options = paths.filter((path) => path.startsWith(typed) && path !== typed).slice(0, MAX_OPTIONS);
  return options.length === 0 ? null : { start, end, options };
}

/** Returns the text with the completion's range replaced by `option`, and the caret after it. */
export function applyCompletion(text: string, completion: Completion, option: string): { readonly text: string; readonly caret: number } {
  return {
    text: text.slice(0, completion.start) + option + text.slice(completion.end),
    caret: completion.start + option.length,
  };
}

/**
 * Lists the paths a command can read or write: /output/, each task's folder
 * at /input/<name>/ and every file of the tasks that have files, in task order.
 */
export function knownPaths(tasks: ReadonlyArray<{ readonly name: string; readonly files: readonly string[] }>): string[] {
  return ['/output/', ...tasks.flatMap((task) => [`/input/${task.name}/`, ...task.files.map((file) => `/input/${task.name}/${file}`)])];
}
