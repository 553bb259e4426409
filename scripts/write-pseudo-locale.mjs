// npm run pseudo: regenerate locales/en-XA.json from locales/en-GB.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/pseudo-locale.ts', { configFile: false, logLevel: 'error' });
writeFileSync('locales/en-XA.json', module.pseudoJson(readFileSync('locales/en-GB.json', 'utf8')));
console.log('wrote locales/en-XA.json');
