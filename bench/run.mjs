// Times typical commands with Debian's native ffmpeg, ImageMagick and
// GraphicsMagick and with the app's WebAssembly engines, driving the built
// app in headless Chromium. Not part of the tests. See bench/README.md.
//
//   npm run bench -- [--runs N] [--engines ffmpeg,imagemagick,graphicsmagick] [--no-build]
//
// Progress goes to stderr; the table goes to stdout and the figures to
// bench/results/latest.json.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COMMANDS, EMPTY_COMMANDS, ENGINES, appCommandLine, nativeArgs } from './lib/commands.mjs';
import { createFixtures } from './lib/fixtures.mjs';
import { probeNativeEngine, timeNative } from './lib/native.mjs';
import { EnginePage, launchBrowser } from './lib/browser.mjs';
import { buildApp, startPreview } from './lib/server.mjs';
import { describeMachine, formatTable, loadAverage, median } from './lib/report.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PORT = 4174;
const RESULTS_FILE = path.join(ROOT, 'bench/results/latest.json');
/** Build output folder of the bench, apart from dist/, which `npm test` rebuilds. */
const BENCH_DIST = path.join(ROOT, 'node_modules/.tmp/bench-dist');

/** The app's message for a payload whose engine the build does not register. */
const NOT_IN_BUILD = 'is not included in this build';

const log = (line) => process.stderr.write(`${line}\n`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      engines: { type: 'string', default: ENGINES.map((engine) => engine.name).join(',') },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}".`);
  const names = values.engines.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !ENGINES.some((engine) => engine.name === name));
  if (unknown.length > 0) throw new Error(`--engines: unknown engine ${unknown.join(', ')}; use ${ENGINES.map((engine) => engine.name).join(', ')}.`);
  return { runs, engines: ENGINES.filter((engine) => names.includes(engine.name)), build: !values['no-build'] };
}

/**
 * Returns the engine names that src/engines/registry.ts lists in ENGINES.
 * This reads the source text, so it expects one `name: {` entry per engine.
 * An engine that the built page still rejects fails with "not included in
 * this build" and is skipped as well.
 */
