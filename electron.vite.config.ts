import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The import parser runs on worker threads; built as its own entry.
          'parse-worker': resolve('src/core/ingest/parse-worker-main.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    // A sandboxed preload must be CommonJS.
    build: { rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: {
    root: 'src/renderer',
    // Relative asset URLs, so the same build loads from the app:// protocol and over http.
    base: './',
    plugins: [react()],
    // The About panel's version: package.json's, fixed in the build.
    define: { __GLOSS_VERSION__: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version) },
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
});
