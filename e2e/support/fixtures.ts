import { test as base, expect, type Page, type Request, type WebSocket } from '@playwright/test';
import { NetworkRecorder } from './network-guard';

/**
 * Playwright's `test`, plus a guard that runs in every test: it records every
 * request of the pages, their workers and the service worker, and fails the
 * test when one goes to another origin than the app's (`baseURL`).
 */
export const test = base.extend<{ networkGuard: NetworkRecorder }>({
  networkGuard: [
    async ({ context, baseURL }, use) => {
      if (baseURL === undefined) throw new Error('The network guard needs use.baseURL, the origin the app is served from; set it in playwright.config.ts or test.use().');
      const recorder = new NetworkRecorder(baseURL);

      // Context events include dedicated workers and, with serviceWorkers
      // 'allow' (the default), the service worker's own fetches.
      const onRequest = (request: Request): void => void recorder.record(request.url());
      const onWebSocket = (socket: WebSocket): void => void recorder.record(socket.url());
      const watchPage = (page: Page): void => void page.on('websocket', onWebSocket);
      context.on('request', onRequest);
      context.on('requestfailed', onRequest);
      context.pages().forEach(watchPage);
      context.on('page', watchPage);

      await use(recorder);

      context.off('request', onRequest);
      context.off('requestfailed', onRequest);
      context.off('page', watchPage);
      expect(recorder.foreignRequests(), `requests that left ${new URL(baseURL).origin}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
