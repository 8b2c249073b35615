import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { download, downloadOutput, expectStatus, openWithFixtures, runCommand, selectTask, taskJson, taskOutput, taskRow } from './support/app';
import { countGifFrames, decodeImage, IMAGE_FORMATS, isAnimatedWebp } from './support/images';

async function runMagick(page: Page, command: string, args: string, captureOutput = true): Promise<void> {
  await runCommand(page, { engine: 'ImageMagick', command, args, captureOutput });
}

for (const source of IMAGE_FORMATS) {
  test(`convert ${source.extension} to every other format`, async ({ page }) => {
    await openWithFixtures(page, `fixture.${source.extension}`);
    const targets = IMAGE_FORMATS.filter((format) => format !== source);

    for (const target of targets) {
      await runMagick(page, 'convert', `/input/import-1/fixture.${source.extension} /output/out.${target.extension}`, false);
    }
    for (const [index, target] of targets.entries()) {
      const taskName = `command-${index + 1}`;
      await expectStatus(page, taskName, 'finished');
      const image = decodeImage(await downloadOutput(page, taskName, `out.${target.extension}`));
      expect(image, `${source.extension} to ${target.extension}`).toEqual({ type: target.type, width: 64, height: 48 });
    }
  });
}

test('animated GIF keeps its frames as GIF and WebP', async ({ page }) => {
  await openWithFixtures(page, 'anim.gif');

  await runMagick(page, 'convert', '/input/import-1/anim.gif -resize 32x24 /output/small.gif', false);
  await runMagick(page, 'convert', '/input/import-1/anim.gif /output/anim.webp', false);
  await expectStatus(page, 'command-1', 'finished');
  await expectStatus(page, 'command-2', 'finished');

  expect(countGifFrames(await downloadOutput(page, 'command-1', 'small.gif'))).toBe(3);
  expect(isAnimatedWebp(await downloadOutput(page, 'command-2', 'anim.webp'))).toBe(true);
});

test('identify -verbose describes the image', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'identify', '-verbose /input/import-1/fixture.png');
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const output = await taskOutput(page);
  expect(output).toContain('Format: PNG');
  expect(output).toContain('Geometry: 64x48+0+0');
});

test('identify -format output is complete without a newline', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'identify', '-format "%w %h" /input/import-1/fixture.png');
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  expect((await taskOutput(page)).trim()).toBe('64 48');
});

test('magick prefix and version work as on the CLI', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'magick', 'magick /input/import-1/fixture.png -resize 50% /output/half.png', false);
  await runMagick(page, 'magick', '-version');
  await expectStatus(page, 'command-1', 'finished');
  await expectStatus(page, 'command-2', 'finished');

  expect(decodeImage(await downloadOutput(page, 'command-1', 'half.png'))).toEqual({ type: 'png', width: 32, height: 24 });
  await selectTask(page, 'command-2');
  const json = await taskJson(page);
  expect(await taskOutput(page)).toContain(`ImageMagick ${String(json['engine_version'])}`);
  expect(String(json['engine_version'])).toMatch(/^7\.1\.1-\d+$/);
});

test('mogrify converts several inputs by glob', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png', 'anim.gif');

  await runMagick(page, 'mogrify', '-path /output/webp -format webp /input/import-1/*.png /input/import-2/*.gif', false);
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const files = ((await taskJson(page))['result'] as { files: Array<{ filename: string; dir?: string }> }).files;
  expect(files.map((file) => `${file.dir ?? ''}/${file.filename}`).sort()).toEqual(['webp/anim.webp', 'webp/fixture.webp']);
  expect(decodeImage(await download(page, 'webp/fixture.webp').then((result) => result.bytes))).toEqual({ type: 'webp', width: 64, height: 48 });
});

test('composite places one image over another', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png', 'fixture.jpg');

  await runMagick(page, 'composite', '-gravity center /input/import-2/fixture.jpg /input/import-1/fixture.png /output/composite.png', false);
  await expectStatus(page, 'command-1', 'finished');

  expect(decodeImage(await downloadOutput(page, 'command-1', 'composite.png'))).toEqual({ type: 'png', width: 64, height: 48 });
});

