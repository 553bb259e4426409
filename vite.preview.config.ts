import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { studioData } from './scripts/studio-data-plugin';

// The local LMS preview (`npm start`): dist/preview, a sibling of the course in dist/web,
// whose iframe loads ../web/index.html, and the package studio (studio.html). Never shipped
// inside a SCORM package.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Absolute, so the build works from any working directory.
  root: here('./src/preview'),
  base: './',
  publicDir: false,
  // The root moved, so point the plugin at the repo's svelte.config.js explicitly.
  // The package studio (studio.html) is built here too: it plays its packages in this preview.
  plugins: [svelte({ configFile: here('./svelte.config.js') }), studioData({ root: here('.'), webDir: here('./dist/web') })],
  worker: { format: 'es' },
  build: {
    outDir: '../../dist/preview',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The service worker that plays a zip (zip-sw.ts) must keep a fixed name: the page
      // registers it by that name, and its scope is the folder it sits in and below.
      input: { index: here('./src/preview/index.html'), studio: here('./src/preview/studio.html'), 'zip-sw': here('./src/preview/zip-sw.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'zip-sw' ? 'zip-sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
