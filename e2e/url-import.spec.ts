import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { downloadOutput, expectStatus, fixture, taskRow } from './support/app';
import { expect, test } from './support/fixtures';
import { decodeImage } from './support/images';

/**
 * Starts a second origin on 127.0.0.1 for the test. It serves one PNG with
 * CORS allowed, one without, and a 404 for anything else. Nothing outside
 * this machine is contacted.
 */
async function startOtherSite(): Promise<{ server: Server; origin: string }> {
  const png = await readFile(fixture('fixture.png'));
  const server = createServer((request, response) => {
    const headers = { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength) };
    if (request.url === '/shared/photo.png') {
      response.writeHead(200, { ...headers, 'Access-Control-Allow-Origin': '*' });
      response.end(png);
    } else if (request.url === '/private/photo.png') {
      response.writeHead(200, headers);
      response.end(png);
    } else {
      // With CORS allowed, so the app can read the status.
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function openControlled(page: Page): Promise<void> {
  await page.goto('/');
  // The service worker claims the page when it activates on the first visit.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

async function importUrl(page: Page, url: string): Promise<void> {
  await page.getByLabel('File URL').fill(url);
  await page.getByRole('button', { name: 'Import URL' }).click();
}

test.describe('URL import from another site', () => {
  let site: { server: Server; origin: string };

  test.beforeAll(async () => {
    site = await startOtherSite();
  });

  test.afterAll(async () => {
    await new Promise((resolve) => site.server.close(resolve));
  });

  test('fetches a file through the service worker', async ({ page, networkGuard }) => {
    networkGuard.allowOrigin(site.origin);
    await openControlled(page);

    await importUrl(page, `${site.origin}/shared/photo.png`);
    await expectStatus(page, 'import-1', 'finished');

    expect(decodeImage(await downloadOutput(page, 'import-1', 'photo.png'))).toEqual({ type: 'png', width: 64, height: 48 });
  });

  test('explains a site that does not allow CORS', async ({ page, networkGuard }) => {
    networkGuard.allowOrigin(site.origin);
    await openControlled(page);

    await importUrl(page, `${site.origin}/private/photo.png`);
    await expectStatus(page, 'import-1', 'error');

    await expect(taskRow(page, 'import-1').getByTestId('task-error')).toContainText('does not allow other sites to read the file (CORS)');
  });

  test('shows an HTTP 404 of the other site', async ({ page, networkGuard }) => {
    networkGuard.allowOrigin(site.origin);
    await openControlled(page);

    await importUrl(page, `${site.origin}/missing.png`);
    await expectStatus(page, 'import-1', 'error');

    await expect(taskRow(page, 'import-1').getByTestId('task-error')).toContainText('HTTP 404');
  });

  test('page itself still cannot reach the other site', async ({ page, networkGuard }) => {
    networkGuard.allowOrigin(site.origin);
    await openControlled(page);

    const blocked = await page.evaluate((url) => fetch(url).then(() => false, () => true), `${site.origin}/shared/photo.png`);
    expect(blocked).toBe(true);
  });
});
