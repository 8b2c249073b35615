import { TaskError } from './errors';
import { isGlobPattern } from './glob';

/**
 * Expands a glob pattern against the files a command can see. Returns the
 * matching paths, or an empty array when nothing matches.
 */
export type GlobExpander = (pattern: string) => readonly string[];

// Carriage return separates words too, so text pasted with Windows line
// endings does not leave "\r" at the end of a file name.
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

const OPERATOR_CHARACTERS = new Set(['|', '&', ';', '<', '>']);

// Characters that stay special in a glob pattern, so a quoted or escaped one
// reaches the expander with a backslash before it.
const GLOB_SPECIAL = new Set(['*', '?', '[', ']', '\\', '!', '^', '-']);

// Characters that a backslash escapes inside double quotes, as in POSIX sh.
// Before any other character the backslash stays in the word.
const DOUBLE_QUOTE_ESCAPABLE = new Set(['$', '`', '"', '\\']);

const SPECIAL_PARAMETERS = new Set(['@', '*', '#', '?', '$', '!', '-']);

interface WordBuilder {
  /** The word with quotes and escapes removed. */
  text: string;
  /** The word as a glob pattern, with quoted special characters escaped. */
  pattern: string;
  /** True once the word has any character or quote, so `''` makes an empty word. */
  started: boolean;
}

function rejectShellSyntax(token: string, position: number, kind: string, advice: string): never {
  throw new TaskError(
    'INVALID_DATA',
    `Invalid "arguments": ${JSON.stringify(token)} at position ${position} is ${kind}, but no shell runs here. ${advice}`,
  );
}

function describeOperator(token: string): string {
  if (token.includes('<') || token.includes('>')) {
    return 'a redirection';
  }
  if (token.startsWith('||')) {
    return 'an OR list operator';
  }
  if (token.startsWith('|')) {
    return 'a pipe';
  }
  if (token.startsWith('&&')) {
    return 'an AND list operator';
  }
  if (token.startsWith('&')) {
    return 'a background operator';
  }
  return 'a command separator';
}

function rejectOperator(text: string, index: number): never {
  let end = index;
  while (end < text.length && OPERATOR_CHARACTERS.has(text.charAt(end))) {
    end += 1;
  }
  const token = text.slice(index, end);
  const kind = describeOperator(token);
  const fileHint = kind === 'a redirection' ? ' Read files from /input/<task name>/ and write them to /output/.' : '';

  rejectShellSyntax(
    token,
    index + 1,
    kind,
    `Put it in quotes, as in '${token}', to pass it to the program as text.${fileHint} Run each command as its own task.`,
  );
}

/**
 * Rejects the expansion that a `$` at `index` would start in a shell, and
 * returns normally when the `$` is an ordinary character: at the end, or
 * before a character that starts no expansion, such as a space or `%`.
 */
function rejectDollarExpansion(text: string, index: number, quoted: boolean): void {
  const next = text.charAt(index + 1);
  const position = index + 1;
  const advice = 'Write the value itself, or put the text in single quotes to pass it unchanged.';

  if (next === '(') {
    const close = text.indexOf(')', index);
    const token = close === -1 ? '$(' : text.slice(index, close + 1);
    rejectShellSyntax(token, position, 'a command substitution', advice);
  }
  if (next === '{') {
    const close = text.indexOf('}', index);
    const token = close === -1 ? '${' : text.slice(index, close + 1);
    rejectShellSyntax(token, position, 'a parameter expansion', advice);
  }
  if (/[A-Za-z_]/.test(next)) {
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index + 1))?.[0] ?? next;
    rejectShellSyntax(`$${name}`, position, 'a variable expansion', advice);
  }
  if (/[0-9]/.test(next) || SPECIAL_PARAMETERS.has(next)) {
    rejectShellSyntax(`$${next}`, position, 'a special parameter expansion', advice);
  }
  // Bash reads $'...' and $"..." as quoting of its own, which POSIX sh lacks.
  if (!quoted && (next === "'" || next === '"')) {
    rejectShellSyntax(`$${next}`, position, 'Bash-only quoting', 'Use plain single or double quotes instead.');
  }
}

function rejectBacktick(index: number): never {
  rejectShellSyntax(
    '`',
    index + 1,
    'a command substitution',
    'Write the value itself, or put the backtick in single quotes to pass it unchanged.',
  );
}

function addQuoted(word: WordBuilder, char: string): void {
  word.text += char;
  word.pattern += GLOB_SPECIAL.has(char) ? `\\${char}` : char;
  word.started = true;
}

