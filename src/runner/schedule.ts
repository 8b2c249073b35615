import { normalizeInput } from '../tasks/inputs';
import type { Task } from '../tasks/types';

export type NextStep =
  | { readonly kind: 'run'; readonly task: Task }
  | { readonly kind: 'input-failed'; readonly task: Task; readonly inputName: string }
  | { readonly kind: 'idle' };

/** Returns the task names in a payload's `input`, or none when the field has the wrong type. */
export function payloadInputNames(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null || !('input' in payload)) return [];
  const input: unknown = payload.input;
  if (typeof input === 'string') return normalizeInput(input);
  if (Array.isArray(input) && input.every((item) => typeof item === 'string')) return normalizeInput(input);
  return [];
}

/**
 * Picks what the queue does next: the first waiting command task, in creation
 * order, whose input tasks have all finished. A task whose input ended in
 * error fails at once. A task naming an input that does not exist runs, so
 * payload validation reports it. Tasks whose inputs are still running wait.
 */
export function nextStep(tasks: readonly Task[]): NextStep {
  for (const task of tasks) {
    if (task.status !== 'waiting' || task.operation !== 'command') continue;

    const inputs = payloadInputNames(task.payload).map((name) => ({ name, task: tasks.find((other) => other.name === name) }));
    const failed = inputs.find((input) => input.task?.status === 'error');
    if (failed !== undefined) return { kind: 'input-failed', task, inputName: failed.name };

    const pending = inputs.some((input) => input.task !== undefined && input.task.status !== 'finished');
    if (!pending) return { kind: 'run', task };
  }
  return { kind: 'idle' };
}
