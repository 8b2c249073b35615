import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Rounds milliseconds to 0.1 ms, the resolution of performance.now() in a page without cross-origin isolation. */
export const roundMs = (ms) => Math.round(ms * 10) / 10;

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Returns the 1, 5 and 15 minute load averages from /proc/loadavg, or null off Linux. */
export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return null;
  }
}

/** Returns the core count and the CPU model of the first processor in /proc/cpuinfo. */
export function describeMachine() {
  let cpuModel = 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1] !== undefined) cpuModel = match[1].trim();
  } catch {
    // Not Linux: keep "unknown".
  }
  return { cores: availableParallelism(), cpuModel };
}

const seconds = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const ratio = (numerator, denominator) => (numerator === null || denominator === null || denominator <= 0 ? 'n/a' : `${(numerator / denominator).toFixed(1)}x`);

/**
 * Formats the results as a plain-text table, one row per command, followed
 * by one line per engine with its load time and the notes.
 */
export function formatTable(results) {
  const header = ['engine', 'command', 'native', 'wasm', 'ratio', 'wasm - empty', 'ratio'];
  const rows = [header];

  for (const row of results.commands) {
    const engine = results.engines[row.engine];
    const nativeMs = row.native.medianMs;
    const wasmMs = row.wasm.medianMs;
    const emptyMs = engine.wasmEmptyTaskMs;
    // The empty task is the baseline itself, so the net columns stay empty for it.
    const netMs = row.id === 'empty' || wasmMs === null || emptyMs === null ? null : wasmMs - emptyMs;
    rows.push([
      row.engine,
      row.title,
      row.native.error === null ? seconds(nativeMs) : 'failed',
      wasmCell(row.wasm, engine),
      ratio(wasmMs, nativeMs),
      netMs === null ? '' : seconds(netMs),
      netMs === null ? '' : ratio(netMs, nativeMs),
    ]);
  }

  const widths = header.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  const lines = rows.map((cells) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));

  lines.push('');
  for (const [name, engine] of Object.entries(results.engines)) {
    if (engine.wasmStatus !== 'measured') {
      lines.push(`${name} (wasm): ${engine.wasmSkipReason}`);
      continue;
    }
    lines.push(
      `${name} ${engine.wasmVersion ?? ''} (wasm): load ${seconds(engine.wasmLoadMs)} median over ${engine.wasmLoadSamplesMs.length} tasks ` +
        `(worker created to ready); empty task ${seconds(engine.wasmEmptyTaskMs)}`,
    );
  }
  for (const [name, engine] of Object.entries(results.engines)) {
    if (engine.nativeVersion === null) lines.push(`${name} native: ${engine.nativeSkipReason}`);
  }
  for (const note of results.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}

function wasmCell(wasm, engine) {
  if (engine.wasmStatus !== 'measured') return 'skipped';
  if (wasm.error !== null) return 'failed';
  return seconds(wasm.medianMs);
}
