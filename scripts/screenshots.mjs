// Takes the README's screenshots from the built app: run `npm run build`
// first, then `node scripts/screenshots.mjs`. It serves dist/ with
// `vite preview` on its own port, drives Chromium (CHROMIUM_PATH, default
// /usr/bin/chromium) through the main screens and writes PNG files to
// docs/screenshots/.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';

// A port apart from the tests' 4173, so a running test server is left alone;
// --bypass-lock lets Vite 8 start this preview beside another one.
const port = Number(process.env.SCREENSHOT_PORT ?? 4180);
const baseUrl = `http://localhost:${port}/`;
const outDir = path.resolve('docs/screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not respond at ${url} within ${timeoutMs} ms.`);
}

async function waitForStatus(page, name, pattern) {
  await page.locator(`li.task-row[data-task-name="${name}"] [data-testid="task-status"]`).filter({ hasText: pattern }).waitFor({ timeout: 120_000 });
}

async function run(page, args) {
  await page.getByLabel('Arguments').fill(args);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

async function shoot(page, name, fullPage = true) {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage });
  console.log(`wrote docs/screenshots/${name}.png`);
}

// Vite's own entry point, not npx, so that kill() stops the server itself.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--bypass-lock'], { stdio: 'ignore' });
try {
  await waitForServer(baseUrl, 30_000);
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ ...(executablePath === '' ? {} : { executablePath }), args: ['--no-sandbox'] });

  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(baseUrl);
    if (colorScheme === 'light') await shoot(page, 'empty');

    await page.getByRole('button', { name: 'Add sample image' }).click();
    await page.getByRole('button', { name: 'Add sample video' }).click();
    await run(page, '-i /input/import-1/sample.png -vf "scale=160:-1,hue=h=90" /output/small.png');
    await waitForStatus(page, 'command-1', /finished/);
    await page.getByLabel('Arguments').fill('-i /input/import-2/clip.mp4 -vf "scale=640:-2 /outptu/out.mp4');
    await shoot(page, colorScheme === 'light' ? 'workspace' : 'workspace-dark');
    await context.close();
  }

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Add sample video' }).click();
  await run(page, '-i /input/import-1/sample.mp4 -c:v libx264 -preset veryslow -an /output/slow.mp4');
  await page.locator('[data-testid="task-output"]').filter({ hasText: /frame=/ }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(3000);
  await shoot(page, 'running');
  await waitForStatus(page, 'command-1', /finished/);
  await run(page, '-i /input/import-1/sample.mp4 -c:v nosuchencoder /output/x.mp4');
  await waitForStatus(page, 'command-2', /error/);
  await shoot(page, 'error');
  await context.close();

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  await phonePage.goto(baseUrl);
  await phonePage.getByRole('button', { name: 'Add sample image' }).click();
  await run(phonePage, '-i /input/import-1/sample.png -vf scale=160:-1 /output/small.png');
  await waitForStatus(phonePage, 'command-1', /finished/);
  // A full phone page is several screens tall, so the shot shows one screen from the queue down.
  await phonePage.getByRole('heading', { name: 'Tasks', exact: true }).evaluate((heading) => {
    heading.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -24);
  });
  await shoot(phonePage, 'phone', false);
  await phone.close();

  await browser.close();
} finally {
  server.kill();
}
