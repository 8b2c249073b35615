import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { ENGINE_COMMANDS, isEngineCommand, isEngineName } from '../tasks/engines';
import { inputNamesFromArguments } from '../tasks/inputs';
import { DEFAULT_TIMEOUT_SECONDS } from '../tasks/validate';
import type { EngineName } from '../tasks/types';

/** The command editor's fields, kept as text the way the person typed them. */
export interface EditorState {
  readonly engine: EngineName;
  readonly command: string;
  readonly arguments: string;
  /** Comma-separated task names. */
  readonly input: string;
  /** True once the person edited `input`, so it no longer follows the arguments. */
  readonly inputEdited: boolean;
  /** Seconds, as typed. */
  readonly timeout: string;
  readonly captureOutput: boolean;
  /** Counts the payloads loaded by `loadPayload`, so the form can move focus to the loaded command. */
  readonly loadCount: number;

  setEngine(engine: EngineName): void;
  setCommand(command: string): void;
  setArguments(text: string): void;
  setInput(text: string): void;
  setTimeout(text: string): void;
  setCaptureOutput(value: boolean): void;
  /** Fills every field from a task's payload, so a task can be edited and run again. */
  loadPayload(payload: unknown): void;
}

export const editorStore = createStore<EditorState>()((set) => ({
  engine: 'ffmpeg',
  command: 'ffmpeg',
  arguments: '',
  input: '',
  inputEdited: false,
  timeout: String(DEFAULT_TIMEOUT_SECONDS),
  captureOutput: true,
  loadCount: 0,

  setEngine(engine) {
    // Keep the pair valid: a new engine starts with its first command.
    set({ engine, command: ENGINE_COMMANDS[engine][0] ?? '' });
  },
  setCommand(command) {
    set({ command });
  },
  setArguments(text) {
    set((state) => (state.inputEdited ? { arguments: text } : { arguments: text, input: inputNamesFromArguments(text).join(', ') }));
  },
  setInput(text) {
    set({ input: text, inputEdited: text.trim() !== '' });
  },
  setTimeout(text) {
    set({ timeout: text });
  },
  setCaptureOutput(value) {
    set({ captureOutput: value });
  },
  loadPayload(payload) {
    set((state) => ({ ...editorFieldsFromPayload(payload), loadCount: state.loadCount + 1 }));
  },
}));

type EditorFields = Pick<EditorState, 'engine' | 'command' | 'arguments' | 'input' | 'inputEdited' | 'timeout' | 'captureOutput'>;

/**
 * Returns the editor's fields for a payload. A field with the wrong type gets
 * the editor's default, so a task that failed validation can still be edited.
 * A command is kept only when the engine offers it.
 */
export function editorFieldsFromPayload(payload: unknown): EditorFields {
  const record: Readonly<Record<string, unknown>> = typeof payload === 'object' && payload !== null ? { ...payload } : {};
  const engine = isEngineName(record['engine']) ? record['engine'] : 'ffmpeg';
  const command = typeof record['command'] === 'string' && isEngineCommand(engine, record['command']) ? record['command'] : (ENGINE_COMMANDS[engine][0] ?? '');
  const args = typeof record['arguments'] === 'string' ? record['arguments'] : '';
  const inputNames = typeof record['input'] === 'string' ? [record['input']] : Array.isArray(record['input']) ? record['input'].filter((name) => typeof name === 'string') : [];
  const input = inputNames.join(', ');
  const timeout = typeof record['timeout'] === 'number' ? String(record['timeout']) : String(DEFAULT_TIMEOUT_SECONDS);

  return {
    engine,
    command,
    arguments: args,
    input,
    // Keep the payload's input as given when it differs from what the arguments name.
    inputEdited: input !== inputNamesFromArguments(args).join(', '),
    timeout,
    captureOutput: record['capture_output'] === true,
  };
}

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

/**
 * Builds the task payload from the editor's text fields. Values are passed
 * as typed where they are not numbers, so validation can name a bad one.
 */
export function editorPayload(state: EditorState): Record<string, unknown> {
  const names = state.input
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const timeoutText = state.timeout.trim();
  const timeout = timeoutText === '' ? undefined : /^-?\d+(\.\d+)?$/.test(timeoutText) ? Number(timeoutText) : timeoutText;
  return {
    operation: 'command',
    input: names.length === 1 ? names[0] : names,
    engine: state.engine,
    command: state.command,
    arguments: state.arguments,
    capture_output: state.captureOutput,
    ...(timeout === undefined ? {} : { timeout }),
  };
}
