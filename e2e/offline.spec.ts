import type { BrowserContext, Page } from '@playwright/test';
import { imageSize } from 'image-size';
import { download, expectStatus, runCommand, selectTask, taskRow } from './support/app';
import { expect, test } from './support/fixtures';
import { readMp4 } from './support/mp4';

/**
 * Loads the app once online, waits until the service worker controls the
 * page with its precache complete, then cuts the network and reloads.
 * Returns the engine files the build does not contain (from the page's
 * offline status), so a test can skip an engine that is not built yet.
 */
async function openOffline(page: Page, context: BrowserContext): Promise<string> {
  const status = page.getByTestId('offline-status');
  await page.goto('/');
  // "incomplete" with nothing uncached means only files absent from the build are missing.
  await expect(status).toHaveAttribute('data-state', /^(ready|incomplete)$/, { timeout: 60_000 });
  await expect(status).toHaveAttribute('data-uncached', '');
  // The precache alone contains more than 30 MB, so the estimate must show megabytes at least.
  await expect(page.getByTestId('storage-usage')).toHaveText(/^Storage: [\d.]+ (MB|GB) used of [\d.]+ (MB|GB|TB) available/);
  const unlisted = (await status.getAttribute('data-unlisted')) ?? '';

  await context.setOffline(true);
  await page.reload();

  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(status).toHaveAttribute('data-state', /^(ready|incomplete)$/);
  await expect(status).toHaveAttribute('data-uncached', '');
  // A same-origin file outside the precache must fail, or the network was not cut.
  const probe = await page.evaluate(() => fetch('/not-precached.txt').then((response) => `HTTP ${response.status}`, () => 'failed'));
  expect(probe).toBe('failed');
  return unlisted;
}

async function addSample(page: Page, label: 'video' | 'image'): Promise<void> {
  await page.getByRole('button', { name: `Add sample ${label}` }).click();
  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
}

test.describe('offline after one visit', () => {
  test('ffmpeg encodes an MP4', async ({ page, context }) => {
    const unlisted = await openOffline(page, context);
    expect(unlisted).not.toContain('ffmpeg');

    await addSample(page, 'video');
    await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 2 -c:v libx264 -preset ultrafast -an /output/out.mp4' });
    await expectStatus(page, 'command-1', 'finished');

    await selectTask(page, 'command-1');
    const { bytes } = await download(page, 'out.mp4');
    const info = readMp4(bytes);
    expect(Math.abs(info.durationSeconds - 2)).toBeLessThanOrEqual(0.1);
    expect(info.tracks.find((track) => track.handler === 'vide')).toMatchObject({ width: 320, height: 240 });
  });

  test('ImageMagick resizes a PNG', async ({ page, context }) => {
    const unlisted = await openOffline(page, context);
    test.skip(unlisted.includes('/engines/imagemagick/'), `ImageMagick's engine files are not in this build: ${unlisted}`);

    await addSample(page, 'image');
    await runCommand(page, { engine: 'ImageMagick', command: 'convert', args: '/input/import-1/sample.png -resize 50% /output/half.png' });
    await expectStatus(page, 'command-1', 'finished');

    await selectTask(page, 'command-1');
    const { bytes } = await download(page, 'half.png');
    expect(imageSize(bytes)).toMatchObject({ type: 'png', width: 160, height: 120 });
  });

  test('GraphicsMagick converts a PNG to JPEG', async ({ page, context }) => {
    const unlisted = await openOffline(page, context);
    test.skip(unlisted.includes('/engines/graphicsmagick/'), `GraphicsMagick's engine files are not in this build: ${unlisted}`);

    await addSample(page, 'image');
    await runCommand(page, { engine: 'GraphicsMagick', command: 'gm', args: 'convert /input/import-1/sample.png -resize 50% /output/half.jpg' });
    await expectStatus(page, 'command-1', 'finished');

    await selectTask(page, 'command-1');
    const { bytes } = await download(page, 'half.jpg');
    expect(imageSize(bytes)).toMatchObject({ type: 'jpg', width: 160, height: 120 });
  });
});
