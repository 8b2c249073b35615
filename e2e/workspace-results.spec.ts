import type { Page } from '@playwright/test';
import { addFiles, expectStatus, runCommand, SAMPLE_IMAGE, SAMPLE_VIDEO, selectTask, taskRow } from './support/app';
import { expect, test } from './support/fixtures';
import { dropFiles, zipPaths } from './support/workspace';

async function openWith(page: Page, file: string): Promise<void> {
  await page.goto('/');
  await addFiles(page, file);
  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
}

test('live output collapses progress lines', async ({ page }) => {
  await openWith(page, SAMPLE_VIDEO);
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v libx264 -preset veryslow -an /output/slow.mp4' });

  const output = page.getByTestId('task-output');
  await expect(page.getByRole('heading', { name: 'Output (live)' })).toBeVisible({ timeout: 60_000 });
  await expect(output).toContainText('frame=', { timeout: 60_000 });
  await expect(output).toContainText(/time=00:00:0[1-9]/, { timeout: 60_000 });
  const text = (await output.textContent()) ?? '';
  expect(text.split('\n').filter((line) => /^\s*frame=/.test(line))).toHaveLength(1);

  const row = taskRow(page, 'command-1');
  await expect(row.locator('.timing')).toContainText(/\d+:\d\d · ~\d+:\d\d left/);
  await expectStatus(page, 'command-1', 'finished');
  await expect(page.getByRole('heading', { name: 'Output', exact: true })).toBeVisible();
});

test('image task shows before and after', async ({ page }) => {
  await openWith(page, SAMPLE_IMAGE);
  await runCommand(page, { args: '-i /input/import-1/sample.png -vf scale=160:-1 /output/small.png' });
  await expectStatus(page, 'command-1', 'finished');

  const compare = page.getByRole('region', { name: 'Before and after' });
  const before = compare.getByRole('img', { name: 'Before: /input/import-1/sample.png' });
  const after = compare.getByRole('img', { name: 'After: /output/small.png' });
  await expect(before).toHaveJSProperty('naturalWidth', 320);
  await expect(after).toHaveJSProperty('naturalWidth', 160);
  await expect(compare).toContainText('160×120 px');
});

test('video, audio and text results preview inline', async ({ page }) => {
  await openWith(page, SAMPLE_VIDEO);
  await runCommand(page, {
    args: '-i /input/import-1/sample.mp4 -t 1 -c:v libx264 -preset ultrafast -an /output/clip.mp4 -t 1 -vn /output/sound.wav -f ffmetadata /output/meta.txt',
  });
  await expectStatus(page, 'command-1', 'finished');

  const video = page.getByLabel('Preview of clip.mp4');
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.duration), { timeout: 10_000 }).toBeCloseTo(1, 0);
  const audio = page.getByLabel('Preview of sound.wav');
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.duration), { timeout: 10_000 }).toBeCloseTo(1, 0);
  await expect(page.getByLabel('Preview of meta.txt')).toContainText(';FFMETADATA1');
});

test('task and session download as ZIP', async ({ page }) => {
  await openWith(page, SAMPLE_VIDEO);
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -vf fps=1 /output/frames/%02d.png' });
  await expectStatus(page, 'command-1', 'finished');

  const [taskZip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all files of command-1 (ZIP)' }).click()]);
  expect(taskZip.suggestedFilename()).toBe('command-1.zip');
  const taskPaths = zipPaths(await taskZip.path());
  expect(taskPaths.length).toBeGreaterThanOrEqual(5);
  expect(taskPaths[0]).toBe('frames/01.png');

  const [sessionZip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download all \d+ files \(ZIP\)$/ }).click()]);
  const sessionPaths = zipPaths(await sessionZip.path());
  expect(sessionPaths).toContain('import-1/sample.mp4');
  expect(sessionPaths).toContain('command-1/frames/01.png');
});

test('JSON files preview formatted', async ({ page }) => {
  await page.goto('/');
  const json = { format: { duration: '5.0' }, streams: [1, 2] };
  await dropFiles(page, [{ name: 'probe.json', type: 'application/json', base64: Buffer.from(JSON.stringify(json)).toString('base64') }]);
  await selectTask(page, 'import-1');

  await expect(page.getByLabel('Preview of probe.json')).toHaveText(JSON.stringify(json, null, 2));
});
