import { describe, expect, it } from 'vitest';
import { createCommandTask, createImportTask } from '../tasks/task';
import { availableFiles } from './files';

const clip = createImportTask('import-1', [{ filename: 'clip.mp4', size: 3 }]);
const photo = createImportTask('import-2', [{ filename: 'photo.png', size: 3 }]);
const command = createCommandTask('command-1', { operation: 'command' }, {});

const blob = (type: string): Blob => new Blob(['abc'], { type });

describe('availableFiles', () => {
  it('lists import files in task order', () => {
    const files = { [clip.id]: [{ filename: 'clip.mp4', data: blob('video/mp4') }], [photo.id]: [{ filename: 'photo.png', data: blob('image/png') }] };
    expect(availableFiles([clip, photo], files)).toEqual([
      { taskName: 'import-1', filename: 'clip.mp4', type: 'video/mp4' },
      { taskName: 'import-2', filename: 'photo.png', type: 'image/png' },
    ]);
  });

  it('leaves out command outputs', () => {
    const files = { [command.id]: [{ filename: 'out.mp4', data: blob('video/mp4') }] };
    expect(availableFiles([command], files)).toEqual([]);
  });

  it('keeps the sub-folder in the filename', () => {
    const files = { [clip.id]: [{ filename: 'a.png', dir: 'shots', data: blob('image/png') }] };
    expect(availableFiles([clip], files)[0]?.filename).toBe('shots/a.png');
  });

  it('skips a task without stored files', () => {
    expect(availableFiles([clip], {})).toEqual([]);
  });
});
