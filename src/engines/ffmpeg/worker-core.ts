import type { EmscriptenFS } from '../worker-side/emscripten-fs';
import type { InstantiateWasm } from '../worker-side/wasm';

/** The module object of `@ffmpeg/core` 0.12.10, as far as the worker uses it. */
export interface FFmpegCore {
  readonly FS: EmscriptenFS;
  /** Exit code of the last run; 0.12.10 leaves -1 after a successful ffprobe. */
  readonly ret: number;
  exec(...args: string[]): number;
  /** ffprobe's main(argc, argv); returns its exit code unless it exits early. */
  _ffprobe(argc: number, argv: number): number;
  /** Copies strings into the heap and returns a pointer to a char* array. */
  stringsToPtr(strings: readonly string[]): number;
  ffprobe(...args: string[]): number;
  setLogger(logger: (event: { type: string; message: string }) => void): void;
  setProgress(handler: (event: { progress: number; time: number }) => void): void;
  /** Sets the soft timeout in milliseconds; -1 disables it. */
  setTimeout(timeoutMs: number): void;
  reset(): void;
}

export type CreateFFmpegCore = (options: { mainScriptUrlOrBlob: string; instantiateWasm: InstantiateWasm }) => Promise<FFmpegCore>;
