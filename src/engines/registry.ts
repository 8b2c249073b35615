import ffmpegCoreUrl from '@ffmpeg/core?url';
import ffmpegWasmUrl from '@ffmpeg/core/wasm?url';
import type { EngineName } from '../tasks/types';

/** The worker factory and file URLs the runner starts an engine with. */
export interface EngineSpec {
  readonly createWorker: () => Worker;
  /** Absolute URLs, because Vite's dev server rewrites root-relative dynamic imports. */
  readonly assetUrls: () => Readonly<Record<string, string>>;
}

const absolute = (url: string): string => new URL(url, document.baseURI).href;

/** URL of an engine file built by engines-src/ and served from public/engines/. */
const engineFile = (path: string): string => absolute(`${import.meta.env.BASE_URL}engines/${path}`);

export const ENGINES: Readonly<Record<EngineName, EngineSpec>> = {
  ffmpeg: {
    createWorker: () => new Worker(new URL('./ffmpeg/worker.ts', import.meta.url), { type: 'module', name: 'ffmpeg' }),
    assetUrls: () => ({ core: absolute(ffmpegCoreUrl), wasm: absolute(ffmpegWasmUrl) }),
  },
  imagemagick: {
    createWorker: () => new Worker(new URL('./imagemagick/worker.ts', import.meta.url), { type: 'module', name: 'imagemagick' }),
    assetUrls: () => ({ module: engineFile('imagemagick/magick.js'), wasm: engineFile('imagemagick/magick.wasm') }),
  },
  graphicsmagick: {
    createWorker: () => new Worker(new URL('./graphicsmagick/worker.ts', import.meta.url), { type: 'module', name: 'graphicsmagick' }),
    assetUrls: () => ({ module: engineFile('graphicsmagick/gm.js'), wasm: engineFile('graphicsmagick/gm.wasm') }),
  },
};
