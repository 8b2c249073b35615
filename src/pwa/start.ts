/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { ENGINES } from '../engines/registry';
import { tasksStore } from '../store/tasks';
import type { Task } from '../tasks/types';
import { consumeLaunchedFiles } from './launch-queue';
import { isPrecacheStatus, type PageToWorkerMessage, type PrecacheStatus } from './messages';
import { takeSharedFiles } from './shared-files';
import { pwaStore } from './store';

/** How long the page waits for the service worker's precache report, in milliseconds. */
const STATUS_TIMEOUT_MS = 15_000;

let started = false;
let applyUpdate: (() => Promise<void>) | null = null;

/** Returns true when a task is running or queued to run, so that a reload would stop it. */
export function isBusyTask(task: Task): boolean {
  return task.status === 'processing' || task.status === 'waiting';
}

/**
 * Starts everything the installed, offline app needs: the service worker, the
 * offline status, persistent storage, and the intake of files opened with or
 * shared to the app. Only the first call acts, so calling it again is safe.
 */
export function startPwa(): void {
  if (started) return;
  started = true;

  const addFile = (file: File): void => {
    tasksStore.getState().addImportTask([file]);
  };
  consumeLaunchedFiles(addFile);
  void pickUpSharedFiles(addFile);
  void requestPersistentStorage();

  if (!('serviceWorker' in navigator)) {
    const reason = window.isSecureContext ? 'this browser has no service workers' : 'the page is not served over HTTPS or from localhost';
    pwaStore.setState({ offline: { kind: 'unsupported', reason } });
    void readStorageUsage();
    return;
  }
  // The first controllerchange of a page that had no service worker is the
  // first install claiming it. Any later one is a new version taking over.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reloadWhenIdle();
    controlled = true;
    void checkOfflineReadiness();
  });
  applyUpdate = registerSW({
    immediate: true,
    onRegisteredSW: () => void checkOfflineReadiness(),
    onOfflineReady: () => void checkOfflineReadiness(),
    onNeedRefresh: () => pwaStore.setState({ update: 'waiting' }),
    // The controllerchange listener above reloads instead, because
    // vite-plugin-pwa 2.0 calls this only in pages that had a service worker
    // when they loaded, so the page of a first visit would never reload.
    onNeedReload: () => undefined,
    onRegisterError: (error: unknown) => pwaStore.setState({ offline: { kind: 'failed', message: `Registering the service worker failed: ${String(error)}` } }),
  });
}

/**
 * Lets the waiting service worker take over. The page reloads once it has.
 * The caller makes sure no task is running.
 */
export async function installUpdate(): Promise<void> {
  if (applyUpdate === null) throw new Error('No service worker is registered, so there is no update to install.');
  await applyUpdate();
}

// The new service worker controls this page now. Reloading loads the new
// version, but a running task would be lost, so a busy page waits for Reload.
function reloadWhenIdle(): void {
  if (!tasksStore.getState().tasks.some(isBusyTask)) window.location.reload();
  else pwaStore.setState({ update: 'activated' });
}

async function pickUpSharedFiles(addFile: (file: File) => void): Promise<void> {
  if (!('caches' in window)) return;
  try {
    for (const file of await takeSharedFiles(window.caches)) addFile(file);
  } catch (error) {
    console.error('Reading the files shared to the app failed', error);
  }
}

async function requestPersistentStorage(): Promise<void> {
  if (navigator.storage?.persist === undefined) return;
  try {
    // Chromium grants or denies without asking, from how the site is used
    // (installed, bookmarked, engagement); other browsers may prompt.
    const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    pwaStore.setState({ persisted });
  } catch (error) {
    console.error('Requesting persistent storage failed', error);
  }
}

async function readStorageUsage(): Promise<void> {
  if (navigator.storage?.estimate === undefined) return;
  const { usage, quota } = await navigator.storage.estimate();
  pwaStore.setState({ storage: { usageBytes: usage ?? 0, quotaBytes: quota ?? 0 } });
}

/** Lists every engine file the app loads at run time, as absolute URLs. */
function engineFileUrls(): string[] {
  return Object.values(ENGINES).flatMap((engine) => (engine === undefined ? [] : Object.values(engine.assetUrls())));
}

async function checkOfflineReadiness(): Promise<void> {
  const controller = navigator.serviceWorker.controller;
  if (controller === null) {
    // The first install is still downloading; the controllerchange event calls this again.
    pwaStore.setState({ offline: { kind: 'checking' } });
    return;
  }

  try {
    const status = await requestPrecacheStatus(controller, engineFileUrls());
    pwaStore.setState({
      offline:
        status.uncached.length === 0 && status.unlisted.length === 0
          ? { kind: 'ready', files: status.total }
          : { kind: 'incomplete', cached: status.cached, total: status.total, uncached: status.uncached, unlisted: status.unlisted },
    });
  } catch (error) {
    pwaStore.setState({ offline: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } });
  }
  await readStorageUsage();
}

function requestPrecacheStatus(worker: ServiceWorker, required: readonly string[]): Promise<PrecacheStatus> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(() => {
      channel.port1.close();
      reject(new Error(`The service worker did not report its cache within ${STATUS_TIMEOUT_MS / 1000} s; reload the page to retry.`));
    }, STATUS_TIMEOUT_MS);

    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      window.clearTimeout(timer);
      channel.port1.close();
      if (isPrecacheStatus(event.data)) resolve(event.data);
      else reject(new Error(`The service worker sent an unexpected cache report: ${JSON.stringify(event.data)}`));
    };
    const message: PageToWorkerMessage = { type: 'PRECACHE_STATUS', required };
    worker.postMessage(message, [channel.port2]);
  });
}
