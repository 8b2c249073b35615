/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { isPageToWorkerMessage, type PrecacheStatus, type UrlFetchReply } from './messages';
import { SHARE_TARGET_FIELD, SHARE_TARGET_PATH, storeSharedFiles } from './shared-files';

/**
 * The app's service worker. It precaches the app shell, every engine file and
 * the samples at install, so the app runs with the network cut off after one
 * visit, and it receives files shared to the installed app.
 */

declare const self: ServiceWorkerGlobalScope;

// vite-plugin-pwa replaces self.__WB_MANIFEST with the list of built files at build time.
const manifest = self.__WB_MANIFEST;
const shareTargetUrl = new URL(SHARE_TARGET_PATH, self.registration.scope).href;

// Registered before Workbox's router, whose precache route only matches GET requests.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'POST' || request.url !== shareTargetUrl) return;
  event.respondWith(receiveShare(request));
});

precacheAndRoute(manifest);
cleanupOutdatedCaches();

// registerType 'prompt': a new version waits until the page sends SKIP_WAITING,
// which it does only when the person clicks Reload. A first install has no page
// to interrupt, so it takes control of the open page at once.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', (event) => {
  const message: unknown = event.data;
  if (!isPageToWorkerMessage(message)) return;

  switch (message.type) {
    case 'SKIP_WAITING':
      void self.skipWaiting();
      break;
    case 'FETCH_URL': {
      const port = event.ports[0];
      if (port === undefined) return;
      event.waitUntil(fetchForPage(message.url).then((reply) => port.postMessage(reply)));
      break;
    }
    case 'PRECACHE_STATUS': {
      const port = event.ports[0];
      if (port === undefined) return;
      event.waitUntil(readPrecacheStatus(message.required).then((status) => port.postMessage(status)));
      break;
    }
    default: {
      const unexpected: never = message;
      throw new Error(`Unexpected page message ${JSON.stringify(unexpected)}`);
    }
  }
});

/**
 * Fetches a URL the person asked to import. The page's Content-Security-Policy
 * limits connect-src to the app's origin, while the service worker's own
 * policy (sent with sw.js) also allows http: and https:. So this message is
 * the one way the app reaches another site, and the page sends it only from
 * the URL import form. Cookies are never sent.
 */
async function fetchForPage(url: string): Promise<UrlFetchReply> {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') return { type: 'FETCH_URL', ok: false, message: `"${url}" is not an http or https URL` };
  try {
    const response = await fetch(url, { credentials: 'omit', mode: 'cors', redirect: 'follow', cache: 'no-store' });
    const body = await response.blob();
    return { type: 'FETCH_URL', ok: true, status: response.status, statusText: response.statusText, url: response.url, headers: [...response.headers], body };
  } catch (error) {
    return { type: 'FETCH_URL', ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Stores the shared files and sends the browser to the app, which picks them up. */
async function receiveShare(request: Request): Promise<Response> {
  const form = await request.formData();
  const files = form.getAll(SHARE_TARGET_FIELD).filter((value): value is File => value instanceof File);
  await storeSharedFiles(self.caches, files, self.registration.scope);
  // 303 turns the POST into a GET of the app.
  return Response.redirect(self.registration.scope, 303);
}

/** Checks every manifest entry against the cache and every `required` URL against the manifest. */
async function readPrecacheStatus(required: readonly string[]): Promise<PrecacheStatus> {
  const manifestUrls = manifest.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, self.registration.scope).href);
  const uncached: string[] = [];
  for (const url of manifestUrls) {
    if ((await matchPrecache(url)) === undefined) uncached.push(url);
  }
  const unlisted = required.filter((url) => !manifestUrls.includes(url));

  return { type: 'PRECACHE_STATUS', total: manifestUrls.length, cached: manifestUrls.length - uncached.length, uncached, unlisted };
}
