import { ENGINE_COMMANDS, ENGINE_NAMES, isEngineName } from './engines';
import { TaskError } from './errors';
import { inputNamesFromArguments, normalizeInput } from './inputs';
import { isValidTaskName } from './names';
import { splitArguments } from './split';
import type { EngineName, TaskStatus, ValidPayload } from './types';

/** Tasks that exist and engine versions that can load, for checking a payload against. */
export interface ValidationContext {
  readonly tasks: ReadonlyArray<{ readonly name: string; readonly status: TaskStatus }>;
  /**
   * Versions each engine can load. When an engine's list is absent or empty,
   * because the engine has not loaded yet, any engine_version passes here and
   * the runner checks it again when the engine loads.
   */
  readonly versions: Readonly<Partial<Record<EngineName, readonly string[]>>>;
}

/** Five hours, as CloudConvert's default. */
export const DEFAULT_TIMEOUT_SECONDS = 18_000;

/**
 * Largest timeout that a runner can pass to setTimeout, whose delay is a
 * signed 32-bit number of milliseconds. A longer delay fires at once.
 */
export const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

const PAYLOAD_FIELDS: readonly string[] = [
  'operation',
  'input',
  'engine',
  'engine_version',
  'command',
  'arguments',
  'capture_output',
  'timeout',
];

// Values longer than this are cut in messages, so a long arguments string
// does not flood the task's message.
const MAX_SHOWN_VALUE_LENGTH = 80;

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? typeof value;
  } catch {
    text = typeof value;
  }
  return text.length > MAX_SHOWN_VALUE_LENGTH ? `${text.slice(0, MAX_SHOWN_VALUE_LENGTH)}...` : text;
}

function invalidField(field: string, value: unknown, problem: string, allowed: string): TaskError {
  return new TaskError('INVALID_DATA', `Invalid "${field}" (${describeValue(value)}): ${problem}. ${allowed}`);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listNames(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

function validateInput(value: unknown, context: ValidationContext): readonly string[] {
  if (value === undefined) {
    return [];
  }
  const isStringArray = Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (typeof value !== 'string' && !isStringArray) {
    throw invalidField('input', value, 'it is not a string or an array of strings', 'Give a task name or an array of task names.');
  }

  const names = normalizeInput(typeof value === 'string' ? value : value.filter((item) => typeof item === 'string'));
  const existing = context.tasks.map((task) => task.name);

  for (const name of names) {
    if (!isValidTaskName(name)) {
      throw invalidField(
        'input',
        value,
        `${JSON.stringify(name)} is not a valid task name`,
        'A task name contains only letters A-Z and a-z, digits 0-9, "-" and "_".',
      );
    }
    if (!existing.includes(name)) {
      throw invalidField('input', value, `no task is named ${JSON.stringify(name)}`, `Existing tasks: ${listNames(existing)}.`);
    }
  }
  return names;
}

function validateEngineVersion(value: unknown, engine: EngineName, context: ValidationContext): string | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw invalidField('engine_version', value, 'it is not a string', 'Give a version string, or leave the field out for the newest version.');
  }

  const versions = context.versions[engine] ?? [];
  if (versions.length > 0 && !versions.includes(value)) {
    throw invalidField(
      'engine_version',
      value,
      `${engine} has no such version`,
      `Available versions: ${versions.join(', ')}. Leave the field out for the newest.`,
    );
  }
  return value;
}

function validateTimeout(value: unknown): number {
  if (value === undefined) {
    return DEFAULT_TIMEOUT_SECONDS;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_TIMEOUT_SECONDS) {
    throw invalidField(
      'timeout',
      value,
      'it is not a positive whole number of seconds within the limit',
      `Give an integer from 1 to ${MAX_TIMEOUT_SECONDS}. The default is ${DEFAULT_TIMEOUT_SECONDS}.`,
    );
  }
  return value;
}

/**
 * Checks a command task payload and returns it with defaults filled in:
 * `input` as an array of names, `capture_output` false and `timeout` 18000
 * seconds. The arguments are split with a glob expander that matches nothing,
 * so quoting and rejected shell syntax fail here, before the task runs.
 *
 * Throws TaskError INVALID_DATA naming the first invalid field, what is wrong
 * with it and what is allowed. Unknown fields are invalid too, so a misspelled
 * field name is caught instead of being ignored.
 */
export function validatePayload(payload: unknown, context: ValidationContext): ValidPayload {
  if (!isRecord(payload)) {
    throw new TaskError('INVALID_DATA', `Invalid payload (${describeValue(payload)}): it is not a JSON object. Give an object with "operation": "command".`);
  }

  const unknownField = Object.keys(payload).find((field) => !PAYLOAD_FIELDS.includes(field));
  if (unknownField !== undefined) {
    throw invalidField(unknownField, payload[unknownField], 'a command task has no such field', `Use only these fields: ${PAYLOAD_FIELDS.join(', ')}.`);
  }

  if (payload.operation !== 'command') {
    throw invalidField('operation', payload.operation, 'only command tasks can be created from a payload', 'Use "command".');
  }

  const engine = payload.engine;
  if (!isEngineName(engine)) {
    throw invalidField('engine', engine, 'it is not a known engine', `Use one of: ${ENGINE_NAMES.join(', ')}.`);
  }

  const command = payload.command;
  const commands = ENGINE_COMMANDS[engine];
  if (typeof command !== 'string' || !commands.includes(command)) {
    throw invalidField('command', command, `${engine} has no such command`, `Use one of: ${commands.join(', ')}.`);
  }

  const argumentsText = payload.arguments;
  if (typeof argumentsText !== 'string') {
    throw invalidField('arguments', argumentsText, 'it is not a string', 'Give the arguments as one shell-style string.');
  }
  splitArguments(argumentsText, () => []);

  const input = validateInput(payload.input, context);
  const undeclared = inputNamesFromArguments(argumentsText).find((name) => !input.includes(name));
  if (undeclared !== undefined) {
    throw invalidField(
      'input',
      payload.input,
      `the arguments read /input/${undeclared}/ but input does not name the task "${undeclared}", so nothing is mounted there`,
      `Add "${undeclared}" to input.`,
    );
  }
  const engineVersion = validateEngineVersion(payload.engine_version, engine, context);

  const captureOutput = payload.capture_output === undefined ? false : payload.capture_output;
  if (typeof captureOutput !== 'boolean') {
    throw invalidField('capture_output', payload.capture_output, 'it is not a boolean', 'Use true or false.');
  }

  const timeout = validateTimeout(payload.timeout);

  return {
    operation: 'command',
    input,
    engine,
    ...(engineVersion === undefined ? {} : { engine_version: engineVersion }),
    command,
    arguments: argumentsText,
    capture_output: captureOutput,
    timeout,
  };
}
