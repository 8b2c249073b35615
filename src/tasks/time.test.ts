import { describe, expect, it } from 'vitest';
import { isoNow } from './time';

describe('isoNow', () => {
  it('formats with seconds and +00:00', () => {
    expect(isoNow(new Date(Date.UTC(2026, 11, 4, 19, 42, 58, 999)))).toBe('2026-12-04T19:42:58+00:00');
  });

  it('drops milliseconds without rounding up', () => {
    expect(isoNow(new Date('2026-01-01T00:00:59.999Z'))).toBe('2026-01-01T00:00:59+00:00');
  });

  it('defaults to the current time', () => {
    expect(isoNow()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => isoNow(new Date(Number.NaN))).toThrow(RangeError);
  });
});
