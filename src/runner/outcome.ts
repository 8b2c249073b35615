import type { ErrorCode } from '../tasks/types';

/** One line of console output, in the order the engine wrote it. */
export interface LogLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** ffmpeg's periodic status line, which is progress and never the error. */
export const FFMPEG_STATUS_LINE = /^\s*(frame|size)=\s*\S+.*\btime=/;

/** Returns the last stderr line that is not blank or a progress line, or null. */
export function lastErrorLine(lines: readonly LogLine[]): string | null {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index];
    if (line === undefined || line.stream !== 'stderr') continue;
    const text = line.text.trim();
    if (text !== '' && !FFMPEG_STATUS_LINE.test(text)) return text;
  }
  return null;
}

/** Joins captured lines into `result.output`, each ending with a newline. */
export function joinOutput(lines: readonly LogLine[]): string {
  return lines.map((line) => `${line.text}\n`).join('');
}

export interface Failure {
  readonly code: ErrorCode;
  readonly message: string;
}

/** Describes a non-zero exit: the exit code and the program's last error line. */
export function commandFailure(program: string, exitCode: number, lines: readonly LogLine[]): Failure {
  const detail = lastErrorLine(lines);
  const suffix = detail === null ? ' and printed no error message.' : `: ${detail}`;
  return { code: 'COMMAND_FAILED', message: `${program} exited with code ${exitCode}${suffix}` };
}

export function timeoutFailure(timeoutSeconds: number): Failure {
  return {
    code: 'TIMEOUT',
    message: `The command did not finish within the timeout of ${timeoutSeconds} seconds, so the engine was stopped. Raise "timeout" to allow more time.`,
  };
}

export function cancelledFailure(): Failure {
  return { code: 'CANCELLED', message: 'The task was cancelled, so the engine was stopped.' };
}

export function crashFailure(program: string, report: string): Failure {
  return { code: 'ENGINE_CRASHED', message: `The ${program} engine crashed: ${report}` };
}
