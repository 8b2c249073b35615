import ffmpegCoreUrl from '@ffmpeg/core?url';
import ffmpegWasmUrl from '@ffmpeg/core/wasm?url';
import type { EngineName } from '../tasks/types';

/** What the runner needs to start an engine. */
export interface EngineSpec {
  readonly createWorker: () => Worker;
  /** Absolute URLs, because Vite's dev server rewrites root-relative dynamic imports. */
  readonly assetUrls: () => Readonly<Record<string, string>>;
}

const absolute = (url: string): string => new URL(url, document.baseURI).href;

export const ENGINES: Readonly<Partial<Record<EngineName, EngineSpec>>> = {
  ffmpeg: {
    createWorker: () => new Worker(new URL('./ffmpeg/worker.ts', import.meta.url), { type: 'module', name: 'ffmpeg' }),
    assetUrls: () => ({ core: absolute(ffmpegCoreUrl), wasm: absolute(ffmpegWasmUrl) }),
  },
};
