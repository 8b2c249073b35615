import { describe, expect, it } from 'vitest';
import { lintArguments, type LintContext } from './lint';

const context: LintContext = {
  engine: 'ffmpeg',
  command: 'ffmpeg',
  inputNames: ['import-1'],
  tasks: [
    { name: 'import-1', status: 'finished', files: ['sample.mp4', 'frames/01.png', 'frames/02.png'] },
    { name: 'command-1', status: 'waiting', files: [] },
    { name: 'broken', status: 'error', files: [] },
  ],
};

const messages = (text: string, overrides: Partial<LintContext> = {}): string[] =>
  lintArguments(text, { ...context, ...overrides }).map((warning) => warning.message);

describe('lintArguments', () => {
  it('accepts a valid command', () => {
    expect(messages('-i /input/import-1/sample.mp4 -c:v libx264 /output/out.mp4')).toEqual([]);
  });

  it('ignores empty text', () => {
    expect(messages('   ')).toEqual([]);
  });

  it('reports an unbalanced double quote', () => {
    expect(messages('-i /input/import-1/sample.mp4 -vf "scale=2:2 /output/o.mp4')[0]).toMatch(/unterminated double quote at position 35/);
  });

  it('reports an unbalanced single quote', () => {
    expect(messages("-i '/input/import-1/sample.mp4 /output/o.mp4")[0]).toMatch(/unterminated single quote/);
  });

  it('reports a pipe', () => {
    expect(messages('-i /input/import-1/sample.mp4 -f null - | cat')[0]).toMatch(/"\|" at position 41 is a pipe/);
  });

  it('reports a variable', () => {
    expect(messages('-i $FILE /output/o.mp4')[0]).toMatch(/"\$FILE" .* variable expansion/);
  });

  it('tags syntax problems', () => {
    expect(lintArguments('a > b', context)[0]?.kind).toBe('syntax');
  });

  it('reports an unknown task', () => {
    expect(messages('-i /input/import-9/a.mp4 /output/o.mp4', { inputNames: ['import-9'] })).toEqual([
      'No task is named "import-9", so /input/import-9/ does not exist. Tasks: import-1, command-1, broken.',
    ]);
  });

  it('says when there are no tasks', () => {
    expect(messages('-i /input/import-1/a.mp4 /output/o.mp4', { tasks: [] })[0]).toMatch(/no tasks yet/);
  });

  it('reports a task missing from Input tasks', () => {
    expect(messages('-i /input/import-1/sample.mp4 /output/o.mp4', { inputNames: [] })[0]).toMatch(/"import-1" is not in Input tasks/);
  });

  it('reports an input task that failed', () => {
    expect(messages('-i /input/broken/a.mp4 /output/o.mp4', { inputNames: ['broken'] })).toEqual([
      'The task "broken" ended in error, so this command will end in INPUT_TASK_FAILED.',
    ]);
  });

  it('reports a missing input file', () => {
    expect(messages('-i /input/import-1/clip.mp4 /output/o.mp4')).toEqual([
      '"/input/import-1/clip.mp4" does not exist. Files of "import-1": sample.mp4, frames/01.png, frames/02.png.',
    ]);
  });

  it('accepts a folder of an input', () => {
    expect(messages('-i /input/import-1/frames/ /output/o.mp4')).toEqual([]);
  });

  it('accepts a matching unquoted glob', () => {
    expect(messages('/input/import-1/frames/*.png /output/o.gif', { engine: 'imagemagick', command: 'convert' })).toEqual([]);
  });

  it('accepts a matching quoted glob', () => {
    expect(messages("-pattern_type glob -i '/input/import-1/frames/*.png' /output/o.mp4")).toEqual([]);
  });

  it('reports a glob without matches', () => {
    expect(messages("-pattern_type glob -i '/input/import-1/*.jpg' /output/o.mp4")[0]).toMatch(/"\/input\/import-1\/\*\.jpg" matches no file/);
  });

  it('skips image sequence patterns', () => {
    expect(messages('-i /input/import-1/frames/%02d.png /output/o.mp4')).toEqual([]);
  });

  it('skips files of unfinished tasks', () => {
    expect(messages('-i /input/command-1/out.mp4 /output/o.mp4', { inputNames: ['command-1'] })).toEqual([]);
  });

  it('lists at most five files', () => {
    const files = ['1', '2', '3', '4', '5', '6', '7'].map((name) => `${name}.png`);
    const tasks = [{ name: 'import-1', status: 'finished' as const, files }];
    expect(messages('-i /input/import-1/x.png /output/o.png', { tasks })[0]).toMatch(/1\.png, 2\.png, 3\.png, 4\.png, 5\.png and 2 more\.$/);
  });

  it('reports a relative output', () => {
    expect(messages('-i /input/import-1/sample.mp4 out.mp4')).toEqual([
      'The output "out.mp4" is not under /output/, so it will not become a result file. Write it as /output/out.mp4.',
    ]);
  });

  it('reports an absolute path outside', () => {
    expect(messages('-i /input/import-1/sample.mp4 /tmp/out.mp4')[0]).toMatch(/"\/tmp\/out\.mp4" is outside \/input\/ and \/output\//);
  });

  it('reports an output that climbs out', () => {
    expect(messages('-i /input/import-1/sample.mp4 /output/../out.mp4')[0]).toMatch(/is outside/);
  });

  it('accepts standard output', () => {
    expect(messages('-i /input/import-1/sample.mp4 -f null -')).toEqual([]);
  });

  it('accepts an ImageMagick format prefix', () => {
    expect(messages('/input/import-1/frames/01.png png8:/output/o.png', { engine: 'imagemagick', command: 'convert' })).toEqual([]);
  });

  it('accepts ImageMagick info:', () => {
    expect(messages('/input/import-1/frames/01.png info:', { engine: 'imagemagick', command: 'convert' })).toEqual([]);
  });

  it('skips the output check for ffprobe', () => {
    expect(messages('-show_format /input/import-1/sample.mp4', { command: 'ffprobe' })).toEqual([]);
  });

  it('checks the output of gm convert', () => {
    expect(messages('convert /input/import-1/frames/01.png out.jpg', { engine: 'graphicsmagick', command: 'gm' })[0]).toMatch(/"out\.jpg" is not under \/output\//);
  });

  it('skips the output check for gm identify', () => {
    expect(messages('identify /input/import-1/frames/01.png', { engine: 'graphicsmagick', command: 'gm' })).toEqual([]);
  });

  it('reports mogrify without -path', () => {
    expect(messages('-resize 50% /input/import-1/frames/01.png', { engine: 'imagemagick', command: 'mogrify' })[0]).toMatch(/Add -path \/output\//);
  });

  it('accepts mogrify with -path /output', () => {
    expect(messages('-path /output -resize 50% /input/import-1/frames/01.png', { engine: 'imagemagick', command: 'mogrify' })).toEqual([]);
  });

  it('warns about an image format the engines cannot write', () => {
    expect(messages('/input/import-1/a.png /output/x.heic', { engine: 'imagemagick', command: 'convert' })).toContain(
      '"/output/x.heic": this build cannot write HEIC, so the file would hold the input\'s format under that name. Use png, jpg, webp, tif, gif or bmp.',
    );
  });

  it('accepts a writable image format', () => {
    expect(messages('/input/import-1/sample.mp4 /output/x.webp', { engine: 'graphicsmagick', command: 'gm' }).filter((message) => message.includes('cannot write'))).toEqual([]);
  });

  it('warns about libvpx-vp9 for ffmpeg', () => {
    expect(messages('-i /input/import-1/sample.mp4 -c:v libvpx-vp9 /output/out.webm')).toEqual([
      'libvpx-vp9 crashes in this ffmpeg build (@ffmpeg/core 0.12.10). Use -c:v libvpx (VP8) for WebM.',
    ]);
  });
});
