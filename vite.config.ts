import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { courseCheck } from './scripts/course-check';
import { scormPackages } from './scorm/vite-plugin';
import { serviceProfile } from './scripts/service-profile-plugin';
import { localeMeta } from './scripts/locale-meta-plugin';
import { localeChunks } from './scripts/locale-chunks-plugin';
import { firstScreen } from './scripts/first-screen-plugin';
import { offline } from './scripts/offline';

// The course build: dist/web (a static site with relative paths, so it runs from any
// folder an LMS unpacks it into) and, from the same files, the SCORM zips in dist/.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    localeMeta(),
    // Each language's start-up strings apart from each module's, completed from en-GB and
    // compiled at build time, so the browser loads one language and no message parser.
    // The accessibility statement's strings, and those of a copy of an earlier plan
    // (src/app/take-home.ts), load with the later views (src/app/App.svelte).
    localeChunks({ fallback: 'en-GB', compiledParser: 'src/i18n/compiled-messages.ts', later: ['statement', 'earlier'] }),
    // The start screen in index.html itself, painted before any script loads.
    firstScreen(),
    courseCheck(),
    // service.json (checked) into dist/web, before the offline cache and the packages are made from dist/web.
    serviceProfile(),
    // The standalone course offline and installable; the SCORM zips leave this out.
    offline(),
    scormPackages(),
  ],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // Parts of Svelte's runtime this course never uses, which the bundler keeps only
        // for their top-level code (Svelte's package.json declares no sideEffects): the
        // reactive Map/Set/Date/URL classes beside createSubscriber, and custom elements.
        moduleSideEffects: [
          {
            test: /[\\/]node_modules[\\/]svelte[\\/]src[\\/](reactivity[\\/](date|set|map|url|url-search-params|media-query)|internal[\\/]client[\\/]dom[\\/]elements[\\/]custom-element)\.js$/,
            sideEffects: false,
          },
        ],
      },
    },
  },
});
