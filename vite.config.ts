import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The ffmpeg core wasm is about 32 MB; it is emitted as a file, never inlined.
    chunkSizeWarningLimit: 2048,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
