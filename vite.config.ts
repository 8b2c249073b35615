import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { WEB_MANIFEST } from './src/pwa/web-manifest';

// The Content-Security-Policy is written once, in index.html's meta tag, and
// `vite preview` sends the same policy as a header. The header also covers
// the engine workers and the service worker, which a meta tag cannot reach.
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>\s*/;

function readContentSecurityPolicy(): string {
  const match = CSP_META.exec(readFileSync(new URL('./index.html', import.meta.url), 'utf8'));
  if (match?.[1] === undefined) throw new Error('index.html has no <meta http-equiv="Content-Security-Policy" content="..."> tag; add it back.');
  return match[1].replace(/\s+/g, ' ').trim();
}

/**
 * Drops the CSP meta tag from the dev server's page only: Vite's dev client
 * and React Fast Refresh need inline scripts, inline styles and a WebSocket.
 */
const devWithoutCsp: Plugin = {
  name: 'transmute:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CSP_META, ''),
};

/**
 * Returns the service worker's policy: the page's with http: and https: added to
 * connect-src, because the service worker fetches the files of the URL
 * import (src/pwa/sw.ts), and only on the page's request from that form.
 * A service worker takes its policy from the headers of its own script.
 */
function serviceWorkerContentSecurityPolicy(): string {
  return readContentSecurityPolicy().replace(/connect-src ([^;]*)/, 'connect-src $1 http: https:');
}

const serviceWorkerCsp: Plugin = {
  name: 'transmute:service-worker-csp',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = (request.url ?? '').split('?')[0];
      if (path === '/sw.js') {
        // Vite sets preview.headers before this runs, so this replaces the page's policy.
        const setHeader = response.setHeader.bind(response);
        response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'content-security-policy' ? serviceWorkerContentSecurityPolicy() : value);
        setHeader('Content-Security-Policy', serviceWorkerContentSecurityPolicy());
      }
      next();
    });
  },
};

export default defineConfig({
  plugins: [
    react(),
    devWithoutCsp,
    serviceWorkerCsp,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      // A new version waits until the person clicks Reload, so a running task is never cut off.
      registerType: 'prompt',
      // src/pwa/register.ts registers the worker; an injected inline script would need 'unsafe-inline'.
      injectRegister: false,
      manifest: WEB_MANIFEST,
      // globPatterns below already match the icons; the plugin adds manifest.webmanifest itself.
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,mjs,css,wasm,png,svg,ico,mp4,ttf,xml,json}'],
        // Workbox skips larger files with only a warning. The ffmpeg core wasm
        // (@ffmpeg/core 0.12.10) is about 32 MB and every engine must be
        // precached to run offline, so the limit leaves room for bigger
        // ImageMagick and GraphicsMagick builds. The page's offline status
        // checks the engine files and reports any that were skipped.
        maximumFileSizeToCacheInBytes: 128 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The ffmpeg core wasm is about 32 MB; it is emitted as a file, never inlined.
    chunkSizeWarningLimit: 2048,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': readContentSecurityPolicy() },
  },
  server: { port: 5173 },
});
