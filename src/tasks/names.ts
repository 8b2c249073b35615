import { TaskError } from './errors';

export type TaskNamePrefix = 'import' | 'command';

// ASCII only, because the name becomes a folder in /input/<name>/ and appears
// unquoted in command lines.
const TASK_NAME = /^[A-Za-z0-9_-]+$/;

const ALLOWED_CHARACTERS = 'letters A-Z and a-z, digits 0-9, "-" and "_"';

export function isValidTaskName(name: string): boolean {
  return TASK_NAME.test(name);
}

/**
 * Returns `prefix-N` with N one past the highest number any existing
 * `prefix-<digits>` name uses, so numbers are never reused: with import-1 and
 * import-3 taken, the next is import-4. Numbers too large to count exactly are
 * ignored.
 */
export function nextTaskName(prefix: TaskNamePrefix, existing: readonly string[]): string {
  const numbered = new RegExp(`^${prefix}-(\\d+)$`);
  let highest = 0;

  for (const name of existing) {
    const match = numbered.exec(name);
    const number = match?.[1] === undefined ? Number.NaN : Number(match[1]);
    if (Number.isSafeInteger(number) && number > highest) {
      highest = number;
    }
  }

  return `${prefix}-${highest + 1}`;
}

/**
 * Throws TaskError INVALID_DATA unless `name` is a valid task name that no
 * task in `existing` uses.
 */
export function validateTaskName(name: string, existing: readonly string[]): void {
  if (name === '') {
    throw new TaskError('INVALID_DATA', `Invalid task name: the name is empty. Use ${ALLOWED_CHARACTERS}.`);
  }
  if (!isValidTaskName(name)) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid task name ${JSON.stringify(name)}: a task name may contain only ${ALLOWED_CHARACTERS}.`,
    );
  }
  if (existing.includes(name)) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid task name ${JSON.stringify(name)}: another task already has this name. Choose a different name.`,
    );
  }
}
