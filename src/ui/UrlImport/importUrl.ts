import type { TasksStore } from '../../store/tasks';
import { failTask, finishTask, setProgress } from '../../tasks/task';
import type { Task } from '../../tasks/types';
import { filenameFor } from './filename';

export interface UrlImportDependencies {
  readonly store: TasksStore;
  readonly fetch: typeof fetch;
  /**
   * Resolves true when the page's Content-Security-Policy blocked the request,
   * which the browser reports only through a `securitypolicyviolation` event.
   */
  readonly wasBlockedByPolicy: (url: string) => Promise<boolean>;
}

/** Explains a fetch that rejected before any response, the way the browser reports it: a bare TypeError. */
function networkFailureMessage(url: string, error: unknown, blockedByPolicy: boolean): string {
  if (blockedByPolicy) {
    return `Fetching ${url} was blocked by this app's Content-Security-Policy, which allows the page to fetch only from its own address. Download the file with the browser and drop it here instead.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Fetching ${url} failed before any response arrived (${detail}). The server may be unreachable, the address may be wrong, or the server does not allow other sites to read the file (CORS). Download the file with the browser and drop it here instead.`;
}

async function readBody(response: Response, onPercent: (percent: number) => void): Promise<Blob> {
  const total = Number(response.headers.get('content-length'));
  if (response.body === null || !Number.isFinite(total) || total <= 0) return response.blob();

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onPercent((received / total) * 100);
  }
  return new Blob(chunks);
}

/**
 * Fetches `url` into a new import/url task: the task is processing while the
 * body downloads, shows the download's percent when the server sends
 * Content-Length, and then finishes with the file or ends in INVALID_DATA
 * with the reason. Throws TaskError INVALID_DATA, before creating a task, for
 * a URL that is not http or https.
 */
export async function importFromUrl(url: string, deps: UrlImportDependencies): Promise<Task> {
  const { store } = deps;
  const fetchedUrl = url.trim();
  const task = store.getState().addUrlImportTask(fetchedUrl);
  const current = (): Task => store.getState().tasks.find((candidate) => candidate.id === task.id) ?? task;
  const fail = (message: string): Task => {
    const failed = failTask(current(), 'INVALID_DATA', message);
    store.getState().replaceTask(failed);
    return failed;
  };

  let response: Response;
  try {
    response = await deps.fetch(fetchedUrl);
  } catch (error) {
    return fail(networkFailureMessage(fetchedUrl, error, await deps.wasBlockedByPolicy(fetchedUrl)));
  }
  if (!response.ok) {
    const reason = `${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
    return fail(`Fetching ${fetchedUrl} failed: the server responded with HTTP ${reason}. Check the address.`);
  }

  let body: Blob;
  try {
    body = await readBody(response, (percent) => store.getState().replaceTask(setProgress(current(), percent)));
  } catch (error) {
    return fail(`Fetching ${fetchedUrl} stopped while the file was downloading (${error instanceof Error ? error.message : String(error)}). Try again.`);
  }

  const filename = filenameFor(response.url === '' ? fetchedUrl : response.url, response.headers.get('content-disposition'));
  const file = new File([body], filename, { type: response.headers.get('content-type')?.split(';')[0] ?? '' });
  store.getState().setFiles(task.id, [{ filename, data: file }]);
  const finished = finishTask(current(), { files: [{ filename, size: file.size }] });
  store.getState().replaceTask(finished);
  return finished;
}
