import { relativePath, type StoredFile } from '../../runner/files';
import type { Task } from '../../tasks/types';
import { mediaKind } from '../lib/media';

export interface Side {
  /** Path as the command saw it: /input/<task>/<file> or /output/<file>. */
  readonly path: string;
  readonly file: StoredFile;
}

const isImage = (file: StoredFile): boolean => mediaKind(file.filename, file.data.type) === 'image';

function argumentsOf(task: Task): string {
  const payload = task.payload;
  if (typeof payload !== 'object' || payload === null || !('arguments' in payload)) return '';
  return typeof payload.arguments === 'string' ? payload.arguments : '';
}

/**
 * Picks the images to compare for a finished command task: its first image
 * output, and the input image its arguments name first, else the first image
 * of its input tasks. Returns null when either side is missing.
 */
export function beforeAfterPair(
  task: Task,
  files: Readonly<Record<string, readonly StoredFile[]>>,
): { readonly before: Side; readonly after: Side } | null {
  if (task.operation !== 'command' || task.status !== 'finished') return null;
  const output = (files[task.id] ?? []).find(isImage);
  if (output === undefined) return null;

  const candidates = Object.entries(task.depends_on_tasks).flatMap(([name, id]) =>
    (files[id] ?? []).filter(isImage).map((file) => ({ path: `/input/${name}/${relativePath(file)}`, file })),
  );
  const first = candidates[0];
  if (first === undefined) return null;

  const text = argumentsOf(task);
  const named = candidates
    .map((candidate) => ({ candidate, at: text.indexOf(candidate.path) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at)[0]?.candidate;

  return { before: named ?? first, after: { path: `/output/${relativePath(output)}`, file: output } };
}
