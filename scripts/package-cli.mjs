// `npm run package -- --profile … --out …` (see scripts/package.ts), run through Vite's
// module runner as the build's own steps are, since the course is TypeScript.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const { module } = await runnerImport('./scripts/package.ts', { configFile: false, logLevel: 'error' });
process.exitCode = await module.packageCommand(process.argv.slice(2), process.cwd());
