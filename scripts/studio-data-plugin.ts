// For the package studio (src/preview/studio): after the preview build, writes what the
// studio needs to make the packages in the browser exactly as `npm run package` makes
// them: the built course's file list (fetched from ../web/), the course's id and its
// titles and description in each language, and the official schema files (SCORM and
// cmi5) with the validation drivers
// (copied under schemas/, as the browser cannot read node_modules).
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { collectFiles } from '../scorm/package';
import { SCORM_VERSIONS } from '../scorm/manifest';
import { schemaDir } from '../scorm/validate';
import { DRIVERS } from '../scorm/validate-core';
import { courseTexts, ITEM_TITLE_KEY, loadCourse, resolveTitle } from '../scorm/vite-plugin';
import { CMI5_SCHEMA } from '../scorm/cmi5';
import { learnerLanguages } from './profile-file';
import type { StudioData } from '../src/preview/studio/data';

export const STUDIO_DATA_FILE = 'studio-data.json';

export function studioData(options: { webDir: string; root: string }): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'studio-data',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config) return;
      const outDir = resolve(config.root, config.build.outDir);
      const { root, webDir } = options;
      const course = await loadCourse(root);
      const texts = await courseTexts(root, course);
      const languages = [];
      for (const code of learnerLanguages(root)) {
        const meta = (JSON.parse(await readFile(resolve(root, `locales/${code}.json`), 'utf8')) as { _meta?: { name?: string } })._meta;
        const text = texts.find((t) => t.code === code);
        if (!text) throw new Error(`studio: locales/${code}.json is offered to learners but marked pseudo`);
        languages.push({ ...text, name: meta?.name ?? code, itemTitle: await resolveTitle(root, code, ITEM_TITLE_KEY) });
      }
      const schemas: StudioData['schemas'] = { scorm12: [], scorm2004: [], 'scorm2004-3rd': [] };
      for (const version of SCORM_VERSIONS) {
        await mkdir(resolve(outDir, 'schemas', version), { recursive: true });
        for (const name of (await readdir(schemaDir(version))).sort()) {
          await copyFile(resolve(schemaDir(version), name), resolve(outDir, 'schemas', version, name));
          schemas[version].push(name);
        }
      }
      await mkdir(resolve(outDir, 'schemas', dirname(CMI5_SCHEMA)), { recursive: true });
      await copyFile(fileURLToPath(new URL(`../scorm/schemas/${CMI5_SCHEMA}`, import.meta.url)), resolve(outDir, 'schemas', CMI5_SCHEMA));
      for (const driver of new Set(Object.values(DRIVERS))) {
        await copyFile(fileURLToPath(new URL(`../scorm/schemas/${driver}`, import.meta.url)), resolve(outDir, 'schemas', driver));
      }
      const data: StudioData = { courseId: course.id, languages, web: await collectFiles(webDir), schemas };
      await writeFile(resolve(outDir, STUDIO_DATA_FILE), JSON.stringify(data));
    },
  };
}
