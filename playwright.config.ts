import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium by default; set CHROMIUM_PATH to another binary, or to an
// empty string to use Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Not `npm start`'s 4173, so the tests never run against an app that is already running.
const port = Number(process.env.E2E_PORT ?? 4183);

export default defineConfig({
  testDir: 'e2e',
  // Engines compile tens of megabytes of WebAssembly and the machine has two cores.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath === '' ? {} : { executablePath }),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // Vite 8 refuses a second preview of one project without --bypass-lock; a preview only reads dist/.
    command: `npx vite preview --port ${port} --strictPort --bypass-lock`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
