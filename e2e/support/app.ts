import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const SAMPLES_DIR = path.resolve('public/samples');
export const SAMPLE_VIDEO = path.join(SAMPLES_DIR, 'sample.mp4');
export const SAMPLE_IMAGE = path.join(SAMPLES_DIR, 'sample.png');

/** Adds files through the "Add files" picker, as a person would. */
export async function addFiles(page: Page, files: string | string[]): Promise<void> {
  await page.getByLabel('Add files').setInputFiles(files);
}

export interface CommandFields {
  readonly engine?: 'ffmpeg' | 'ImageMagick' | 'GraphicsMagick';
  readonly command?: string;
  readonly args: string;
  readonly input?: string;
  readonly timeout?: string;
  readonly captureOutput?: boolean;
}

/** Fills the command editor and presses Run. */
export async function runCommand(page: Page, fields: CommandFields): Promise<void> {
  if (fields.engine !== undefined) await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: fields.engine });
  if (fields.command !== undefined) await page.getByRole('combobox', { name: 'Command' }).selectOption(fields.command);
  await page.getByLabel('Arguments').fill(fields.args);
  if (fields.input !== undefined) await page.getByLabel('Input tasks').fill(fields.input);
  if (fields.timeout !== undefined) await page.getByLabel('Timeout').fill(fields.timeout);
  if (fields.captureOutput !== undefined) await page.getByLabel('Capture output').setChecked(fields.captureOutput);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

/** Returns the row of a task in the task list. */
export function taskRow(page: Page, name: string): Locator {
  return page.locator(`li.task-row[data-task-name="${name}"]`);
}

/** Waits until the task shows `status`, failing early with the task's error when it ends otherwise. */
export async function expectStatus(page: Page, name: string, status: 'finished' | 'error', timeoutMs = 90_000): Promise<void> {
  const statusCell = taskRow(page, name).getByTestId('task-status');
  await expect(statusCell).toHaveText(/^(finished|error)$/, { timeout: timeoutMs });
  if ((await statusCell.textContent()) !== status) {
    const message = await taskRow(page, name).getByTestId('task-error').textContent().catch(() => '');
    throw new Error(`Task ${name} ended "${await statusCell.textContent()}" instead of "${status}": ${message}`);
  }
}

/** Opens a task's detail view. */
export async function selectTask(page: Page, name: string): Promise<void> {
  await taskRow(page, name).getByRole('button', { name, exact: true }).click();
}

/** Parses the shown task JSON of the selected task. */
export async function taskJson(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.getByTestId('task-json').textContent()) ?? '') as Record<string, unknown>;
}

/** Clicks a file's download link in the selected task and returns the downloaded bytes. */
export async function download(page: Page, relativePath: string): Promise<{ download: Download; bytes: Uint8Array }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download ${relativePath}` }).click()]);
  const file = await event.path();
  return { download: event, bytes: new Uint8Array(await readFile(file)) };
}

export const FIXTURES_DIR = path.resolve('e2e/fixtures');

/** Path of a committed test image, see e2e/fixtures/make-fixtures.sh. */
export function fixture(name: string): string {
  return path.join(FIXTURES_DIR, name);
}

/** Returns the shown `result.output` of the selected task. */
export async function taskOutput(page: Page): Promise<string> {
  const result = (await taskJson(page))['result'] as { output?: string } | null;
  return result?.output ?? '';
}

/** Opens the app and adds each fixture as its own import task, import-1, import-2, ... */
export async function openWithFixtures(page: Page, ...files: string[]): Promise<void> {
  await page.goto('/');
  for (const [index, file] of files.entries()) {
    await addFiles(page, fixture(file));
    await expect(taskRow(page, `import-${index + 1}`).getByTestId('task-status')).toHaveText('finished');
  }
}

/** Selects a task and downloads one of its result files. */
export async function downloadOutput(page: Page, taskName: string, relativePath: string): Promise<Uint8Array> {
  await selectTask(page, taskName);
  return (await download(page, relativePath)).bytes;
}
