import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { NATIVE_PROGRAMS, nativeArgs } from './commands.mjs';
import { roundMs } from './report.mjs';

/**
 * Returns the first line of the engine's version output, or null with the
 * reason when the binary is missing or is not the expected program.
 */
export function probeNativeEngine(engine) {
  const [program, args] = engine.nativeCheck;
  const result = spawnSync(program, args, { encoding: 'utf8' });
  if (result.error) return { version: null, reason: `${program} not found (${result.error.code ?? result.error.message})` };

  const text = `${result.stdout}\n${result.stderr}`;
  if (!text.includes(engine.nativeMarker)) return { version: null, reason: `${program} is not ${engine.nativeMarker}` };
  const firstLine = text.split('\n').find((line) => line.includes(engine.nativeMarker)) ?? '';
  // ffmpeg appends a copyright notice to its version line.
  return { version: firstLine.replace(/\s+Copyright.*$/, '').trim(), reason: null };
}

/**
 * Runs `spec` natively `runs` times, each time into an empty output folder,
 * and returns the wall times in milliseconds, from spawn to exit. The times
 * include process start. Stops at the first run that fails and returns its
 * error instead.
 */
export function timeNative(spec, fixtureDir, workDir, runs) {
  const program = NATIVE_PROGRAMS[spec.command];
  const outputDir = path.join(workDir, 'native-output');
  const argv = nativeArgs(spec.args, fixtureDir, outputDir);
  const samplesMs = [];

  for (let run = 0; run < runs; run++) {
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir);

    const start = performance.now();
    const result = spawnSync(program, argv, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const elapsedMs = performance.now() - start;

    if (result.error || result.status !== 0) {
      const detail = result.error ? result.error.message : lastLine(result.stderr.toString());
      return { samplesMs, error: `${program} exited with ${result.status ?? result.signal}: ${detail}` };
    }
    samplesMs.push(roundMs(elapsedMs));
  }
  rmSync(outputDir, { recursive: true, force: true });
  return { samplesMs, error: null };
}

function lastLine(text) {
  return text.trim().split('\n').at(-1) ?? '';
}
