const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'] as const;

/** Formats a byte count with decimal (SI) units, as browsers show storage: 1 MB is 1,000,000 bytes. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Cannot format ${bytes} as bytes; expected a finite number of at least 0.`);
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
