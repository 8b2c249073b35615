import { expectStatus, runCommand, taskRow } from './support/app';
import { expect, test } from './support/fixtures';
import { isAppRequest, NetworkRecorder } from './support/network-guard';

// These checks use made-up URL strings only; nothing here is requested.
const APP = 'http://localhost:4173';

test.describe('network guard', () => {
  const cases: ReadonlyArray<readonly [string, boolean]> = [
    [`${APP}/assets/ffmpeg-core.wasm`, true],
    [`${APP}/sw.js`, true],
    [`blob:${APP}/2f9c1a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b`, true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['http://127.0.0.1:4173/', false],
    ['http://localhost:4174/', false],
    ['https://localhost:4173/', false],
    ['https://cdn.example/ffmpeg-core.js', false],
    ['ws://localhost:5173/', false],
    ['blob:https://other.example/2f9c1a3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b', false],
    ['not a url', false],
  ];
  for (const [url, allowed] of cases) {
    test(`${allowed ? 'allows' : 'flags'} ${url}`, () => {
      expect(isAppRequest(url, APP)).toBe(allowed);
    });
  }

  test('recorder lists each foreign URL once', () => {
    const recorder = new NetworkRecorder(`${APP}/`);

    recorder.record(`${APP}/index.html`);
    recorder.record('https://cdn.example/a.js');
    recorder.record('https://cdn.example/a.js');
    recorder.record('https://fonts.example/b.woff2');

    expect(recorder.foreignRequests()).toEqual(['https://cdn.example/a.js', 'https://fonts.example/b.woff2']);
  });

  test('recorder returns whether a URL is foreign', () => {
    const recorder = new NetworkRecorder(APP);

    expect(recorder.record(`${APP}/`)).toBe(false);
    expect(recorder.record('https://cdn.example/')).toBe(true);
  });

  test('recorder accepts an allowed origin only', () => {
    const recorder = new NetworkRecorder(APP);
    recorder.allowOrigin('http://127.0.0.1:4300/anything');

    expect(recorder.record('http://127.0.0.1:4300/a.png')).toBe(false);
    expect(recorder.record('http://127.0.0.1:4301/a.png')).toBe(true);
  });

  test('recorder sees page and service worker requests', async ({ page, context, networkGuard }) => {
    const fromServiceWorker: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker() !== null) fromServiceWorker.push(new URL(request.url()).pathname);
    });

    await page.goto('/');
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', /^(ready|incomplete)$/, { timeout: 60_000 });

    const recorded = networkGuard.allRequests().map((url) => new URL(url).pathname);
    expect(recorded).toContain('/');
    // Only the service worker's precaching fetches the samples before someone clicks "Add sample".
    expect(fromServiceWorker).toContain('/samples/sample.png');
    expect(recorded).toContain('/samples/sample.png');
  });
});

test.describe('content security policy', () => {
  test('header and meta tag set the same policy', async ({ page }) => {
    const response = await page.goto('/');

    const header = response?.headers()['content-security-policy'];
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(header).toBeDefined();
    expect(meta?.replace(/\s+/g, ' ').trim()).toBe(header);
    expect(header).toContain("connect-src 'self' blob: data:;");
    expect(header).not.toContain('unsafe-inline');
  });

  test('app and ffmpeg run without violations', async ({ page }) => {
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.defineProperty(window, 'cspViolations', { value: violations });
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    await page.goto('/');
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', /^(ready|incomplete)$/, { timeout: 60_000 });

    await page.getByRole('button', { name: 'Add sample video' }).click();
    await expect(taskRow(page, 'import-1').getByTestId('task-status')).toHaveText('finished');
    await runCommand(page, { command: 'ffprobe', args: '-v error -show_format /input/import-1/sample.mp4' });
    await expectStatus(page, 'command-1', 'finished');

    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});
