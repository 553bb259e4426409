// Loads the course with every module, for build-time checks (run through Vite's module
// runner, which closes once this module has finished evaluating).
import { course } from '../modules/course';
import type { Module, Question } from '../src/course/types';

export { course };
export const modules: Record<string, Module | Error> = {};
for (const entry of course.modules) {
  try {
    modules[entry.id] = (await entry.load()).default;
  } catch (error) {
    modules[entry.id] = error instanceof Error ? error : new Error(String(error));
  }
}

export const bank: Record<string, Question[]> | Error | null = course.assessment
  ? await course.assessment.load().then(
      (m) => m.default,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    )
  : null;
