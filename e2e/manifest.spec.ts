import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { imageSize } from 'image-size';
import { SAMPLE_IMAGE, SAMPLE_VIDEO, selectTask, taskJson, taskRow } from './support/app';
import { expect, test } from './support/fixtures';

interface ManifestIcon {
  readonly src: string;
  readonly sizes: string;
  readonly type: string;
  readonly purpose?: string;
}

interface WebManifest {
  readonly [field: string]: unknown;
  readonly icons: readonly ManifestIcon[];
  readonly file_handlers: readonly { readonly action: string; readonly accept: Readonly<Record<string, readonly string[]>> }[];
  readonly share_target: {
    readonly action: string;
    readonly method: string;
    readonly enctype: string;
    readonly params: { readonly files: readonly { readonly name: string; readonly accept: readonly string[] }[] };
  };
}

/** Opens the app and returns the manifest its <link rel="manifest"> points to, with that URL. */
async function loadManifest(page: Page): Promise<{ url: string; manifest: WebManifest }> {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const url = new URL(href ?? '', page.url()).href;
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  return { url, manifest: (await response.json()) as WebManifest };
}

/** Waits until the service worker controls the page, which the share target needs. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', /^(ready|incomplete)$/, { timeout: 60_000 });
}

test.describe('web app manifest', () => {
  test('has the fields an installable app needs', async ({ page }) => {
    const { manifest } = await loadManifest(page);

    expect(manifest['name']).toBe('Transmute');
    expect(manifest['short_name']).toBe('Transmute');
    expect(manifest['description']).toEqual(expect.any(String));
    expect(manifest['display']).toBe('standalone');
    expect(manifest['start_url']).toBe('./');
    expect(manifest['scope']).toBe('./');
    expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('icons are reachable PNGs of their declared size', async ({ page }) => {
    const { url, manifest } = await loadManifest(page);

    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, url).href);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
      const { width, height } = imageSize(await response.body());
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  test('Chromium parses it without errors and finds the app installable', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);

    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's browser contexts are off-the-record profiles, where Chromium never offers to install.
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  });

  test('declares file handlers for video, audio and images', async ({ page }) => {
    const { url, manifest } = await loadManifest(page);

    expect(manifest.file_handlers).toHaveLength(1);
    const [handler] = manifest.file_handlers;
    expect(new URL(handler?.action ?? '', url).pathname).toBe('/');
    for (const type of ['video/*', 'audio/*', 'image/*']) {
      const extensions = handler?.accept[type] ?? [];
      expect(extensions.length, type).toBeGreaterThan(0);
      expect(extensions.every((extension) => /^\.[a-z0-9]+$/.test(extension)), type).toBe(true);
    }
    expect(handler?.accept['video/*']).toContain('.mp4');
    expect(handler?.accept['image/*']).toContain('.png');
  });

  test('declares a share target for files', async ({ page }) => {
    const { url, manifest } = await loadManifest(page);

    const target = manifest.share_target;
    expect(new URL(target.action, url).pathname).toBe('/share-target');
    expect(target.method).toBe('POST');
    expect(target.enctype).toBe('multipart/form-data');
    expect(target.params.files).toEqual([{ name: 'files', accept: ['video/*', 'audio/*', 'image/*'] }]);
  });
});

test.describe('files from the operating system', () => {
  test('shared files become import tasks', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorker(page);

    // The browser submits a share as this form POST, which the service worker handles.
    await page.evaluate(() => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.enctype = 'multipart/form-data';
      form.action = '/share-target';
      form.innerHTML = '<input type="file" name="files" multiple aria-label="Shared files"><button>Send share</button>';
      document.body.append(form);
    });
    await page.getByLabel('Shared files').setInputFiles([SAMPLE_VIDEO, SAMPLE_IMAGE]);
    await page.getByRole('button', { name: 'Send share' }).click();

    await expect(taskRow(page, 'import-2').getByTestId('task-status')).toHaveText('finished');
    expect(new URL(page.url()).pathname).toBe('/');
    await selectTask(page, 'import-1');
    expect(await taskJson(page)).toMatchObject({ result: { files: [{ filename: 'sample.mp4', size: (await readFile(SAMPLE_VIDEO)).byteLength }] } });
    await selectTask(page, 'import-2');
    expect(await taskJson(page)).toMatchObject({ result: { files: [{ filename: 'sample.png', size: (await readFile(SAMPLE_IMAGE)).byteLength }] } });

    // The files were taken out of the hand-over cache, so a reload adds nothing.
    await page.reload();
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', /^(ready|incomplete)$/);
    await expect(taskRow(page, 'import-1')).toHaveCount(0);
  });

  test('files the app is opened with become import tasks', async ({ page }) => {
    // Chromium fills window.launchQueue only in an installed app, so this
    // stand-in records the app's consumer and the test calls it with real
    // file handles from the origin-private file system.
    await page.addInitScript(() => {
      const consumers: Array<(params: { files: FileSystemHandle[] }) => void> = [];
      Object.defineProperty(window, 'launchQueue', { configurable: true, value: { setConsumer: (consumer: (params: { files: FileSystemHandle[] }) => void) => consumers.push(consumer) } });
      Object.defineProperty(window, 'launchFiles', {
        value: async (files: ReadonlyArray<{ name: string; bytes: number[] }>) => {
          const root = await navigator.storage.getDirectory();
          const handles: FileSystemHandle[] = [];
          for (const file of files) {
            const handle = await root.getFileHandle(file.name, { create: true });
            const writable = await handle.createWritable();
            await writable.write(new Uint8Array(file.bytes));
            await writable.close();
            handles.push(handle);
          }
          consumers.at(-1)?.({ files: handles });
          return consumers.length;
        },
      });
    });
    await page.goto('/');

    const png = [...(await readFile(SAMPLE_IMAGE))];
    const consumers = await page.evaluate((bytes) => (window as unknown as { launchFiles: (files: unknown) => Promise<number> }).launchFiles([{ name: 'opened.png', bytes }, { name: 'second.png', bytes }]), png);

    expect(consumers).toBeGreaterThan(0);
    await expect(taskRow(page, 'import-2').getByTestId('task-status')).toHaveText('finished');
    await selectTask(page, 'import-1');
    expect(await taskJson(page)).toMatchObject({ operation: 'import/upload', result: { files: [{ filename: 'opened.png', size: png.length }] } });
    await selectTask(page, 'import-2');
    expect(await taskJson(page)).toMatchObject({ result: { files: [{ filename: 'second.png', size: png.length }] } });
  });
});
