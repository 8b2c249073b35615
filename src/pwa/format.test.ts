import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1.0 kB'],
    [33_554_432, '33.6 MB'],
    [153_404, '153 kB'],
    [2_500_000_000, '2.5 GB'],
    [7e15, '7000 TB'],
  ])('%d bytes reads %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('negative count throws', () => {
    expect(() => formatBytes(-1)).toThrow(/-1 as bytes/);
  });
});
