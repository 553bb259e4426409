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
  },
});
