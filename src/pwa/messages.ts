/**
 * Messages between the page and the service worker. They are keyed on `type`
 * because workbox-window 7.4 sends `{ type: 'SKIP_WAITING' }` itself.
 */

/** A request from the page. The reply to `PRECACHE_STATUS` goes to the port the request carries. */
export type PageToWorkerMessage =
  | { readonly type: 'SKIP_WAITING' }
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

export function isPageToWorkerMessage(value: unknown): value is PageToWorkerMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'SKIP_WAITING') return true;
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
