import { describe, expect, it } from 'vitest';
import { collapseProgress } from './collapse';

const status = (time: string): string => `frame=  12 fps=3.0 q=28.0 size=       0kB time=${time} bitrate=N/A speed=0.1x`;

describe('collapseProgress', () => {
  it('keeps the last status line of a run', () => {
    expect(collapseProgress(['Input #0', status('00:00:01.00'), status('00:00:02.00'), status('00:00:03.00')])).toEqual(['Input #0', status('00:00:03.00')]);
  });

  it('collapses size= lines of audio runs', () => {
    const lines = ['size=      10kB time=00:00:01.00 bitrate= 80.0kbits/s', 'size=      20kB time=00:00:02.00 bitrate= 80.0kbits/s'];
    expect(collapseProgress(lines)).toEqual([lines[1]]);
  });

  it('keeps runs apart around other lines', () => {
    const lines = [status('00:00:01.00'), 'Past duration 0.6 too large', status('00:00:02.00'), status('00:00:03.00')];
    expect(collapseProgress(lines)).toEqual([status('00:00:01.00'), 'Past duration 0.6 too large', status('00:00:03.00')]);
  });

  it('leaves other output alone', () => {
    expect(collapseProgress(['a', 'a', 'b'])).toEqual(['a', 'a', 'b']);
  });
});
