import { describe, expect, it } from 'vitest';
import { createCommandTask, createImportTask, failTask, setProgress, startTask } from '../../tasks/task';
import { statusAnnouncements } from './announce';

const waiting = createCommandTask('command-1', { engine: 'ffmpeg' }, {});
const running = startTask(waiting, '5.1.4');

describe('statusAnnouncements', () => {
  it('announces a new task', () => {
    expect(statusAnnouncements([], [createImportTask('import-1', [{ filename: 'a.png', size: 1 }])])).toEqual(['import-1 finished with 1 file.']);
  });

  it('announces a start', () => {
    expect(statusAnnouncements([waiting], [running])).toEqual(['command-1 is running.']);
  });

  it('skips percent changes', () => {
    expect(statusAnnouncements([running], [setProgress(running, 40)])).toEqual([]);
  });

  it('announces an error with its code', () => {
    expect(statusAnnouncements([running], [failTask(running, 'TIMEOUT', 'Too slow.')])).toEqual(['command-1 failed: TIMEOUT. Too slow.']);
  });
});
