// "/input/<name>" counts only where a path can start: at the start of the
// text, or after whitespace, a quote or one of = : , | ; ( [ as in
// "concat:/input/a/1.ts|/input/a/2.ts". And only "/", whitespace, a quote or
// the end may follow the name. So "/work/input/x/" and "/input/a.b/" are not
// task references.
const INPUT_REFERENCE = /(?<=^|[\s'"=:,|;(\[])\/input\/([A-Za-z0-9_-]+)(?=[/\s'"]|$)/g;

/**
 * Returns the task names that `text` mentions as `/input/<name>/`, each once,
 * in order of first appearance. It reads the raw text without splitting it,
 * so a name mentioned inside quotes counts too.
 */
export function inputNamesFromArguments(text: string): string[] {
  const names = new Set<string>();

  for (const match of text.matchAll(INPUT_REFERENCE)) {
    const name = match[1];
    if (name !== undefined) {
      names.add(name);
    }
  }
  return [...names];
}

/**
 * Returns the `input` field of a payload as an array: empty when the field is
 * absent, and with repeated names kept once, in order of first appearance.
 */
export function normalizeInput(input: string | readonly string[] | undefined): string[] {
  if (input === undefined) {
    return [];
  }
  if (typeof input === 'string') {
    return [input];
  }
  return [...new Set(input)];
}
