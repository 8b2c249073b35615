import { TaskError } from './errors';
import { isValidTaskName } from './names';
import { isoNow } from './time';
import type { Task } from './types';

/**
 * Creates an `import/url` task that is processing from the start, because the
 * browser begins to fetch the URL as soon as the task exists. Finish it with
 * `finishTask` once the file has arrived, or end it with `failTask`.
 *
 * Throws TaskError INVALID_DATA for an invalid task name, or for a URL that
 * does not parse or whose scheme is not http or https.
 */
export function createUrlImportTask(name: string, url: string, now: Date = new Date()): Task {
  if (!isValidTaskName(name)) {
    throw new TaskError(
      'INVALID_DATA',
      `Invalid task name ${JSON.stringify(name)}: a task name may contain only letters A-Z and a-z, digits 0-9, "-" and "_".`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TaskError('INVALID_DATA', `Invalid "url" (${JSON.stringify(url)}): it is not an absolute URL. Give a URL that starts with https:// or http://.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TaskError('INVALID_DATA', `Invalid "url" (${JSON.stringify(url)}): the scheme ${parsed.protocol} is not supported. Give an https:// or http:// URL.`);
  }

  const time = isoNow(now);
  return {
    id: crypto.randomUUID(),
    name,
    operation: 'import/url',
    status: 'processing',
    message: null,
    code: null,
    percent: 0,
    created_at: time,
    started_at: time,
    ended_at: null,
    depends_on_tasks: {},
    engine: null,
    engine_version: null,
    payload: { operation: 'import/url', url },
    result: null,
  };
}