function registeredEngines() {
  const source = readFileSync(path.join(ROOT, 'src/engines/registry.ts'), 'utf8');
  const start = source.indexOf('export const ENGINES');
  if (start === -1) throw new Error('src/engines/registry.ts has no "export const ENGINES"; update registeredEngines() in bench/run.mjs.');
  const names = new Set();
  for (const match of source.slice(start).matchAll(/^\s*['"]?(\w+)['"]?\s*:\s*\{/gm)) names.add(match[1]);
  return names;
}

function summarizeNative(timing) {
  return { samplesMs: timing.samplesMs, medianMs: timing.error === null ? median(timing.samplesMs) : null, error: timing.error };
}

function summarizeWasm(timing) {
  const totals = timing.samples.map((sample) => sample.totalMs);
  return {
    samplesMs: totals,
    medianMs: timing.error === null ? median(totals) : null,
    loadSamplesMs: timing.samples.map((sample) => sample.loadMs).filter((value) => value !== null),
    workerSamplesMs: timing.samples.map((sample) => sample.workerMs).filter((value) => value !== null),
    engineVersion: timing.samples.find((sample) => sample.engineVersion !== null)?.engineVersion ?? null,
    error: timing.error,
  };
}

const formatSamples = (samples) => samples.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ');

/** Times one command natively and, when `page` is set, in the app, and logs each as it ends. */
async function timeCommand(engine, nativeEngine, spec, page, context) {
  const { fixtures, workDir, runs } = context;
  const native = nativeEngine.version === null
    ? { samplesMs: [], medianMs: null, error: nativeEngine.reason }
    : summarizeNative(timeNative(spec, fixtures.dir, workDir, runs));
  log(`${engine.name} ${spec.id}: native ${native.error ?? formatSamples(native.samplesMs)}`);

  let wasm = { samplesMs: [], medianMs: null, loadSamplesMs: [], workerSamplesMs: [], engineVersion: null, error: null };
  if (page !== null) {
    wasm = summarizeWasm(await page.time(spec, runs));
    log(`${engine.name} ${spec.id}: wasm ${wasm.error ?? formatSamples(wasm.samplesMs)}`);
  }
  return {
    engine: engine.name,
    id: spec.id,
    title: spec.title,
    appCommand: appCommandLine(spec.command, spec.args),
    nativeCommand: [spec.command, ...nativeArgs(spec.args, '<fixtures>', '<output>')].join(' '),
    native,
    wasm,
  };
}

/**
 * Opens the engine's page and runs the empty command once untimed, so the
 * browser has the engine's files in its HTTP cache before the timed runs.
 * Returns a null page with the reason when the build does not include the
 * engine or the engine does not run at all, for example because its files
 * are missing from public/engines/.
 */
async function openEnginePage(engine, browser, url, fixtures) {
  const page = await EnginePage.open(browser, url, engine, fixtures.dir);
  const warmUp = await page.runOnce(EMPTY_COMMANDS[engine.name]);
  if (warmUp.error === null) return { page, reason: null };

  await page.close();
  if (warmUp.error.includes(NOT_IN_BUILD)) return { page: null, reason: 'not in this build, skipped' };
  return { page: null, reason: `"${EMPTY_COMMANDS[engine.name].title}" failed in the app, skipped: ${warmUp.error}` };
}

async function benchmarkEngine(engine, browser, url, context, results) {
  const nativeEngine = probeNativeEngine(engine);
  const summary = {
    nativeVersion: nativeEngine.version,
    nativeSkipReason: nativeEngine.reason,
    wasmStatus: 'skipped',
    wasmSkipReason: 'not in this build, skipped',
    wasmVersion: null,
    wasmLoadMs: null,
    wasmLoadSamplesMs: [],
    wasmEmptyTaskMs: null,
    loadAverageBefore: loadAverage(),
  };
  results.engines[engine.name] = summary;

  let page = null;
  if (context.registered.has(engine.name)) {
    const opened = await openEnginePage(engine, browser, url, context.fixtures);
    page = opened.page;
    if (opened.reason !== null) summary.wasmSkipReason = opened.reason;
  }
  if (page === null) {
    log(`${engine.name}: ${summary.wasmSkipReason}`);
  } else {
    summary.wasmStatus = 'measured';
    summary.wasmSkipReason = null;
  }

  const rows = [];
  try {
    for (const spec of [EMPTY_COMMANDS[engine.name], ...COMMANDS[engine.name]]) {
      rows.push(await timeCommand(engine, nativeEngine, spec, page, context));
    }
  } finally {
    await page?.close();
  }
  results.commands.push(...rows);

  const loadSamples = rows.flatMap((row) => row.wasm.loadSamplesMs);
  summary.wasmLoadSamplesMs = loadSamples;
  summary.wasmLoadMs = median(loadSamples);
  summary.wasmEmptyTaskMs = rows.find((row) => row.id === 'empty')?.wasm.medianMs ?? null;
  summary.loadAverageAfter = loadAverage();
  summary.wasmVersion = rows.find((row) => row.wasm.engineVersion !== null)?.wasm.engineVersion ?? null;
}

async function main() {
  const options = parseOptions();
  const workDir = path.join(ROOT, 'node_modules/.tmp/bench');
  mkdirSync(workDir, { recursive: true });

  const results = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    runs: options.runs,
    machine: { ...describeMachine(), loadAverageAtStart: loadAverage(), chromium: null },
    method: {
      native: 'wall time from spawn to exit of the native binary, output into an empty folder',
      wasm: 'wall time in the page (performance.now) from the click on Run to the task row showing "finished"; includes worker start, engine load, copying inputs in and outputs out, and rendering',
      load: 'time in the page from constructing the engine worker to its "ready" message',
      statistic: 'median',
    },
    fixtures: {},
    engines: {},
    commands: [],
    notes: [],
  };

  const registered = registeredEngines();
  const outDir = options.build ? BENCH_DIST : path.join(ROOT, 'dist');
  if (options.build) {
    log(`Building the app (npm run build) into ${path.relative(ROOT, outDir)}...`);
    buildApp(ROOT, outDir);
  }
  results.servedFrom = path.relative(ROOT, outDir);

  const fixtures = await createFixtures(path.join(ROOT, 'public/samples'));
  results.fixtures = fixtures.files;
  results.notes.push(...fixtures.notes);

  let preview = null;
  let browser = null;
  try {
    log(`Starting vite preview of ${path.relative(ROOT, outDir)} on port ${PORT}...`);
    preview = await startPreview(ROOT, outDir, PORT);
    const launched = await launchBrowser();
    browser = launched.browser;
    results.machine.chromium = `${launched.version} (${launched.executablePath})`;

    const context = { fixtures, workDir, runs: options.runs, registered };
    for (const engine of options.engines) {
      await benchmarkEngine(engine, browser, preview.url, context, results);
    }
  } finally {
    await browser?.close();
    await preview?.stop();
    rmSync(fixtures.dir, { recursive: true, force: true });
  }

  results.machine.loadAverageAtEnd = loadAverage();
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

  process.stdout.write(`${formatTable(results)}\n`);
  process.stdout.write(
    `\nMedian of ${options.runs} run${options.runs === 1 ? '' : 's'} per command. native: spawn to exit. wasm: click on Run to "finished" in the page, ` +
      'including worker start and engine load; "wasm - empty" subtracts the empty task of the same engine.\n' +
      `${results.machine.cores} cores, ${results.machine.cpuModel}, Chromium ${results.machine.chromium}, ` +
      `load average ${results.machine.loadAverageAtStart?.join(' ')} at start, ${results.machine.loadAverageAtEnd?.join(' ')} at end.\n` +
      `Figures written to ${path.relative(ROOT, RESULTS_FILE)}.\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
