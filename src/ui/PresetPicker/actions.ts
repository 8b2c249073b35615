import { applyPreset, type AppliedPreset } from '../../presets/apply';
import { checkPresetFileSize, parsePresetFile, PRESET_FILE_NAME, serializePresets } from '../../presets/exchange';
import { availableFiles } from '../../presets/files';
import type { Preset, SavedPreset } from '../../presets/types';
import { editorStore } from '../../store/editor';
import { presetsStore, type ImportSummary } from '../../store/presets';
import { tasksStore } from '../../store/tasks';

/** Delay before an exported file's object URL is revoked, in milliseconds, because the browser reads the URL after click() returns. */
const revokeDelayMs = 10_000;

type EditorFields = Pick<AppliedPreset, 'engine' | 'command' | 'arguments' | 'input' | 'captureOutput'>;

/** Fills the command editor, keeping its timeout, and its "Capture output" unless `fields` sets it. */
function loadIntoEditor(fields: EditorFields): void {
  const editor = editorStore.getState();
  const timeoutText = editor.timeout.trim();
  const timeout = Number(timeoutText);
  const input = fields.input
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

  editor.loadPayload({
    operation: 'command',
    engine: fields.engine,
    command: fields.command,
    arguments: fields.arguments,
    input,
    capture_output: fields.captureOutput ?? editor.captureOutput,
    ...(timeoutText !== '' && Number.isFinite(timeout) ? { timeout } : {}),
  });
}

/** Fills the editor from a built-in preset and the first matching import files. */
export function chooseBuiltinPreset(preset: Preset): AppliedPreset {
  const { tasks, files } = tasksStore.getState();
  const applied = applyPreset(preset, availableFiles(tasks, files));
  loadIntoEditor(applied);
  return applied;
}

/** Fills the editor from a saved preset, as it was saved. */
export function loadSavedPreset(preset: SavedPreset): void {
  loadIntoEditor(preset);
}

/** Saves the editor's engine, command, arguments and input under `name`. Raises PresetError for an empty, too long or taken name. */
export function saveEditorAsPreset(name: string): SavedPreset {
  const { engine, command, arguments: args, input } = editorStore.getState();
  return presetsStore.getState().savePreset(name, { name, engine, command, arguments: args, input });
}

/** Downloads every saved preset as transmute-presets.json. */
export function exportSavedPresets(): void {
  const blob = new Blob([serializePresets(presetsStore.getState().saved)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = PRESET_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeDelayMs);
}

/** Imports a preset file. Raises PresetError naming the problem in a malformed file. */
export async function importPresetFile(file: File): Promise<ImportSummary> {
  checkPresetFileSize(file.size, file.name);
  const presets = parsePresetFile(await file.text(), file.name);
  return presetsStore.getState().importPresets(presets);
}
