// Vite configuration of the web client: root `client/`, build into `dist/client`, `/api` proxied in dev.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: clientRoot,
  build: {
    outDir: '../dist/client',
    // The output sits outside the Vite root, so Vite needs explicit leave to empty it.
    emptyOutDir: true,
    // The one big chunk is the canvas (Cytoscape + fCoSE, ~170 kB gzipped), loaded lazily beside the first paint.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
