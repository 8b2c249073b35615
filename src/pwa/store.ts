import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Readiness of the app to run with the network cut off. */
export type OfflineReadiness =
  | { readonly kind: 'unsupported'; readonly reason: string }
  /** The service worker is registered but does not control the page yet, or the check is running. */
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready'; readonly files: number }
  | {
      readonly kind: 'incomplete';
      readonly cached: number;
      readonly total: number;
      /** Listed in the precache manifest but not cached yet. */
      readonly uncached: readonly string[];
      /** Needed by an engine but absent from the precache manifest. */
      readonly unlisted: readonly string[];
    }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * State of a new deployment: `waiting` when its service worker is installed
 * and waits for the person's Reload, `activated` when it took control from
 * another tab and this page still runs the old code.
 */
export type UpdateState = 'none' | 'waiting' | 'activated';

export interface StorageUsage {
  readonly usageBytes: number;
  readonly quotaBytes: number;
}

export interface PwaState {
  readonly offline: OfflineReadiness;
  /** From navigator.storage.estimate(); null until read or where unsupported. */
  readonly storage: StorageUsage | null;
  /** Whether storage is persistent, from navigator.storage.persisted() or persist(); null until known or where unsupported. */
  readonly persisted: boolean | null;
  readonly update: UpdateState;
}

export const pwaStore = createStore<PwaState>()(() => ({
  offline: { kind: 'checking' },
  storage: null,
  persisted: null,
  update: 'none',
}));

/** Reads a slice of the offline and update state in a React component. */
export function usePwa<T>(selector: (state: PwaState) => T): T {
  return useStore(pwaStore, selector);
}
