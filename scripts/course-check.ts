// Vite plugin: validate the course and every module before building, loading them
// through Vite itself (modules import Svelte components, which plain Node cannot).
import { readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Course, Module, Question } from '../src/course/types';
import { validateBank, validateCourse, validateModule, type Messages } from '../src/course/validate';

const SOURCE_LOCALE = 'locales/en-GB.json';

export async function checkCourse(root = process.cwd()): Promise<string[]> {
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
  for (const entry of course.modules) {
    const loaded = modules[entry.id];
    if (!loaded || loaded instanceof Error) {
      errors.push(`modules/${entry.id}/: could not load the module: ${String(loaded)}`);
      continue;
    }
    errors.push(...validateModule(loaded, entry.id, messages, `modules/${entry.id}/module.ts`));
  }
  if (bank instanceof Error) errors.push(`modules/assessment.ts: could not load the question banks: ${bank.message}`);
  else if (bank) errors.push(...validateBank(course, bank, messages));
  return errors;
}

export function courseCheck(): Plugin {
  return {
    name: 'course-check',
    apply: 'build',
    async buildStart() {
      const errors = await checkCourse();
      if (errors.length) this.error(`The course data has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
    },
  };
}
