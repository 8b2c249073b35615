import { isUrlFetchReply, type PageToWorkerMessage } from './messages';

/** Wait for the service worker's reply, in milliseconds; a large download can take long. */
const replyTimeoutMs = 10 * 60 * 1000;

/**
 * Fetches a URL for the URL import through the service worker, which may reach
 * other sites while the page may not (see sw.ts). Without a controlling
 * service worker (`npm run dev`, or the first moments of a first visit) it
 * falls back to the page's own fetch, which the policy limits to this origin.
 * Rejects with a TypeError, as `fetch` does, when no response arrives.
 */
export async function fetchForImport(url: string): Promise<Response> {
  const worker = navigator.serviceWorker?.controller ?? null;
  if (worker === null) return fetch(url);

  const channel = new MessageChannel();
  const reply = new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TypeError('The service worker did not respond within 10 minutes.')), replyTimeoutMs);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
  });
  const message: PageToWorkerMessage = { type: 'FETCH_URL', url };
  worker.postMessage(message, [channel.port2]);

  const data = await reply;
  channel.port1.close();
  if (!isUrlFetchReply(data)) throw new TypeError('The service worker sent an unreadable reply.');
  if (!data.ok) throw new TypeError(data.message);

  const response = new Response(data.body, { status: data.status, statusText: data.statusText, headers: data.headers.map(([name, value]): [string, string] => [name, value]) });
  // A constructed Response has an empty url; the import names the file after the URL after redirects.
  Object.defineProperty(response, 'url', { value: data.url });
  return response;
}
