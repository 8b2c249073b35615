import { describe, expect, it } from 'vitest';
import { outputLimitSeconds, parseDurationLine, parseTimeValue, ProgressTracker } from './progress';

describe('parseDurationLine', () => {
  it('reads the input summary line', () => {
    expect(parseDurationLine('  Duration: 00:01:05.50, start: 0.000000, bitrate: 245 kb/s')).toBe(65.5);
  });

  it('returns null for N/A', () => {
    expect(parseDurationLine('  Duration: N/A, bitrate: N/A')).toBeNull();
  });

  it('returns null for other lines', () => {
    expect(parseDurationLine('frame=  10 fps=0.0 q=0.0 size=0kB time=00:00:01.00')).toBeNull();
  });
});

describe('parseTimeValue', () => {
  it.each([
    ['2', 2],
    ['1.5', 1.5],
    ['01:30', 90],
    ['01:00:02.5', 3602.5],
  ])('parses %s', (text, seconds) => {
    expect(parseTimeValue(text)).toBe(seconds);
  });

  it('rejects a word', () => {
    expect(parseTimeValue('ten')).toBeNull();
  });
});

describe('outputLimitSeconds', () => {
  it('reads -t', () => {
    expect(outputLimitSeconds(['-i', 'a.mp4', '-t', '3', 'b.mp4'])).toBe(3);
  });

  it('takes the smallest of several -t', () => {
    expect(outputLimitSeconds(['-t', '10', '-i', 'a.mp4', '-t', '4', 'b.mp4'])).toBe(4);
  });

  it('is null without -t', () => {
    expect(outputLimitSeconds(['-i', 'a.mp4', 'b.mp4'])).toBeNull();
  });
});

describe('ProgressTracker', () => {
  it('is unknown before a duration is seen', () => {
    expect(new ProgressTracker([]).percentFor(3)).toBeNull();
  });

  it('divides output time by input duration', () => {
    const tracker = new ProgressTracker([]);
    tracker.observeLine('  Duration: 00:00:10.00, start: 0.000000');
    expect(tracker.percentFor(2.5)).toBe(25);
  });

  it('caps at 100', () => {
    const tracker = new ProgressTracker([]);
    tracker.observeLine('  Duration: 00:00:10.00, start: 0.000000');
    expect(tracker.percentFor(12)).toBe(100);
  });

  it('never goes below 0', () => {
    const tracker = new ProgressTracker([]);
    tracker.observeLine('  Duration: 00:00:10.00, start: 0.000000');
    expect(tracker.percentFor(-4)).toBe(0);
  });

  it('uses -t when shorter than the input', () => {
    const tracker = new ProgressTracker(['-i', 'a.mp4', '-t', '2', 'b.mp4']);
    tracker.observeLine('  Duration: 00:00:10.00, start: 0.000000');
    expect(tracker.percentFor(1)).toBe(50);
  });

  it('keeps the first input duration', () => {
    const tracker = new ProgressTracker([]);
    tracker.observeLine('  Duration: 00:00:10.00, start: 0.000000');
    tracker.observeLine('  Duration: 00:00:40.00, start: 0.000000');
    expect(tracker.percentFor(5)).toBe(50);
  });
});
