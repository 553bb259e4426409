// `npm run build`: the course (vite.config.ts → dist/web and the SCORM zips), then the
// local LMS preview (vite.preview.config.ts → dist/preview). Stops at the first failure.
// `--quiet` (used by `npm start`): one line while it works, then only warnings and errors.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

const quiet = process.argv.includes('--quiet');

// Vite finds the default config relative to the working directory.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

// Vite's module runner (below) sets NODE_ENV to "development" when it is unset, and the
// builds would then keep it: Svelte's dev-mode runtime (~9 kB gzipped more, and slower)
// would ship. Production unless the caller asked otherwise.
process.env.NODE_ENV ??= 'production';

// The pseudo-locale (en-XA) is generated from en-GB, never edited or committed.
const { module: pseudo } = await runnerImport('./scripts/pseudo-locale.ts', { configFile: false, logLevel: 'error' });
writeFileSync('locales/en-XA.json', pseudo.pseudoJson(readFileSync('locales/en-GB.json', 'utf8')));

const steps = [
  { name: 'course', configFile: undefined },
  { name: 'preview LMS', configFile: 'vite.preview.config.ts' },
];

if (quiet) console.log('Building the course and the LMS preview…');
for (const step of steps) {
  try {
    await build({
      configFile: step.configFile,
      // The configs load through Vite's module runner, as the scripts and plugins load
      // TypeScript here; the default loader warns about every import without ".ts".
      configLoader: 'runner',
      logLevel: quiet ? 'warn' : 'info',
      // Plugin timings are for `npm run bench`, not a warning on every build.
      build: { rolldownOptions: { checks: { bundlerTimings: false } } },
    });
  } catch (error) {
    console.error(`\nThe ${step.name} build failed:`);
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