test('montage lays out labelled tiles', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png', 'fixture.jpg');

  await runMagick(page, 'montage', '-label %f /input/import-1/fixture.png /input/import-2/fixture.jpg -tile 2x1 -geometry +4+4 /output/montage.png', false);
  await expectStatus(page, 'command-1', 'finished');

  const image = decodeImage(await downloadOutput(page, 'command-1', 'montage.png'));
  // Two tiles side by side with a 4-pixel border each. The tile size is the program default, at least the image size.
  expect(image.width).toBeGreaterThanOrEqual(2 * (64 + 8));
  // The label row adds height below each 64x48 tile.
  expect(image.height).toBeGreaterThan(48 + 8);
});

test('compare -metric PSNR reports identical images', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'compare', '-metric PSNR /input/import-1/fixture.png /input/import-1/fixture.png /output/diff.png');
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  expect((await taskOutput(page)).trim()).toMatch(/^(inf|0)\b/);
});

test('label renders text with the bundled font', async ({ page }) => {
  await page.goto('/');

  await runMagick(page, 'convert', '-size 240x60 -gravity center label:Transmute /output/label.png', false);
  await expectStatus(page, 'command-1', 'finished');
  await runCommand(page, { command: 'identify', args: '-format "%k" /input/command-1/label.png', captureOutput: true });
  await expectStatus(page, 'command-2', 'finished');

  expect(decodeImage(await downloadOutput(page, 'command-1', 'label.png'))).toEqual({ type: 'png', width: 240, height: 60 });
  await selectTask(page, 'command-2');
  // A blank canvas has one colour; rendered text adds black and anti-aliased greys.
  expect(Number((await taskOutput(page)).trim())).toBeGreaterThan(2);
});

test('auto-orient applies the EXIF orientation', async ({ page }) => {
  await openWithFixtures(page, 'rotated.jpg');

  await runMagick(page, 'convert', '/input/import-1/rotated.jpg -auto-orient /output/upright.jpg', false);
  await expectStatus(page, 'command-1', 'finished');

  expect(decodeImage(await downloadOutput(page, 'command-1', 'upright.jpg'))).toMatchObject({ type: 'jpg', width: 40, height: 60 });
});

test('missing input file ends in COMMAND_FAILED', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'convert', '/input/import-1/nothere.png /output/x.png');
  await expectStatus(page, 'command-1', 'error');

  const error = taskRow(page, 'command-1').getByTestId('task-error');
  await expect(error).toContainText('COMMAND_FAILED');
  // ImageMagick's last line is "no images defined"; the cause is the line before it.
  await expect(error).toContainText('no images defined');
  await selectTask(page, 'command-1');
  expect(await taskOutput(page)).toContain("unable to open image '/input/import-1/nothere.png'");
});

test('unknown option ends in COMMAND_FAILED', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'convert', '/input/import-1/fixture.png -nosuchoption /output/x.png');
  await expectStatus(page, 'command-1', 'error');

  const error = taskRow(page, 'command-1').getByTestId('task-error');
  await expect(error).toContainText('COMMAND_FAILED');
  await expect(error).toContainText('unrecognized option');
});

test('corrupt PNG ends in COMMAND_FAILED', async ({ page }) => {
  await openWithFixtures(page, 'corrupt.png');

  await runMagick(page, 'convert', '/input/import-1/corrupt.png /output/x.jpg');
  await expectStatus(page, 'command-1', 'error');

  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText('COMMAND_FAILED');
});

test('image too big for memory fails and the next task runs', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runMagick(page, 'convert', '-size 50000x50000 xc:white /output/huge.png');
  await runMagick(page, 'convert', '/input/import-1/fixture.png /output/after.jpg', false);
  await expectStatus(page, 'command-1', 'error', 180_000);

  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText(/COMMAND_FAILED|ENGINE_CRASHED/);
  await expectStatus(page, 'command-2', 'finished');
});

test('timeout stops a long ImageMagick run and the next task runs', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runCommand(page, { engine: 'ImageMagick', command: 'convert', args: '-size 4000x4000 xc: +noise Random -blur 0x40 /output/slow.png', timeout: '2' });
  await runCommand(page, { command: 'convert', args: '/input/import-1/fixture.png /output/after.png', timeout: '60' });
  await expectStatus(page, 'command-1', 'error');

  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText('TIMEOUT');
  await expectStatus(page, 'command-2', 'finished');
});
