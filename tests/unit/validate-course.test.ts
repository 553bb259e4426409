// The real course and every module it lists pass the build-time checks against the
// real source locale, loaded the way the build loads them (scripts/course-check.ts).
import { describe, expect, it } from 'vitest';
import { validateCourse, validateModule, type Messages } from '../../src/course/validate';
import { course } from '../../modules/course';
import enGB from '../../locales/en-GB.json';

const messages = enGB as Messages;

describe('the real course', () => {
  it('has no errors', () => {
    expect(validateCourse(course, messages)).toEqual([]);
  });

  it.each(course.modules.map((m) => [m.id, m] as const))('module %s loads and has no errors', async (id, entry) => {
    const { default: module } = await entry.load();
    expect(validateModule(module, id, messages, `modules/${id}/module.ts`)).toEqual([]);
  });
});
