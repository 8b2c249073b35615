import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { expectStatus, runCommand, taskRow } from './support/app';
import { expect, test } from './support/fixtures';

/**
 * Builds the app into a folder of its own and serves it on a port of its own,
 * then rebuilds it with a changed page while the browser has it open, the way
 * a new deployment arrives.
 */

const PORT = 4181;
const ORIGIN = `http://localhost:${PORT}`;
/** Encodes 15 minutes of 720p video with x264 veryslow, so it is still running when the test cancels it. */
const LONG_ENCODE = '-f lavfi -i testsrc2=size=1280x720:rate=30 -t 900 -c:v libx264 -preset veryslow /output/long.mp4';

test.use({ baseURL: ORIGIN });

let workDir = '';
let server: PreviewServer | null = null;

/** Marks a build so the test can tell which one the page runs, and so every build's index.html differs. */
function buildMarker(label: string): Plugin {
  return {
    name: 'transmute-test:build-marker',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'transmute-build', content: label }, injectTo: 'head' }],
  };
}

/**
 * Options shared by both builds and the server. A cacheDir of its own keeps
 * Vite 8 from refusing to start while another preview of this project runs.
 */
function viteOptions() {
  return { configFile: path.resolve('vite.config.ts'), cacheDir: path.join(workDir, 'vite-cache'), logLevel: 'warn' as const };
}

async function buildApp(label: string): Promise<void> {
  await build({ ...viteOptions(), build: { outDir: path.join(workDir, 'dist'), emptyOutDir: true }, plugins: [buildMarker(label)] });
}

async function runningBuild(page: Page): Promise<string | null> {
  return page.locator('meta[name="transmute-build"]').getAttribute('content');
}

test.beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'transmute-update-'));
  await buildApp('1');
  server = await preview({ ...viteOptions(), build: { outDir: path.join(workDir, 'dist') }, preview: { port: PORT, strictPort: true } });
});

test.afterAll(async () => {
  await server?.close();
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

test('new deployment is offered and waits for running tasks', async ({ page }) => {
  const banner = page.getByTestId('update-banner');
  const reload = banner.getByRole('button', { name: 'Reload' });
  await page.goto('/');
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', /^(ready|incomplete)$/, { timeout: 60_000 });
  expect(await runningBuild(page)).toBe('1');
  await expect(banner).toHaveCount(0);

  await buildApp('2');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect(banner).toContainText('Update available', { timeout: 60_000 });
  await expect(reload).toBeEnabled();

  await runCommand(page, { args: LONG_ENCODE });
  await expect(taskRow(page, 'command-1').getByTestId('task-status')).toHaveText('processing');
  await expect(reload).toBeDisabled();
  await expect(banner).toContainText('when the running task ends');

  await taskRow(page, 'command-1').getByRole('button', { name: /Cancel/ }).click();
  await expectStatus(page, 'command-1', 'error');
  await expect(reload).toBeEnabled();
  await expect(banner).toContainText('Reloading clears the task list');

  await reload.click();
  await expect.poll(() => runningBuild(page), { timeout: 30_000 }).toBe('2');
  await expect(banner).toHaveCount(0);
  await expect(taskRow(page, 'command-1')).toHaveCount(0);
});
