import type { ErrorCode, TaskOperation } from '../../tasks/types';

const ADVICE: Readonly<Record<ErrorCode, string>> = {
  INVALID_DATA: 'A field of the task is invalid; the message names it and what it accepts. Fix that field and run again.',
  INPUT_TASK_FAILED: 'A task this one reads from ended in error, so this one could not start. Fix or retry that task first, then retry this one.',
  COMMAND_FAILED: "The program ran and stopped with an error; the message ends with its last error line. Fix the arguments it complains about. The task's output has the full log.",
  TIMEOUT: 'The command ran longer than its timeout and was stopped. Raise Timeout (seconds) and retry, or make the command do less, such as with a faster preset.',
  CANCELLED: 'The task was cancelled before it finished. Retry runs it again.',
  ENGINE_CRASHED: 'The engine stopped abnormally, most often because it ran out of memory, unless the message names a known cause. Retry with smaller inputs or a lower resolution.',
};

// A URL import that fails ends in INVALID_DATA, the closest code the API has, but no field is wrong.
const URL_IMPORT_ADVICE = 'The file could not be fetched; the message says why. Check the address and the connection, or download the file and drop it here.';

/** Returns what a person can do about a task of `operation` that ended with `code`. */
export function explainError(code: ErrorCode, operation: TaskOperation = 'command'): string {
  if (operation === 'import/url' && code === 'INVALID_DATA') return URL_IMPORT_ADVICE;
  return ADVICE[code];
}
