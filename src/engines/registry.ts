import ffmpegCoreUrl from '@ffmpeg/core?url';
import ffmpegWasmUrl from '@ffmpeg/core/wasm?url';
import type { EngineName } from '../tasks/types';
import type { EngineSpec } from './spec';

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
