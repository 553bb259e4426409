// Which locales/<code>.json a build includes, for the language picker's list
// (locale-meta-plugin.ts) and the catalogues (locale-chunks-plugin.ts) alike: every
// language, but a pseudo-locale (`_meta.pseudo`, e.g. en-XA) only in development (`vite`,
// `npm run dev`). No learner can choose one, so the built course and its zips leave it out.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LocaleMeta } from '../src/i18n/messages';

export interface LocaleFile {
  code: string;
  /** Absolute path of the JSON file. */
  path: string;
  /** Its `_meta` block, if it has one (locale-meta-plugin.ts insists on it). */
  meta: Partial<LocaleMeta> | undefined;
}

export function localeFiles(dir: string, { pseudo }: { pseudo: boolean }): LocaleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = resolve(dir, f);
      const meta = (JSON.parse(readFileSync(path, 'utf8')) as { _meta?: Partial<LocaleMeta> })._meta;
      return { code: f.replace(/\.json$/, ''), path, meta };
    })
    .filter((file) => pseudo || !file.meta?.pseudo);
}
