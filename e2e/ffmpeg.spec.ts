import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addFiles, download, expectStatus, runCommand, SAMPLE_IMAGE, SAMPLE_VIDEO, selectTask, taskJson, taskRow } from './support/app';
import { readMp4 } from './support/mp4';

/** A clip long enough that encoding it takes far longer than the tests' timeouts. */
const LONG_ENCODE = '-f lavfi -i testsrc2=size=1280x720:rate=30 -t 900 -c:v libx264 -preset veryslow /output/long.mp4';

async function openWithVideo(page: Page): Promise<void> {
  await page.goto('/');
  await addFiles(page, SAMPLE_VIDEO);
  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
}

test('ffmpeg transcodes a picked file to a downloadable MP4', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v libx264 -preset ultrafast -c:a copy /output/out.mp4' });
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const { download: file, bytes } = await download(page, 'out.mp4');
  expect(file.suggestedFilename()).toBe('out.mp4');
  const info = readMp4(bytes);
  expect(Math.abs(info.durationSeconds - 5)).toBeLessThanOrEqual(0.1);
  expect(info.tracks.map((track) => track.handler).sort()).toEqual(['soun', 'vide']);
  expect(info.tracks.find((track) => track.handler === 'vide')).toMatchObject({ width: 320, height: 240 });

  const json = await taskJson(page);
  expect(json['status']).toBe('finished');
  expect(json['engine_version']).toBe('5.1.4');
  expect(json['depends_on_tasks']).toHaveProperty('import-1');
  expect(json['result']).toMatchObject({ files: [{ filename: 'out.mp4', size: bytes.byteLength }] });
});

test('ffprobe output parses as JSON with duration and codecs', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, {
    command: 'ffprobe',
    args: '-v error -print_format json -show_format -show_streams /input/import-1/sample.mp4',
    captureOutput: true,
  });
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const result = (await taskJson(page))['result'] as { output: string };
  const probe = JSON.parse(result.output) as { format: { duration: string }; streams: Array<{ codec_name: string }> };
  expect(Number(probe.format.duration)).toBeCloseTo(5, 1);
  expect(probe.streams.map((stream) => stream.codec_name).sort()).toEqual(['aac', 'h264']);
});

test('two input tasks feed one overlay', async ({ page }) => {
  await openWithVideo(page);
  await addFiles(page, SAMPLE_IMAGE);
  await expect(taskRow(page, 'import-2').getByTestId('task-status')).toHaveText('finished');

  await runCommand(page, {
    args: '-i /input/import-1/sample.mp4 -i /input/import-2/sample.png -filter_complex "[1:v]scale=80:-2[logo];[0:v][logo]overlay=10:10" -t 2 -c:v libx264 -preset ultrafast -an /output/overlay.mp4',
  });
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  expect((await taskJson(page))['payload']).toMatchObject({ input: ['import-1', 'import-2'] });
  const info = readMp4((await download(page, 'overlay.mp4')).bytes);
  expect(Math.abs(info.durationSeconds - 2)).toBeLessThanOrEqual(0.1);
  expect(info.tracks.map((track) => track.handler)).toEqual(['vide']);
});

test('outputs in sub-folders keep their dir', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -vf fps=1 /output/frames/%02d.png' });
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const files = ((await taskJson(page))['result'] as { files: Array<{ filename: string; dir?: string }> }).files;
  expect(files.length).toBeGreaterThanOrEqual(5);
  expect(files[0]).toMatchObject({ filename: '01.png', dir: 'frames' });
});

test('unknown encoder ends in COMMAND_FAILED', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v nosuchencoder /output/x.mp4' });
  await expectStatus(page, 'command-1', 'error');

  const error = taskRow(page, 'command-1').getByTestId('task-error');
  await expect(error).toContainText('COMMAND_FAILED');
  await expect(error).toContainText("ffmpeg exited with code 1: Unknown encoder 'nosuchencoder'");
});

test('timeout stops a long encode and the next task runs', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: LONG_ENCODE, timeout: '2' });
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 1 -vn /output/audio.wav', timeout: '60' });

  await expectStatus(page, 'command-1', 'error');
  const error = taskRow(page, 'command-1').getByTestId('task-error');
  await expect(error).toContainText('TIMEOUT');
  await expect(error).toContainText('2 seconds');
  await expectStatus(page, 'command-2', 'finished');
});

test('cancel stops a running encode and the next task runs', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: LONG_ENCODE });
  await expect(taskRow(page, 'command-1').getByTestId('task-status')).toHaveText('processing');
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 1 -vn /output/audio.wav' });
  await taskRow(page, 'command-1').getByRole('button', { name: 'Cancel command-1' }).click();

  await expectStatus(page, 'command-1', 'error');
  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText('CANCELLED');
  await expectStatus(page, 'command-2', 'finished');
});

test('progress rises while ffmpeg encodes', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v libx264 -preset veryslow -an /output/slow.mp4' });
  const progress = taskRow(page, 'command-1').getByRole('progressbar');
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
  await expectStatus(page, 'command-1', 'finished');
  await expect(progress).toHaveAttribute('value', '100');
});

test('engine crash ends in ENGINE_CRASHED and the next task runs', async ({ page }) => {
  await openWithVideo(page);

  // libvpx-vp9 aborts with "memory access out of bounds" in @ffmpeg/core 0.12.10.
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 1 -c:v libvpx-vp9 /output/out.webm' });
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 1 -vn /output/audio.wav' });
  await expectStatus(page, 'command-1', 'error');

  const error = taskRow(page, 'command-1').getByTestId('task-error');
  await expect(error).toContainText('ENGINE_CRASHED');
  await expect(error).toContainText('Use -c:v libvpx (VP8) for WebM');
  await expectStatus(page, 'command-2', 'finished');
});

test('output outside /output/ finishes with a note', async ({ page }) => {
  await openWithVideo(page);

  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 1 -vn /tmp/audio.wav' });
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  await expect(page.getByTestId('no-files')).toHaveText('The command wrote no files to /output/. Only files written there become results.');
  expect(((await taskJson(page))['result'] as { files: unknown[] }).files).toEqual([]);
});

test('renamed import task mounts under its new name', async ({ page }) => {
  await openWithVideo(page);

  await page.getByRole('button', { name: 'Rename import-1' }).click();
  await page.getByLabel('New name for import-1').fill('my clip');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('alert')).toContainText('"my clip"');
  await page.getByLabel('New name for import-1').fill('clip_a');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(taskRow(page, 'clip_a').getByTestId('task-status')).toHaveText('finished');

  await runCommand(page, { args: '-i /input/clip_a/sample.mp4 -t 1 -vn /output/audio.wav' });
  await expectStatus(page, 'command-1', 'finished');
  await selectTask(page, 'command-1');
  expect((await taskJson(page))['depends_on_tasks']).toHaveProperty('clip_a');
});
