import { FFMPEG_STATUS_LINE } from '../../runner/outcome';

/**
 * Returns the lines to show for a console log: each run of ffmpeg status
 * lines (`frame=... time=...`, `size=... time=...`) becomes its last line, so
 * the progress reads as one line that updates in place.
 */
export function collapseProgress(lines: readonly string[]): string[] {
  const shown: string[] = [];
  let previousWasStatus = false;

  for (const line of lines) {
    const isStatus = FFMPEG_STATUS_LINE.test(line);
    if (isStatus && previousWasStatus) {
      shown[shown.length - 1] = line;
    } else {
      shown.push(line);
    }
    previousWasStatus = isStatus;
  }
  return shown;
}
