/**
 * Messages between the page and the service worker. They are keyed on `type`
 * because workbox-window 7.4 sends `{ type: 'SKIP_WAITING' }` itself.
 */

/** A request from the page. The reply to `PRECACHE_STATUS` goes to the port the request carries. */
export type PageToWorkerMessage =
  | { readonly type: 'SKIP_WAITING' }
  /** Fetches a URL for the person's URL import; the reply, a UrlFetchReply, goes to the carried port. */
  | { readonly type: 'FETCH_URL'; readonly url: string }
  | {
      readonly type: 'PRECACHE_STATUS';
      /** Absolute URLs the page needs offline besides the precache manifest, such as engine files. */
      readonly required: readonly string[];
    };

/** The service worker's reply to `PRECACHE_STATUS`. */
export interface PrecacheStatus {
  readonly type: 'PRECACHE_STATUS';
  /** Number of precache manifest entries. */
  readonly total: number;
  /** Number of those entries found in the cache. */
  readonly cached: number;
  /** Absolute URLs of manifest entries that are not in the cache; a reload while online retries them. */
  readonly uncached: readonly string[];
  /**
   * Absolute URLs from `required` that the manifest does not list: files the
   * build lacks, or that exceed Workbox's maximumFileSizeToCacheInBytes.
   */
  readonly unlisted: readonly string[];
}

/** The service worker's reply to `FETCH_URL`: the response with its body, or why the fetch failed. */
export type UrlFetchReply =
  | {
      readonly type: 'FETCH_URL';
      readonly ok: true;
      readonly status: number;
      readonly statusText: string;
      /** The URL after redirects. */
      readonly url: string;
      readonly headers: ReadonlyArray<readonly [string, string]>;
      readonly body: Blob;
    }
  | { readonly type: 'FETCH_URL'; readonly ok: false; readonly message: string };

export function isPageToWorkerMessage(value: unknown): value is PageToWorkerMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'SKIP_WAITING') return true;
  if (value.type === 'FETCH_URL') return 'url' in value && typeof value.url === 'string';
  return value.type === 'PRECACHE_STATUS' && 'required' in value && Array.isArray(value.required) && value.required.every((url) => typeof url === 'string');
}

export function isPrecacheStatus(value: unknown): value is PrecacheStatus {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'type' in value &&
    value.type === 'PRECACHE_STATUS' &&
    'total' in value &&
    typeof value.total === 'number' &&
    'cached' in value &&
    typeof value.cached === 'number' &&
    'uncached' in value &&
    Array.isArray(value.uncached) &&
    'unlisted' in value &&
    Array.isArray(value.unlisted)
  );
}

export function isUrlFetchReply(value: unknown): value is UrlFetchReply {
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'FETCH_URL' || !('ok' in value)) return false;
  if (value.ok === false) return 'message' in value && typeof value.message === 'string';
  return 'status' in value && typeof value.status === 'number' && 'body' in value && value.body instanceof Blob && 'headers' in value && Array.isArray(value.headers);
}
