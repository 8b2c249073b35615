import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { ENGINE_COMMANDS } from '../tasks/engines';
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

  setEngine(engine: EngineName): void;
  setCommand(command: string): void;
  setArguments(text: string): void;
  setInput(text: string): void;
  setTimeout(text: string): void;
  setCaptureOutput(value: boolean): void;
}

export const editorStore = createStore<EditorState>()((set) => ({
  engine: 'ffmpeg',
  command: 'ffmpeg',
  arguments: '',
  input: '',
  inputEdited: false,
  timeout: String(DEFAULT_TIMEOUT_SECONDS),
  captureOutput: true,

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
}));

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
