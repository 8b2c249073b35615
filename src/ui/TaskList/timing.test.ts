import { describe, expect, it } from 'vitest';
import { createCommandTask, failTask, setProgress, startTask } from '../../tasks/task';
import { elapsedSeconds, remainingSeconds } from './timing';

const START = new Date('2026-12-04T19:42:58Z');
const payload = { operation: 'command', engine: 'ffmpeg', command: 'ffmpeg', arguments: '' };
const running = (percent: number, engine: unknown = 'ffmpeg') =>
  setProgress(startTask(createCommandTask('command-1', { ...payload, engine }, {}, START), '5.1.4', START), percent);
const at = (seconds: number): number => START.getTime() + seconds * 1000;

describe('elapsedSeconds', () => {
  it('is null before the start', () => {
    expect(elapsedSeconds(createCommandTask('command-1', payload, {}, START), at(5))).toBeNull();
  });

  it('counts to now while running', () => {
    expect(elapsedSeconds(running(10), at(12))).toBe(12);
  });

  it('stops at the end', () => {
    const ended = failTask(running(10), 'CANCELLED', 'cancelled', undefined, new Date(at(30)));
    expect(elapsedSeconds(ended, at(100))).toBe(30);
  });
});

describe('remainingSeconds', () => {
  it('scales elapsed time by percent', () => {
    expect(remainingSeconds(running(25), at(10))).toBe(30);
  });

  it('is null without progress', () => {
    expect(remainingSeconds(running(0), at(10))).toBeNull();
  });

  it('is null for other engines', () => {
    expect(remainingSeconds(running(50, 'imagemagick'), at(10))).toBeNull();
  });

  it('is null for an ended task', () => {
    expect(remainingSeconds(failTask(running(50), 'TIMEOUT', 'timeout'), at(10))).toBeNull();
  });
});
