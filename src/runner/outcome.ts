import { CRASHING_ENCODERS } from '../engines/ffmpeg/known-crashes';
import type { ErrorCode } from '../tasks/types';

/** One line of console output, in the order the engine wrote it. */
export interface LogLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** ffmpeg's periodic status line, which is progress and never the error. */
export const FFMPEG_STATUS_LINE = /^\s*(frame|size)=\s*\S+.*\btime=/;

/**
 * Summary lines ffmpeg 5.1 prints after the line that names the cause, such
 * as "Unrecognized option 'prset'." before "Error splitting the argument
 * list: Option not found".
 */
const FFMPEG_SUMMARY_LINE = /^(Conversion failed!|Error splitting the argument list: |Error opening output files: |Error opening input files: )/;

/** Returns the stderr lines that are not blank or progress lines, trimmed, in order. */
function errorLines(lines: readonly LogLine[]): string[] {
  return lines
    .filter((line) => line.stream === 'stderr')
    .map((line) => line.text.trim())
    .filter((text) => text !== '' && !FFMPEG_STATUS_LINE.test(text));
}

/**
 * Returns the program's last error line, or null. When that line is one of
 * ffmpeg's summaries, the line before it, which names the cause, comes first.
 */
export function lastErrorLine(lines: readonly LogLine[]): string | null {
  const errors = errorLines(lines);
  const last = errors.at(-1);
  if (last === undefined) return null;
  const cause = errors.at(-2);
  if (FFMPEG_SUMMARY_LINE.test(last) && cause !== undefined) return `${cause} ${last}`;
  return last;
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

/** Describes an engine that aborted, with a known cause when the arguments name one. */
export function crashFailure(program: string, report: string, args: readonly string[] = []): Failure {
  const known = CRASHING_ENCODERS.find(({ encoder }) => args.includes(encoder));
  const sentence = report.endsWith('.') ? report : `${report}.`;
  const hint = known === undefined ? '' : ` ${known.advice}`;
  return { code: 'ENGINE_CRASHED', message: `The ${program} engine crashed: ${sentence}${hint}` };
}
