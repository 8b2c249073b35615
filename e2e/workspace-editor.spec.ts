import type { Page } from '@playwright/test';
import { addFiles, expectStatus, runCommand, SAMPLE_IMAGE, SAMPLE_VIDEO, selectTask, taskJson, taskRow } from './support/app';
import { expect, test } from './support/fixtures';

async function openWithVideo(page: Page): Promise<void> {
  await page.goto('/');
  await addFiles(page, SAMPLE_VIDEO);
  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
}

test('path suggestions complete from tasks', async ({ page }) => {
  await openWithVideo(page);
  const args = page.getByLabel('Arguments');

  await args.pressSequentially('-i /input/');
  const options = page.getByRole('listbox', { name: 'Path suggestions' }).getByRole('option');
  await expect(options).toHaveText(['/input/import-1/', '/input/import-1/sample.mp4']);

  await args.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await args.press('Enter');
  await expect(args).toHaveValue('-i /input/import-1/sample.mp4');
  await expect(page.getByRole('listbox', { name: 'Path suggestions' })).toHaveCount(0);
});

test('Escape closes the suggestions', async ({ page }) => {
  await openWithVideo(page);
  const args = page.getByLabel('Arguments');

  await args.pressSequentially('/o');
  await expect(page.getByRole('listbox', { name: 'Path suggestions' }).getByRole('option')).toHaveText(['/output/']);
  await args.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

test('editor warns before running', async ({ page }) => {
  await openWithVideo(page);
  const args = page.getByLabel('Arguments');
  const warnings = page.getByTestId('lint-warnings');

  await args.fill('-i /input/import-1/clip.mp4 out.mp4');
  await expect(warnings).toContainText('"/input/import-1/clip.mp4" does not exist. Files of "import-1": sample.mp4.');
  await expect(warnings).toContainText('The output "out.mp4" is not under /output/');

  await args.fill('-i /input/import-1/sample.mp4 -vf "scale=2:2 /output/o.mp4');
  await expect(warnings).toContainText('unterminated double quote');

  await args.fill('-i /input/import-1/sample.mp4 -f null - | cat');
  await expect(warnings).toContainText('is a pipe');

  await args.fill('-i /input/import-1/sample.mp4 /output/o.mp4');
  await expect(warnings).toHaveCount(0);
});

test('Ctrl+Enter runs the command', async ({ page }) => {
  await openWithVideo(page);
  await page.getByLabel('Arguments').fill('-i /input/import-1/sample.mp4 -t 1 -vn /output/audio.wav');
  await page.getByLabel('Arguments').press('Control+Enter');

  await expectStatus(page, 'command-1', 'finished');
});

test('arguments box grows with its content', async ({ page }) => {
  await page.goto('/');
  const args = page.getByLabel('Arguments');
  const before = (await args.boundingBox())?.height ?? 0;

  await args.fill(['-i /input/import-1/sample.mp4', '-c:v libx264', '-preset ultrafast', '-crf 30', '/output/out.mp4'].join('\n'));
  const after = (await args.boundingBox())?.height ?? 0;
  expect(after).toBeGreaterThan(before + 40);
  expect(await args.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
  expect(await args.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/mono/i);
});

test('retry runs the same payload as a new task', async ({ page }) => {
  await openWithVideo(page);
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v nosuchencoder /output/x.mp4', timeout: '60' });
  await expectStatus(page, 'command-1', 'error');

  await taskRow(page, 'command-1').getByRole('button', { name: 'Retry command-1' }).click();
  await expectStatus(page, 'command-2', 'error');
  await selectTask(page, 'command-1');
  const first = (await taskJson(page))['payload'];
  await selectTask(page, 'command-2');
  expect((await taskJson(page))['payload']).toEqual(first);
});

test('edit in editor fills every field', async ({ page }) => {
  await openWithVideo(page);
  await addFiles(page, SAMPLE_IMAGE);
  await runCommand(page, { command: 'ffprobe', args: '-v error -show_format /input/import-1/sample.mp4', input: 'import-1, import-2', timeout: '77', captureOutput: false });
  await expectStatus(page, 'command-1', 'finished');
  await page.getByLabel('Arguments').fill('something else');

  await taskRow(page, 'command-1').getByRole('button', { name: 'Edit command-1 in editor' }).click();
  await expect(page.getByLabel('Arguments')).toBeFocused();
  await expect(page.getByLabel('Arguments')).toHaveValue('-v error -show_format /input/import-1/sample.mp4');
  await expect(page.getByRole('combobox', { name: 'Command' })).toHaveValue('ffprobe');
  await expect(page.getByLabel('Input tasks')).toHaveValue('import-1, import-2');
  await expect(page.getByLabel('Timeout')).toHaveValue('77');
  await expect(page.getByLabel('Capture output')).not.toBeChecked();
});

test('an error shows advice beside the task', async ({ page }) => {
  await openWithVideo(page);
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 /output/x.mp4', timeout: '1.5' });
  await expectStatus(page, 'command-1', 'error');

  const row = taskRow(page, 'command-1');
  await expect(row.getByTestId('task-error')).toContainText('INVALID_DATA');
  await expect(row).toContainText('Fix that field and run again.');
});
