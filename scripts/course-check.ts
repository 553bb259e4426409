// Vite plugin: validate the course, every module and every language before building,
// loading the modules through Vite itself (they import Svelte components, which plain
// Node cannot). Errors stop the build, naming file and field; warnings (a draft language
// that lacks a text, shown in English) are printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Course, Module, Question } from '../src/course/types';
import { validateBank, validateCourse, validateLocale, validateModule, type Messages } from '../src/course/validate';
import { flatten, META_KEY, type LocaleMeta, type Tree } from '../src/i18n/messages';
import { localeFiles } from './locale-files';

const SOURCE_LOCALE = 'locales/en-GB.json';

export interface CourseCheck {
  errors: string[];
  warnings: string[];
}

export async function checkCourse(root = process.cwd()): Promise<CourseCheck> {
  const messages = JSON.parse(readFileSync(`${root}/${SOURCE_LOCALE}`, 'utf8')) as Messages;
  const { module } = await runnerImport<{
    course: Course;
    modules: Record<string, Module | Error>;
    bank: Record<string, Question[]> | Error | null;
  }>(`${root}/scripts/load-course.ts`, {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte({ emitCss: false })],
  });
  const { course, modules, bank } = module;
  const errors = validateCourse(course, messages);
  const warnings: string[] = [];
  // A module is one folder: listed in the course by its folder's name, and every folder listed.
  const listed = new Set(course.modules.map((m) => m.id));
  for (const dir of readdirSync(`${root}/modules`, { withFileTypes: true })) {
    if (dir.isDirectory() && existsSync(`${root}/modules/${dir.name}/module.ts`) && !listed.has(dir.name))
      errors.push(`modules/${dir.name}/: a module folder that modules/course.ts does not list (add it to "modules" there)`);
  }
  for (const entry of course.modules) {
    if (!existsSync(`${root}/modules/${entry.id}/module.ts`)) {
      errors.push(`modules/course.ts: module "${entry.id}": there is no modules/${entry.id}/module.ts`);
      continue;
    }
    const loaded = modules[entry.id];
    if (!loaded || loaded instanceof Error) {
      errors.push(`modules/${entry.id}/: could not load the module: ${String(loaded)}`);
      continue;
    }
    errors.push(...validateModule(loaded, entry.id, messages, `modules/${entry.id}/module.ts`));
  }
  if (bank instanceof Error) errors.push(`modules/assessment.ts: could not load the question banks: ${bank.message}`);
  else if (bank) errors.push(...validateBank(course, bank, messages));
  // Every language the course ships (a pseudo-locale is generated from the source).
  for (const { code, path } of localeFiles(`${root}/locales`, { pseudo: false })) {
    if (path.endsWith(SOURCE_LOCALE)) continue;
    const tree = JSON.parse(readFileSync(path, 'utf8')) as Tree;
    const draft = (tree[META_KEY] as Partial<LocaleMeta> | undefined)?.status === 'draft';
    const result = validateLocale(`locales/${code}.json`, { have: flatten(tree), want: flatten(messages as Tree), draft });
    errors.push(...result.errors);
    warnings.push(...result.warnings);
  }
  return { errors, warnings };
}

export function courseCheck(): Plugin {
  return {
    name: 'course-check',
    apply: 'build',
    async buildStart() {
      const { errors, warnings } = await checkCourse();
      for (const w of warnings) this.warn(w);
      if (errors.length) this.error(`The course data has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
    },
  };
}
