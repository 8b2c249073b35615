import { chromium } from '@playwright/test';
import path from 'node:path';
import { appArguments } from './commands.mjs';
import { roundMs } from './report.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Maximum wait for one task, in milliseconds. The wasm H.264 encode of the 20 s clip took 30 to 50 s on 2 busy cores. */
const TASK_WAIT_MS = 15 * 60_000;

/**
 * Installs timing probes in the page before the app loads, without changing
 * the app. All times are `performance.now()` in the page:
 * - `clicks`: each click on the Run button, taken in the capture phase,
 *   before the app's handler runs.
 * - `workers`: each Worker the page creates, with the time of its
 *   construction, of its `ready` message (engine loaded) and of its `exit`
 *   or `crash` message.
 * - `settled`: per task name, when the task row's status first showed
 *   `finished` or `error`.
 */
function installPageProbes() {
  const probes = { clicks: [], workers: [], settled: {} };
  window.__transmuteBench = probes;

  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      const record = { name: options?.name ?? '', createdAt: performance.now(), readyAt: null, endedAt: null, engineVersion: null };
      super(url, options);
      probes.workers.push(record);
      // Registered before the app sets onmessage, so this listener runs first.
      this.addEventListener('message', (event) => {
        const kind = event.data?.kind;
        if (kind === 'ready' && record.readyAt === null) {
          record.readyAt = performance.now();
          record.engineVersion = event.data.engineVersion;
        } else if ((kind === 'exit' || kind === 'crash') && record.endedAt === null) {
          record.endedAt = performance.now();
        }
      });
    }
  };

  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.textContent?.trim() === 'Run') probes.clicks.push(performance.now());
    },
    true,
  );

  new MutationObserver(() => {
    for (const row of document.querySelectorAll('li.task-row[data-task-name]')) {
      const name = row.getAttribute('data-task-name');
      if (name === null || name in probes.settled) continue;
      const status = row.querySelector('[data-testid="task-status"]')?.textContent;
      if (status === 'finished' || status === 'error') probes.settled[name] = { status, at: performance.now() };
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Launches headless Chromium: CHROMIUM_PATH, default /usr/bin/chromium, or Playwright's own browser when it is empty. */
export async function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    headless: true,
    args: CHROMIUM_ARGS,
    ...(executablePath === '' ? {} : { executablePath }),
  });
  return { browser, version: browser.version(), executablePath: executablePath === '' ? 'Playwright Chromium' : executablePath };
}

/**
 * One app page for one engine, with the fixture added as import-1 through the
 * "Add files" picker. Each `time` call runs a command through the command
 * editor as a person would.
 */
export class EnginePage {
  static async open(browser, baseUrl, engine, fixtureDir) {
    // The app's service worker would download every engine into its cache in
    // the background while the timed runs go on, so the bench blocks it and
    // the engines load over HTTP from vite preview, through the HTTP cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(installPageProbes);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByLabel('Add files').setInputFiles(path.join(fixtureDir, engine.fixture));
    await page.locator('li.task-row[data-task-name="import-1"] [data-testid="task-status"]').filter({ hasText: 'finished' }).waitFor();
    return new EnginePage(context, page, engine);
  }

  constructor(context, page, engine) {
    this.context = context;
    this.page = page;
    this.engine = engine;
    this.commandCount = 0;
  }

  /**
   * Runs `spec` once and returns, in milliseconds: `totalMs` from the click
   * on Run to the row showing `finished`, `loadMs` from the worker's
   * construction to its `ready`, and `workerMs` from construction to the
   * worker's `exit`. Returns `error` with the row's error text when the task
   * ends in `error`.
   */
  async runOnce(spec) {
    const { page } = this;
    await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: this.engine.label });
    await page.getByRole('combobox', { name: 'Command' }).selectOption(spec.command);
    await page.getByLabel('Arguments').fill(appArguments(spec.args));

    this.commandCount += 1;
    const taskName = `command-${this.commandCount}`;
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction((name) => name in window.__transmuteBench.settled, taskName, { timeout: TASK_WAIT_MS, polling: 100 });

    const timing = await page.evaluate((name) => {
      const probes = window.__transmuteBench;
      const clickAt = probes.clicks.at(-1);
      const worker = probes.workers.filter((record) => record.createdAt >= clickAt).at(-1) ?? null;
      return { clickAt, settled: probes.settled[name], worker };
    }, taskName);

    const { worker, settled, clickAt } = timing;
    const result = {
      totalMs: roundMs(settled.at - clickAt),
      loadMs: worker?.readyAt == null ? null : roundMs(worker.readyAt - worker.createdAt),
      workerMs: worker?.endedAt == null ? null : roundMs(worker.endedAt - worker.createdAt),
      engineVersion: worker?.engineVersion ?? null,
      error: null,
    };
    if (settled.status !== 'finished') {
      const text = await page.locator(`li.task-row[data-task-name="${taskName}"] [data-testid="task-error"]`).textContent();
      result.error = (text ?? 'ended in error').trim();
    }
    return result;
  }

  /** Runs `spec` `runs` times, stopping at the first run that ends in error. */
  async time(spec, runs) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const sample = await this.runOnce(spec);
      if (sample.error !== null) return { samples, error: sample.error };
      samples.push(sample);
    }
    return { samples, error: null };
  }

  async close() {
    await this.context.close();
  }
}
