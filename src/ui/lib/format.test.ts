import { describe, expect, it } from 'vitest';
import { describeDuration, formatBytes, formatDuration } from './format';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [2_996_796, '3.0 MB'],
    [45_200, '45 kB'],
    [1_500_000_000, '1.5 GB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [7.4, '0:07'],
    [725, '12:05'],
    [3723, '1:02:03'],
    [-5, '0:00'],
  ])('formats %d seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('describeDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [3723, '1 hour 2 minutes 3 seconds'],
    [120, '2 minutes'],
  ])('spells %d seconds as %s', (seconds, text) => {
    expect(describeDuration(seconds)).toBe(text);
  });
});
