import { copyFile, mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addFiles, SAMPLE_IMAGE, SAMPLE_VIDEO, selectTask, taskJson, taskRow } from './support/app';
import { expect, test } from './support/fixtures';
import { dropFiles, pageFile, pasteFiles } from './support/workspace';

test('drop anywhere adds one task per file', async ({ page }) => {
  await page.goto('/');
  await dropFiles(page, [await pageFile(SAMPLE_IMAGE, 'image/png'), await pageFile(SAMPLE_VIDEO, 'video/mp4')], 'header');

  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
  await expect(taskRow(page, 'import-2').getByTestId('task-status')).toHaveText('finished');
  const card = page.locator('[data-import="import-1"] .file-card');
  await expect(card).toContainText('sample.png');
  await expect(card).toContainText('8.8 kB · image/png');
  await expect(card.locator('img.thumbnail')).toHaveJSProperty('complete', true);
  await expect(page.locator('[data-import="import-2"] video.thumbnail')).toHaveCount(1);
});

test('grouped drop makes one task', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Group files added together into one task').check();
  await dropFiles(page, [await pageFile(SAMPLE_IMAGE, 'image/png'), await pageFile(SAMPLE_VIDEO, 'video/mp4')]);

  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
  await expect(taskRow(page, 'import-2')).toHaveCount(0);
  await selectTask(page, 'import-1');
  expect((await taskJson(page))['payload']).toEqual({ operation: 'import/upload', filenames: ['sample.png', 'sample.mp4'] });
});

test('paste adds a file', async ({ page }) => {
  await page.goto('/');
  await pasteFiles(page, [await pageFile(SAMPLE_IMAGE, 'image/png', 'image.png')]);

  await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
  await expect(page.locator('[data-import="import-1"]')).toContainText('image.png');
});

test('folder picker keeps sub-folders', async ({ page }) => {
  const root = await mkdtemp(path.join(tmpdir(), 'transmute-folder-'));
  const folder = path.join(root, 'shots');
  await mkdir(path.join(folder, 'more'), { recursive: true });
  await copyFile(SAMPLE_IMAGE, path.join(folder, 'a.png'));
  await copyFile(SAMPLE_IMAGE, path.join(folder, 'more', 'b.png'));

  await page.goto('/');
  await page.getByLabel('Add folder').setInputFiles(folder);

  await expect(taskRow(page, 'shots').getByTestId('task-status')).toHaveText('finished');
  await selectTask(page, 'shots');
  const files = ((await taskJson(page))['result'] as { files: unknown[] }).files;
  const { size } = await stat(SAMPLE_IMAGE);
  expect(files).toEqual([
    { filename: 'a.png', size },
    { filename: 'b.png', size, dir: 'more' },
  ]);
});

test('picker still adds files', async ({ page }) => {
  await page.goto('/');
  await addFiles(page, [SAMPLE_IMAGE, SAMPLE_VIDEO]);
  await expect(taskRow(page, 'import-2').getByTestId('task-status')).toHaveText('finished');
});

test.describe('URL import', () => {
  // page.route does not see requests that a service worker serves.
  test.use({ serviceWorkers: 'block' });

  test('fetches a file of this origin', async ({ page, baseURL }) => {
    await page.goto('/');
    await page.getByLabel('File URL').fill(`${baseURL}/samples/sample.png`);
    await page.getByRole('button', { name: 'Import URL' }).click();

    await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
    await expect(taskRow(page, 'import-1')).toContainText('import/url');
    await expect(page.locator('[data-import="import-1"] .file-card')).toContainText('sample.png');
    await expect(page.locator('[data-import="import-1"] .file-card')).toContainText('image/png');
  });

  test('shows an HTTP 404', async ({ page, baseURL }) => {
    // vite preview serves index.html for unknown paths, so the test returns its own 404.
    await page.route('**/samples/missing.png', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('/');
    await page.getByLabel('File URL').fill(`${baseURL}/samples/missing.png`);
    await page.getByRole('button', { name: 'Import URL' }).click();

    const error = taskRow(page, 'import-1').getByTestId('task-error');
    await expect(error).toContainText('INVALID_DATA');
    await expect(error).toContainText('HTTP 404');
  });

  test('shows a network failure', async ({ page, baseURL }) => {
    await page.route('**/samples/unreachable.png', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    await page.getByLabel('File URL').fill(`${baseURL}/samples/unreachable.png`);
    await page.getByRole('button', { name: 'Import URL' }).click();

    await expect(taskRow(page, 'import-1').getByTestId('task-error')).toContainText('failed before any response arrived');
  });

  test('names the policy for another origin', async ({ page, baseURL }) => {
    // The same server under its IP address is another origin, which the Content-Security-Policy blocks before any request.
    const otherOrigin = new URL('/samples/sample.png', baseURL ?? '').href.replace('localhost', '127.0.0.1');
    await page.goto('/');
    await page.getByLabel('File URL').fill(otherOrigin);
    await page.getByRole('button', { name: 'Import URL' }).click();

    await expect(taskRow(page, 'import-1').getByTestId('task-error')).toContainText("blocked by this app's Content-Security-Policy");
  });

  test('rejects a non-http URL', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('File URL').fill('ftp://127.0.0.1/a.png');
    await page.getByRole('button', { name: 'Import URL' }).click();

    await expect(page.getByRole('alert')).toContainText('is not supported');
    await expect(page.locator('li.task-row')).toHaveCount(0);
  });
});
