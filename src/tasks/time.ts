/**
 * Formats a date as ISO 8601 in UTC with second precision and a `+00:00`
 * offset, such as `2026-12-04T19:42:58+00:00`, the form CloudConvert's API uses.
 * Throws a RangeError for an invalid date, as `Date.prototype.toISOString` does.
 */
export function isoNow(date: Date = new Date()): string {
  const iso = date.toISOString();
  const secondsEnd = iso.indexOf('.');

  return `${iso.slice(0, secondsEnd)}+00:00`;
}
