import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadChunksOf } from './build/preloadChunks';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset paths: the same build loads from file:// in Electron and from the web bridge.
  base: './',
  // The UI chunk downloads alongside the entry, which asks for the app's status first (P4).
  plugins: [react(), preloadChunksOf('/src/boot/mount.tsx')],
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../src-shared', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
