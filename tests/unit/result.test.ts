// The course result an LMS is told about, from progress alone.
import { describe, expect, it } from 'vitest';
import type { Course, ModuleEntry } from '../../src/course/types';
import { emptyModuleProgress, type ModuleProgress, type Progress } from '../../src/course/progress';
import { courseResult } from '../../src/course/result';
import { withDefaults } from '../../src/course/settings';

const entry = (id: string): ModuleEntry => ({
  id,
  title: `${id}.title`,
  summary: `${id}.summary`,
  load: () => Promise.reject(new Error('not loaded in unit tests')),
});

function courseOf(ids: string[], masteryScore = 80, partChecksGraded = false): Course {
  return {
    id: 'test_course',
    title: 'course.title',
    description: 'course.description',
    outcomes: [],
    duration: 'course.duration',
    settings: withDefaults({ masteryScore, partChecksGraded }),
    modules: ids.map(entry),
  };
}

const mod = (p: Partial<ModuleProgress>): ModuleProgress => ({ ...emptyModuleProgress(), ...p });
const progressOf = (modules: Record<string, ModuleProgress>): Progress => ({ modules });

describe('courseResult', () => {
  const one = courseOf(['alpha']);
  const two = courseOf(['alpha', 'beta']);

  it('a first launch is neither completed, scored nor passed', () => {
    expect(courseResult(two, progressOf({}))).toEqual({
      completed: false,
      scored: false,
      score: undefined,
      passed: false,
      modules: [
        { id: 'alpha', done: false, score: undefined, passed: undefined },
        { id: 'beta', done: false, score: undefined, passed: undefined },
      ],
    });
  });

  it('pages seen without a check score are progress, not a result', () => {
    const r = courseResult(one, progressOf({ alpha: mod({ seen: ['intro'] }) }));
    expect(r).toMatchObject({ completed: false, scored: false, score: undefined, passed: false });
  });

  it('the mastery score itself passes; one below fails', () => {
    const at = courseResult(one, progressOf({ alpha: mod({ score: 80, done: true }) }));
    expect(at).toMatchObject({ completed: true, scored: true, score: 80, passed: true });
    const below = courseResult(one, progressOf({ alpha: mod({ score: 79, done: true }) }));
    expect(below).toMatchObject({ completed: true, scored: true, score: 79, passed: false });
  });

  it('a part check is for learning: its objective has a score and no verdict, unless the course grades it', () => {
    const below = progressOf({ alpha: mod({ score: 75, done: true }) });
    expect(courseResult(one, below).modules[0]).toEqual({ id: 'alpha', done: true, score: 75, passed: undefined });
    const graded = courseOf(['alpha'], 80, true);
    expect(courseResult(graded, below).modules[0]).toEqual({ id: 'alpha', done: true, score: 75, passed: false });
    expect(courseResult(graded, progressOf({ alpha: mod({ score: 80, done: true }) })).modules[0]?.passed).toBe(true);
  });

  it('follows the course mastery score, not a fixed 80', () => {
    const strict = courseOf(['alpha'], 100);
    expect(courseResult(strict, progressOf({ alpha: mod({ score: 99, done: true }) })).passed).toBe(false);
    expect(courseResult(strict, progressOf({ alpha: mod({ score: 100, done: true }) })).passed).toBe(true);
    const open = courseOf(['alpha'], 0);
    expect(courseResult(open, progressOf({ alpha: mod({ score: 0, done: true }) })).passed).toBe(true);
  });

  it('a passed check before the module is finished: passed but not completed', () => {
    const r = courseResult(one, progressOf({ alpha: mod({ score: 100 }) }));
    expect(r).toMatchObject({ completed: false, scored: true, score: 100, passed: true });
  });

  it('is not scored (nor passed) while another module is untouched', () => {
    const r = courseResult(two, progressOf({ alpha: mod({ score: 100, done: true }) }));
    expect(r).toMatchObject({ completed: false, scored: false, score: 100, passed: false });
  });

  it('a module without a check counts once it is done', () => {
    const r = courseResult(two, progressOf({ alpha: mod({ score: 90, done: true }), beta: mod({ done: true }) }));
    expect(r).toMatchObject({ completed: true, scored: true, score: 90, passed: true });
    expect(r.modules[1]).toEqual({ id: 'beta', done: true, score: undefined, passed: undefined });
  });

  it('a course with no check at all completes without a score or a pass', () => {
    const r = courseResult(two, progressOf({ alpha: mod({ done: true }), beta: mod({ done: true }) }));
    expect(r).toMatchObject({ completed: true, scored: false, score: undefined, passed: false });
  });

  it('the course score is the mean of the module scores, to two decimals', () => {
    const r = courseResult(two, progressOf({ alpha: mod({ score: 100, done: true }), beta: mod({ score: 50, done: true }) }));
    expect(r).toMatchObject({ completed: true, scored: true, score: 75, passed: false });
    expect(
      r.modules.map((m) => m.passed),
      'no verdict on a part check',
    ).toEqual([undefined, undefined]);
    const thirds = courseResult(two, progressOf({ alpha: mod({ score: 67, done: true }), beta: mod({ score: 100, done: true }) }));
    expect(thirds.score).toBe(83.5);
  });

  it('a mean just under the mastery score fails, and the reported score says so', () => {
    const r = courseResult(two, progressOf({ alpha: mod({ score: 79, done: true }), beta: mod({ score: 80, done: true }) }));
    expect(r).toMatchObject({ score: 79.5, passed: false });
  });

  it('ignores saved progress for modules the course no longer lists', () => {
    const r = courseResult(one, progressOf({ alpha: mod({ score: 100, done: true }), gone: mod({ score: 0, done: true }) }));
    expect(r).toMatchObject({ completed: true, scored: true, score: 100, passed: true });
    expect(r.modules.map((m) => m.id)).toEqual(['alpha']);
  });
});
