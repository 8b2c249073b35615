/// <reference lib="webworker" />
import type { HostMessage } from '../protocol';
import { collectFiles, mountFiles } from '../worker-side/emscripten-fs';
import { onRun, post } from '../worker-side/post';
import { compileWasm, createWithWasm } from '../worker-side/wasm';
import type { CreateFFmpegCore, FFmpegCore } from './worker-core';

/**
 * Runs one ffmpeg or ffprobe command on `@ffmpeg/core` 0.12.10 and exits.
 * The host terminates this worker afterwards, so nothing from this run
 * (heap, sticky options such as -loglevel) reaches the next task.
 */

const ABORT_LINE = 'Aborted()';

/** Imports the core's factory and compiles its wasm; each call of the result is a fresh instance. */
async function loadCoreFactory(assetUrls: Readonly<Record<string, string>>): Promise<() => Promise<FFmpegCore>> {
  const coreUrl = assetUrls['core'];
  const wasmUrl = assetUrls['wasm'];
  if (coreUrl === undefined || wasmUrl === undefined) throw new Error('The ffmpeg worker needs the core and wasm URLs.');

  const [module, wasm] = await Promise.all([import(/* @vite-ignore */ coreUrl) as Promise<{ default: CreateFFmpegCore }>, compileWasm(wasmUrl)]);
  // @ffmpeg/core 0.12.10 overwrites Module.locateFile and reads the wasm URL from a
  // base64 JSON fragment on this URL. instantiateWasm bypasses that lookup anyway.
  const fragment = btoa(JSON.stringify({ wasmURL: wasmUrl, workerURL: '' }));
  return () => createWithWasm(wasm, (instantiateWasm) => module.default({ mainScriptUrlOrBlob: `${coreUrl}#${fragment}`, instantiateWasm }));
}

/**
 * Runs `ffmpeg -version` and returns the version from its first line. Call it
 * on a throwaway instance: in FFmpeg 5.1 `-version` installs a log callback
 * that prints every level to stdout, and it stays for later runs.
 */
function readVersion(core: FFmpegCore): string {
  let firstLine: string | null = null;
  core.setLogger(({ message }) => {
    firstLine ??= message;
  });
  core.exec('-hide_banner', '-version');
  const match = /version (\S+)/.exec(firstLine ?? '');
  if (match?.[1] === undefined) throw new Error(`Could not read the ffmpeg version from "${firstLine ?? ''}".`);
  return match[1];
}

/**
 * Runs ffprobe and returns its real exit code. The wrapper `ffprobe()` of
 * @ffmpeg/core 0.12.10 drops the return value of ffprobe's main and returns
 * -1 even on success; only an early exit through exit_program sets `ret`.
 */
function runFFprobe(core: FFmpegCore, args: readonly string[]): number {
  const argv = ['./ffprobe', ...args];
  try {
    return core._ffprobe(argv.length, core.stringsToPtr(argv));
  } catch (error) {
    // exit_program stores the code in `ret` and then aborts.
    if (error instanceof Error && error.message.startsWith('Aborted')) return core.ret;
    throw error;
  }
}

onRun(async (message: HostMessage) => {
  const createCore = await loadCoreFactory(message.assetUrls);
  post({ kind: 'ready', engineVersion: readVersion(await createCore()) });
  const core = await createCore();

  await mountFiles(core.FS, message.files, message.folders);

  core.setLogger(({ type, message: line }) => {
    // @ffmpeg/core 0.12.10 ends every ffmpeg run through abort(), which prints this line.
    if (line === ABORT_LINE) return;
    post({ kind: 'log', stream: type === 'stdout' ? 'stdout' : 'stderr', line });
  });
  // @ffmpeg/core 0.12.10 reports `time` in microseconds of output written.
  core.setProgress(({ time }) => {
    if (Number.isFinite(time) && time >= 0) post({ kind: 'progress', outputSeconds: time / 1_000_000 });
  });
  const args = [...message.args];
  const exitCode = message.command === 'ffprobe' ? runFFprobe(core, args) : core.exec(...args);

  post({ kind: 'exit', exitCode, files: collectFiles(core.FS) });
});
