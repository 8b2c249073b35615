import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../../runner/files';
import { createCommandTask, finishTask, startTask } from '../../tasks/task';
import { beforeAfterPair } from './pair';

const stored = (filename: string): StoredFile => ({ filename, data: new Blob(['x']) });

function finished(args: string, dependsOn: Record<string, string>) {
  const task = createCommandTask('command-1', { engine: 'imagemagick', command: 'convert', arguments: args }, dependsOn);
  return finishTask(startTask(task, '7'), { files: [] });
}

const files = {
  in1: [stored('clip.mp4'), stored('a.png')],
  in2: [stored('b.jpg')],
  out: [stored('log.txt'), stored('result.webp')],
};

describe('beforeAfterPair', () => {
  it('pairs the first named input image with the output image', () => {
    const task = finished('/input/import-2/b.jpg /input/import-1/a.png +append /output/result.webp', { 'import-1': 'in1', 'import-2': 'in2' });
    const pair = beforeAfterPair(task, { ...files, [task.id]: files.out });

    expect(pair?.before.path).toBe('/input/import-2/b.jpg');
    expect(pair?.after.path).toBe('/output/result.webp');
  });

  it('falls back to the first input image', () => {
    const task = finished("'/input/import-1/*.png' /output/result.webp", { 'import-1': 'in1' });
    expect(beforeAfterPair(task, { ...files, [task.id]: files.out })?.before.path).toBe('/input/import-1/a.png');
  });

  it('needs an output image', () => {
    const task = finished('/input/import-1/a.png /output/log.txt', { 'import-1': 'in1' });
    expect(beforeAfterPair(task, { ...files, [task.id]: [stored('log.txt')] })).toBeNull();
  });

  it('needs an input image', () => {
    const task = finished('-i /input/import-1/clip.mp4 /output/result.webp', { 'import-1': 'in1' });
    expect(beforeAfterPair(task, { in1: [stored('clip.mp4')], [task.id]: files.out })).toBeNull();
  });

  it('ignores unfinished tasks', () => {
    const task = createCommandTask('command-1', { arguments: '' }, { 'import-1': 'in1' });
    expect(beforeAfterPair(task, { ...files, [task.id]: files.out })).toBeNull();
  });
});
