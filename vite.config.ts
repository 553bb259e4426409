import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { courseCheck } from './scripts/course-check';
import { scormPackages } from './scorm/vite-plugin';
import { localeMeta } from './scripts/locale-meta-plugin';

// The course build: dist/web (a static site with relative paths, so it runs from any
// folder an LMS unpacks it into) and, from the same files, the SCORM zips in dist/.
export default defineConfig({
  base: './',
  plugins: [svelte(), localeMeta(), courseCheck(), scormPackages()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
    modulePreload: { polyfill: false },
  },
});
