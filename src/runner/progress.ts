/**
 * Percent of an ffmpeg run, from the log lines and progress events it emits.
 * ffmpeg prints `Duration: HH:MM:SS.cc` for each input and reports the time
 * of output written so far; the percent is their ratio.
 */

const DURATION_PATTERN = /^\s*Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/;

/** Returns the seconds of a `Duration:` line of ffmpeg's input summary, or null. */
export function parseDurationLine(line: string): number | null {
  const match = DURATION_PATTERN.exec(line);
  if (match === null) return null;
  const [, hours, minutes, seconds] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/**
 * Parses an ffmpeg time value: seconds (`1.5`), `MM:SS` or `HH:MM:SS[.ms]`.
 * Returns null for anything else.
 */
export function parseTimeValue(text: string): number | null {
  if (!/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(text)) return null;
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** Returns the output length limit set by `-t` in ffmpeg's arguments, in seconds, or null. */
export function outputLimitSeconds(args: readonly string[]): number | null {
  let limit: number | null = null;
  args.forEach((arg, index) => {
    const next = args[index + 1];
    // `-t` before `-i` limits an input; after the last `-i` it limits the output. Both cap the output.
    if (arg === '-t' && next !== undefined) {
      const seconds = parseTimeValue(next);
      if (seconds !== null && seconds > 0) limit = limit === null ? seconds : Math.min(limit, seconds);
    }
  });
  return limit;
}

/** Tracks the expected output length and turns output time into a percent. */
export class ProgressTracker {
  private expectedSeconds: number | null;

  constructor(args: readonly string[]) {
    this.expectedSeconds = outputLimitSeconds(args);
  }

  /** Reads a log line; the first input's duration sets the length unless `-t` is shorter. */
  observeLine(line: string): void {
    const duration = parseDurationLine(line);
    if (duration === null || duration <= 0) return;
    if (this.sawDuration) return;
    this.sawDuration = true;
    this.expectedSeconds = this.expectedSeconds === null ? duration : Math.min(this.expectedSeconds, duration);
  }

  /** Returns the percent for `outputSeconds`, from 0 to 100, or null while the length is unknown. */
  percentFor(outputSeconds: number): number | null {
    if (this.expectedSeconds === null || !Number.isFinite(outputSeconds)) return null;
    const percent = Math.floor((outputSeconds / this.expectedSeconds) * 100);
    return Math.min(100, Math.max(0, percent));
  }

  private sawDuration = false;
}