function addUnquoted(word: WordBuilder, char: string): void {
  word.text += char;
  word.pattern += char;
  word.started = true;
}

/** Reads the single-quoted part that opens at `open` and returns the index after its closing quote. */
function readSingleQuoted(text: string, open: number, word: WordBuilder): number {
  const close = text.indexOf("'", open + 1);
  if (close === -1) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid "arguments": unterminated single quote at position ${open + 1}. Add the closing ' or escape the quote as \\'.`,
    );
  }

  word.started = true;
  for (const char of text.slice(open + 1, close)) {
    addQuoted(word, char);
  }
  return close + 1;
}

/** Reads the double-quoted part that opens at `open` and returns the index after its closing quote. */
function readDoubleQuoted(text: string, open: number, word: WordBuilder): number {
  word.started = true;
  let index = open + 1;

  while (index < text.length) {
    const char = text.charAt(index);

    if (char === '"') {
      return index + 1;
    }
    if (char === '`') {
      rejectBacktick(index);
    }
    if (char === '$') {
      rejectDollarExpansion(text, index, true);
    }

    if (char === '\\' && index + 1 < text.length) {
      const next = text.charAt(index + 1);
      if (next === '\n') {
        index += 2;
        continue;
      }
      if (DOUBLE_QUOTE_ESCAPABLE.has(next)) {
        addQuoted(word, next);
        index += 2;
        continue;
      }
    }

    addQuoted(word, char);
    index += 1;
  }

  throw new TaskError(
    'INVALID_DATA',
    `Invalid "arguments": unterminated double quote at position ${open + 1}. Add the closing " or escape the quote as \\".`,
  );
}

/**
 * Splits `text` into words the way a POSIX shell does, without running
 * anything.
 *
 * - Space, tab, newline and carriage return separate words.
 * - Single quotes keep everything literally. Inside double quotes a backslash
 *   escapes only `$`, a backtick, `"`, `\` and newline. Outside quotes a
 *   backslash escapes any character, and a backslash before a newline joins
 *   the lines.
 * - Quoted and unquoted parts next to each other form one word, and `''` is
 *   an empty word.
 * - A word with an unquoted `*`, `?` or complete `[...]` is a glob pattern.
 *   `expandGlob` receives it with every quoted or escaped `* ? [ ] \ ! ^ -`
 *   preceded by a backslash, so those match literally, as `matchGlob` reads
 *   them. Its matches replace the word, sorted. With no match the word stays
 *   as written, minus its quotes.
 * - Unquoted `|`, `&`, `;`, `<`, `>` and backticks, and `$` expansions
 *   (`$NAME`, `${...}`, `$(...)`, `$1`, `$?` and the like) unquoted or in
 *   double quotes, are rejected because nothing here would run them.
 *
 * Unlike a shell, unquoted `(`, `)`, `{`, `}`, `~` and a word-initial `#` are
 * ordinary characters, so `#ff0000` is a color, not a comment.
 *
 * Throws TaskError INVALID_DATA naming the token and its position, counted
 * from 1, for rejected syntax, an unterminated quote or a trailing backslash.
 */
export function splitArguments(text: string, expandGlob: GlobExpander): string[] {
  const words: string[] = [];
  let word: WordBuilder = { text: '', pattern: '', started: false };

  const endWord = (): void => {
    if (!word.started) {
      return;
    }
    const matches = isGlobPattern(word.pattern) ? expandGlob(word.pattern) : [];
    if (matches.length > 0) {
      words.push(...[...matches].sort());
    } else {
      words.push(word.text);
    }
    word = { text: '', pattern: '', started: false };
  };

  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);

    if (WHITESPACE.has(char)) {
      endWord();
      index += 1;
    } else if (char === "'") {
      index = readSingleQuoted(text, index, word);
    } else if (char === '"') {
      index = readDoubleQuoted(text, index, word);
    } else if (char === '\\') {
      if (index + 1 >= text.length) {
        throw new TaskError(
          'INVALID_DATA',
          `Invalid "arguments": the backslash at position ${index + 1}, the end of the text, escapes nothing. Remove it, or write \\\\ for a literal backslash.`,
        );
      }
      const next = text.charAt(index + 1);
      if (next !== '\n') {
        addQuoted(word, next);
      }
      index += 2;
    } else if (char === '`') {
      rejectBacktick(index);
    } else if (OPERATOR_CHARACTERS.has(char)) {
      rejectOperator(text, index);
    } else {
      if (char === '$') {
        rejectDollarExpansion(text, index, false);
      }
      addUnquoted(word, char);
      index += 1;
    }
  }

  endWord();
  return words;
}
