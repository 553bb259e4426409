import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The local LMS preview (`npm start`): dist/preview, a sibling of the course in dist/web,
// whose iframe loads ../web/index.html. Never shipped inside a SCORM package.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Absolute, so the build works from any working directory.
  root: here('./src/preview'),
  base: './',
  publicDir: false,
  // The root moved, so point the plugin at the repo's svelte.config.js explicitly.
  plugins: [svelte({ configFile: here('./svelte.config.js') })],
  build: {
    outDir: '../../dist/preview',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The service worker that plays a zip (zip-sw.ts) must keep a fixed name: the page
      // registers it by that name, and its scope is the folder it sits in and below.
      input: { index: here('./src/preview/index.html'), 'zip-sw': here('./src/preview/zip-sw.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'zip-sw' ? 'zip-sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
