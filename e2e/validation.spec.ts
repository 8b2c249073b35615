import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addFiles, expectStatus, runCommand, SAMPLE_VIDEO, taskRow } from './support/app';

async function runPayload(page: Page, payload: Record<string, unknown>): Promise<void> {
  await page.getByText('Run a JSON payload').click();
  await page.getByLabel('Payload JSON').fill(JSON.stringify(payload));
  await page.getByRole('button', { name: 'Run payload' }).click();
}

const valid = {
  operation: 'command',
  input: 'import-1',
  engine: 'ffmpeg',
  command: 'ffprobe',
  arguments: '-v error -show_format /input/import-1/sample.mp4',
};

const cases: ReadonlyArray<{ readonly name: string; readonly payload: Record<string, unknown>; readonly message: RegExp }> = [
  { name: 'unknown engine', payload: { ...valid, engine: 'sox' }, message: /engine.*"sox".*ffmpeg.*imagemagick.*graphicsmagick/i },
  { name: 'command the engine lacks', payload: { ...valid, command: 'ffplay' }, message: /command.*"ffplay".*ffmpeg.*ffprobe/i },
  { name: 'unknown input task', payload: { ...valid, input: 'import-9' }, message: /input.*"import-9".*import-1/i },
  { name: 'missing input field', payload: { ...valid, input: undefined }, message: /input/i },
  { name: 'non-integer timeout', payload: { ...valid, timeout: 1.5 }, message: /"timeout" \(1\.5\).*integer from 1/i },
  { name: 'non-positive timeout', payload: { ...valid, timeout: 0 }, message: /"timeout" \(0\).*integer from 1/i },
  { name: 'unknown engine_version', payload: { ...valid, engine_version: '4.0' }, message: /engine_version.*"4\.0".*5\.1\.4/i },
];

for (const { name, payload, message } of cases) {
  test(`payload with ${name} shows INVALID_DATA`, async ({ page }) => {
    await page.goto('/');
    await addFiles(page, SAMPLE_VIDEO);
    // engine_version is checked against the version the engine reported, so load it once first.
    await runCommand(page, { command: 'ffprobe', args: '-v error -show_format /input/import-1/sample.mp4' });
    await expectStatus(page, 'command-1', 'finished');

    await runPayload(page, payload);
    await expectStatus(page, 'command-2', 'error');
    const error = taskRow(page, 'command-2').getByTestId('task-error');
    await expect(error).toContainText('INVALID_DATA');
    await expect(error).toHaveText(message);
  });
}

test('shell syntax in arguments shows INVALID_DATA naming the token', async ({ page }) => {
  await page.goto('/');
  await addFiles(page, SAMPLE_VIDEO);

  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -f null - | cat' });
  await expectStatus(page, 'command-1', 'error');
  const error = taskRow(page, 'command-1').getByTestId('task-error');
  await expect(error).toContainText('INVALID_DATA');
  await expect(error).toContainText('"|"');
});
