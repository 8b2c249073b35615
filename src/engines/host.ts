import type { CollectedFile, LogStream, MountedFile, WorkerMessage } from './protocol';

/** The end of a run in a worker: an exit code, a crash or an abort. */
export type RunOutcome =
  | { readonly kind: 'exit'; readonly exitCode: number; readonly files: readonly CollectedFile[] }
  | { readonly kind: 'crash'; readonly message: string }
  | { readonly kind: 'aborted'; readonly reason: unknown };

export interface RunRequest {
  readonly createWorker: () => Worker;
  readonly assetUrls: Readonly<Record<string, string>>;
  readonly command: string;
  readonly args: readonly string[];
  readonly files: readonly MountedFile[];
  readonly folders: readonly string[];
}

export interface RunEvents {
  /** Called once the engine has loaded; throwing here stops the run with that error. */
  readonly onReady: (engineVersion: string) => void;
  readonly onLog: (stream: LogStream, line: string) => void;
  readonly onProgress: (outputSeconds: number) => void;
}

/**
 * Runs one command in a fresh worker and terminates the worker when the run
 * ends, fails or `signal` aborts, so a stopped engine is really gone.
 */
export function runInWorker(request: RunRequest, events: RunEvents, signal: AbortSignal): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      resolve({ kind: 'aborted', reason: signal.reason });
      return;
    }
    const worker = request.createWorker();

    const finish = (settle: () => void): void => {
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
      settle();
    };
    const onAbort = (): void => finish(() => resolve({ kind: 'aborted', reason: signal.reason }));
    signal.addEventListener('abort', onAbort);

    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      switch (message.kind) {
        case 'ready':
          try {
            events.onReady(message.engineVersion);
          } catch (error) {
            finish(() => reject(error));
          }
          break;
        case 'log':
          events.onLog(message.stream, message.line);
          break;
        case 'progress':
          events.onProgress(message.outputSeconds);
          break;
        case 'exit':
          finish(() => resolve({ kind: 'exit', exitCode: message.exitCode, files: message.files }));
          break;
        case 'crash':
          finish(() => resolve({ kind: 'crash', message: message.message }));
          break;
        default: {
          const unexpected: never = message;
          finish(() => reject(new Error(`Unexpected worker message ${JSON.stringify(unexpected)}`)));
        }
      }
    };
    // An uncaught error or a failed module load in the worker lands here.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(() => resolve({ kind: 'crash', message: event.message || 'The engine worker failed to start.' }));
    };
    worker.onmessageerror = () => {
      finish(() => resolve({ kind: 'crash', message: 'The engine sent a message that could not be read.' }));
    };

    worker.postMessage({
      kind: 'run',
      command: request.command,
      args: request.args,
      files: request.files,
      folders: request.folders,
      assetUrls: request.assetUrls,
    });
  });
}
