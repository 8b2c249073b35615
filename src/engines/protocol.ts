/**
 * Messages between the UI thread and an engine worker. One worker serves one
 * task: the host sends `run` once, the worker replies with `ready`, any number
 * of `log` and `progress` events, and then exactly one `exit` or `crash`.
 * After that the host terminates the worker.
 */

/** A file to place in the engine's virtual filesystem before the run. */
export interface MountedFile {
  /** Absolute path, for example `/input/import-1/clip.mp4`. */
  readonly path: string;
  readonly data: Blob;
}

/** A regular file found under `/output/` after the run. */
export interface CollectedFile {
  /** Path relative to `/output/`, for example `frames/0001.png`. */
  readonly relativePath: string;
  readonly data: Blob;
}

export type LogStream = 'stdout' | 'stderr';

export type HostMessage = {
  readonly kind: 'run';
  /** The program to run, for example `ffmpeg`, `ffprobe`, `convert` or `gm`. */
  readonly command: string;
  /** argv without the program name. */
  readonly args: readonly string[];
  readonly files: readonly MountedFile[];
  /** Folders under `/output/` to create before the run, for commands that write below it. */
  readonly folders: readonly string[];
  /** Absolute URLs of the engine's files, so the worker never guesses paths. */
  readonly assetUrls: Readonly<Record<string, string>>;
};

export type WorkerMessage =
  | { readonly kind: 'ready'; readonly engineVersion: string }
  | { readonly kind: 'log'; readonly stream: LogStream; readonly line: string }
  /** Seconds of output written so far, as the engine reports it. */
  | { readonly kind: 'progress'; readonly outputSeconds: number }
  | { readonly kind: 'exit'; readonly exitCode: number; readonly files: readonly CollectedFile[] }
  | { readonly kind: 'crash'; readonly message: string };
