import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { download, downloadOutput, expectStatus, openWithFixtures, runCommand, selectTask, taskJson, taskOutput, taskRow } from './support/app';
import { countGifFrames, decodeImage, IMAGE_FORMATS } from './support/images';

async function runGm(page: Page, args: string, captureOutput = true): Promise<void> {
  await runCommand(page, { engine: 'GraphicsMagick', command: 'gm', args, captureOutput });
}

for (const source of IMAGE_FORMATS) {
  test(`gm convert ${source.extension} to every other format`, async ({ page }) => {
    await openWithFixtures(page, `fixture.${source.extension}`);
    const targets = IMAGE_FORMATS.filter((format) => format !== source);

    for (const target of targets) {
      await runGm(page, `convert /input/import-1/fixture.${source.extension} /output/out.${target.extension}`, false);
    }
    for (const [index, target] of targets.entries()) {
      const taskName = `command-${index + 1}`;
      await expectStatus(page, taskName, 'finished');
      const image = decodeImage(await downloadOutput(page, taskName, `out.${target.extension}`));
      expect(image, `${source.extension} to ${target.extension}`).toEqual({ type: target.type, width: 64, height: 48 });
    }
  });
}

test('gm convert keeps the frames of an animated GIF', async ({ page }) => {
  await openWithFixtures(page, 'anim.gif');

  await runGm(page, 'convert /input/import-1/anim.gif -resize 32x24 /output/small.gif', false);
  await expectStatus(page, 'command-1', 'finished');

  expect(countGifFrames(await downloadOutput(page, 'command-1', 'small.gif'))).toBe(3);
});

test('gm identify prints format and size', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runGm(page, 'identify /input/import-1/fixture.png');
  await runGm(page, 'gm identify -format "%w %h" /input/import-1/fixture.png');
  await expectStatus(page, 'command-1', 'finished');
  await expectStatus(page, 'command-2', 'finished');

  await selectTask(page, 'command-1');
  expect(await taskOutput(page)).toMatch(/PNG 64x48/);
  await selectTask(page, 'command-2');
  expect((await taskOutput(page)).trim()).toBe('64 48');
});

test('gm mogrify converts inputs by glob', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png', 'rotated.jpg');

  // Like native gm, -output-directory keeps each input's path below the folder.
  await runGm(page, 'mogrify -output-directory /output -create-directories -format webp /input/import-1/*.png /input/import-2/*.jpg', false);
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const files = ((await taskJson(page))['result'] as { files: Array<{ filename: string; dir?: string }> }).files;
  expect(files.map((file) => `${file.dir ?? ''}/${file.filename}`).sort()).toEqual(['input/import-1/fixture.webp', 'input/import-2/rotated.webp']);
  expect(decodeImage((await download(page, 'input/import-1/fixture.webp')).bytes)).toEqual({ type: 'webp', width: 64, height: 48 });
});

test('gm composite places one image over another', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png', 'fixture.jpg');

  await runGm(page, 'composite -gravity center /input/import-2/fixture.jpg /input/import-1/fixture.png /output/composite.png', false);
  await expectStatus(page, 'command-1', 'finished');

  expect(decodeImage(await downloadOutput(page, 'command-1', 'composite.png'))).toEqual({ type: 'png', width: 64, height: 48 });
});

test('gm montage lays out labelled tiles', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png', 'fixture.jpg');

  await runGm(page, 'montage -label %f /input/import-1/fixture.png /input/import-2/fixture.jpg -tile 2x1 -geometry +4+4 /output/montage.png', false);
  await expectStatus(page, 'command-1', 'finished');

  const image = decodeImage(await downloadOutput(page, 'command-1', 'montage.png'));
  // Two tiles side by side with a 4-pixel border each. The tile size is the program default, at least the image size.
  expect(image.width).toBeGreaterThanOrEqual(2 * (64 + 8));
  expect(image.height).toBeGreaterThan(48 + 8);
});

test('gm version reports the engine version', async ({ page }) => {
  await page.goto('/');

  await runGm(page, 'version');
  await expectStatus(page, 'command-1', 'finished');

  await selectTask(page, 'command-1');
  const json = await taskJson(page);
  expect(String(json['engine_version'])).toMatch(/^1\.3\.\d+$/);
  expect(await taskOutput(page)).toContain(`GraphicsMagick ${String(json['engine_version'])}`);
});

test('gm errors end in COMMAND_FAILED with its message', async ({ page }) => {
  await openWithFixtures(page, 'corrupt.png', 'fixture.png');

  await runGm(page, 'convert /input/import-1/nothere.png /output/x.png');
  await runGm(page, 'convert /input/import-2/fixture.png -nosuchoption /output/x.png');
  await runGm(page, 'convert /input/import-1/corrupt.png /output/x.jpg');
  for (const name of ['command-1', 'command-2', 'command-3']) await expectStatus(page, name, 'error');

  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText(/COMMAND_FAILED.*gm exited with code 1: .*nothere\.png/);
  await expect(taskRow(page, 'command-2').getByTestId('task-error')).toContainText(/COMMAND_FAILED.*nosuchoption/);
  await expect(taskRow(page, 'command-3').getByTestId('task-error')).toContainText('COMMAND_FAILED');
});

test('gm image too big for memory fails and the next task runs', async ({ page }) => {
  await openWithFixtures(page, 'fixture.png');

  await runGm(page, 'convert -size 50000x50000 xc:white /output/huge.png');
  await runGm(page, 'convert /input/import-1/fixture.png /output/after.jpg', false);
  await expectStatus(page, 'command-1', 'error', 180_000);

  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText(/COMMAND_FAILED|ENGINE_CRASHED/);
  await expectStatus(page, 'command-2', 'finished');
});
