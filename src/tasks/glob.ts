/**
 * Shell pathname patterns (`*`, `?`, `[...]`), matched against full paths the
 * way a POSIX shell expands a word. Wildcards and bracket expressions never
 * match `/`. A `.` that starts a path component must be matched literally, so
 * `*` skips hidden files.
 */

type CodePointRange = readonly [low: number, high: number];

interface BracketExpression {
  readonly ranges: readonly CodePointRange[];
  readonly negated: boolean;
  /** Index just past the closing `]`. */
  readonly end: number;
}

// Character classes of the POSIX locale, which is ASCII-only.
const POSIX_CLASSES: ReadonlyMap<string, readonly CodePointRange[]> = new Map<string, readonly CodePointRange[]>([
  ['alnum', [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]]],
  ['alpha', [[0x41, 0x5a], [0x61, 0x7a]]],
  ['blank', [[0x09, 0x09], [0x20, 0x20]]],
  ['cntrl', [[0x00, 0x1f], [0x7f, 0x7f]]],
  ['digit', [[0x30, 0x39]]],
  ['graph', [[0x21, 0x7e]]],
  ['lower', [[0x61, 0x7a]]],
  ['print', [[0x20, 0x7e]]],
  ['punct', [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]]],
  ['space', [[0x09, 0x0d], [0x20, 0x20]]],
  ['upper', [[0x41, 0x5a]]],
  ['xdigit', [[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]]],
]);

const SLASH = 0x2f;

/** Reads one code point at `index`, taking a backslash as an escape of the next one. */
function readCodePoint(pattern: string, index: number): readonly [codePoint: number, next: number] {
  let at = index;
  if (pattern[at] === '\\' && at + 1 < pattern.length) {
    at += 1;
  }
  const codePoint = pattern.codePointAt(at) ?? 0;
  return [codePoint, at + (codePoint > 0xffff ? 2 : 1)];
}

/**
 * Parses the bracket expression that starts at `start`, or returns null when
 * there is no closing `]`, in which case the `[` is an ordinary character.
 * A `]` right after `[`, `[!` or `[^` is a member, not the end. An unknown
 * class name such as `[:foo:]` adds no members, and a reversed range such as
 * `z-a` matches nothing.
 */
function parseBracket(pattern: string, start: number): BracketExpression | null {
  const ranges: CodePointRange[] = [];
  let index = start + 1;
  let negated = false;

  if (pattern[index] === '!' || pattern[index] === '^') {
    negated = true;
    index += 1;
  }

  let first = true;
  while (index < pattern.length) {
    if (pattern[index] === ']' && !first) {
      return { ranges, negated, end: index + 1 };
    }
    first = false;

    if (pattern.startsWith('[:', index)) {
      const close = pattern.indexOf(':]', index + 2);
      if (close !== -1) {
        ranges.push(...(POSIX_CLASSES.get(pattern.slice(index + 2, close)) ?? []));
        index = close + 2;
        continue;
      }
    }

    const [low, afterLow] = readCodePoint(pattern, index);
    const isRange = pattern[afterLow] === '-' && afterLow + 1 < pattern.length && pattern[afterLow + 1] !== ']';
    if (isRange) {
      const [high, afterHigh] = readCodePoint(pattern, afterLow + 1);
      if (low <= high) {
        ranges.push([low, high]);
      }
      index = afterHigh;
    } else {
      ranges.push([low, low]);
      index = afterLow;
    }
  }
  return null;
}

function escapeCodePoint(codePoint: number): string {
  return `\\u{${codePoint.toString(16)}}`;
}

function bracketToRegExp(bracket: BracketExpression): string {
  const members = bracket.ranges
    .map(([low, high]) => (low === high ? escapeCodePoint(low) : `${escapeCodePoint(low)}-${escapeCodePoint(high)}`))
    .join('');

  // The lookahead keeps a member range such as [!a] or [+-0] from matching "/".
  if (bracket.negated) {
    return `[^${members}${escapeCodePoint(SLASH)}]`;
  }
  return `(?!/)[${members}]`;
}

/** Compiles a pattern to an anchored regular expression with the `u` flag. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let index = 0;
  let atComponentStart = true;

  while (index < pattern.length) {
    const char = pattern[index];
    const noLeadingDot = atComponentStart ? '(?!\\.)' : '';

    if (char === '*') {
      source += `${noLeadingDot}[^/]*`;
      index += 1;
      atComponentStart = false;
      continue;
    }
    if (char === '?') {
      source += `${noLeadingDot}[^/]`;
      index += 1;
      atComponentStart = false;
      continue;
    }
    if (char === '[') {
      const bracket = parseBracket(pattern, index);
      if (bracket !== null) {
        source += `${noLeadingDot}${bracketToRegExp(bracket)}`;
        index = bracket.end;
        atComponentStart = false;
        continue;
      }
    }

    // A backslash before the last character escapes it. A lone trailing
    // backslash stands for itself.
    const [codePoint, next] = readCodePoint(pattern, index);
    source += escapeCodePoint(codePoint);
    index = next;
    atComponentStart = codePoint === SLASH;
  }

  return new RegExp(`^${source}$`, 'u');
}

/**
 * Returns whether `pattern` contains an unescaped `*`, `?` or a complete
 * bracket expression, that is, whether a shell would try to expand it.
 */
export function isGlobPattern(pattern: string): boolean {
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '*' || char === '?') {
      return true;
    }
    if (char === '[' && parseBracket(pattern, index) !== null) {
      return true;
    }
    index += 1;
  }
  return false;
}

/**
 * Returns the paths that match `pattern`, without duplicates and sorted by
 * UTF-16 code units, as a shell sorts under LC_ALL=C. A backslash makes the
 * next character literal. A pattern matches whole paths, so a relative
 * pattern never matches an absolute path.
 */
export function matchGlob(pattern: string, paths: readonly string[]): string[] {
  const regExp = globToRegExp(pattern);
  const matches = new Set(paths.filter((path) => regExp.test(path)));

  return [...matches].sort();
}
