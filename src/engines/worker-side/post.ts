import type { HostMessage, WorkerMessage } from '../protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Sends one typed message to the host. */
export function post(message: WorkerMessage): void {
  self.postMessage(message);
}

/** Registers the handler for the single `run` message a worker receives. */
export function onRun(handler: (message: HostMessage) => Promise<void>): void {
  self.onmessage = (event: MessageEvent<HostMessage>) => {
    handler(event.data).catch((error: unknown) => {
      post({ kind: 'crash', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    });
  };
}
