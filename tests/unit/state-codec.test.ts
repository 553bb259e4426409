// Suspend data: what the LMS stores between sessions. It must come back exactly, fit
// SCORM 1.2's 4096 characters with room to spare, and never crash a launch when it is
// damaged, from another course or from an older edit of this one.
import { describe, expect, it, vi } from 'vitest';
import type { Module, Question } from '../../src/course/types';
import { sortPair } from '../../src/course/scoring';
import type { ModuleProgress, Progress } from '../../src/course/progress';
import { decodeProgress, encodeProgress, FORMAT_VERSION, pruneToModule } from '../../src/tracking/state-codec';
import { course } from '../../modules/course';

// Vitest runs without the Svelte plugin; the codec never touches the component.
vi.mock('../../modules/endorphins/EndorphinPathway.svelte', () => ({ default: {} }));

const COURSE = course.id;
const MODULE_IDS = course.modules.map((m) => m.id);
const wire = (x: unknown) => JSON.stringify(x);
/** The real module, loaded as the course loads it (its id from its folder). */
const { default: endorphins } = await course.modules.find((m) => m.id === 'endorphins')!.load();
const questionsOf = (m: Module): Question[] => m.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions : []));

/** The real module, every page seen, every question answered, the activity at its last step. */
function fullyAnswered(): Progress {
  const answers: Record<string, string[]> = {};
  for (const q of questionsOf(endorphins)) {
    answers[q.id] =
      q.type === 'sort' ? q.items.map((i) => sortPair(i.id, i.category)) : q.type === 'multiple' ? (q.options ?? []).map((o) => o.id) : [...q.correct];
  }
  const activities: Record<string, string> = {};
  for (const p of endorphins.pages) if (p.kind === 'activity') activities[p.id] = '3';
  return {
    modules: {
      [endorphins.id]: { seen: endorphins.pages.map((p) => p.id), answers, activities, score: 100, done: true },
    },
  };
}

const valid = (m: Record<string, unknown>) => wire({ v: FORMAT_VERSION, c: COURSE, m });

describe('encodeProgress / decodeProgress', () => {
  it('round-trips a full progress exactly', () => {
    const progress = fullyAnswered();
    expect(decodeProgress(encodeProgress(progress, COURSE), COURSE, MODULE_IDS)).toEqual(progress);
  });

  it('round-trips a progress with several modules, partial answers and a zero score', () => {
    const progress: Progress = {
      modules: {
        alpha: { seen: ['intro', 'check'], answers: { q1: ['a'], q2: ['b', 'c'] }, activities: { sort: 'x:1|y:2' }, score: 0, done: false },
        beta: { seen: [], answers: {}, activities: {}, done: false },
      },
    };
    const back = decodeProgress(encodeProgress(progress, 'other_course'), 'other_course', ['alpha', 'beta']);
    expect(back).toEqual(progress);
    expect(back?.modules.alpha?.score).toBe(0);
  });

  it('stays far below the SCORM 1.2 limit of 4096 characters for the fully answered module', () => {
    const data = encodeProgress(fullyAnswered(), COURSE);
    expect(data.length).toBeLessThan(1000);
  });

  it('an empty progress is tiny and restores as empty', () => {
    const data = encodeProgress({ modules: {} }, COURSE);
    expect(data.length).toBeLessThan(40);
    expect(decodeProgress(data, COURSE, MODULE_IDS)).toEqual({ modules: {} });
  });

  it.each([
    ['empty string', ''],
    ['truncated JSON', valid({ endorphins: { s: ['what'] } }).slice(0, -3)],
    ['not JSON', 'v=1;c=acupuncture_pain'],
    ['a newer version', wire({ v: FORMAT_VERSION + 1, c: COURSE, m: {} })],
    ['a version 0', wire({ v: 0, c: COURSE, m: {} })],
    ['the version as a string', wire({ v: String(FORMAT_VERSION), c: COURSE, m: {} })],
    ['no version', wire({ c: COURSE, m: {} })],
    ['another course', wire({ v: FORMAT_VERSION, c: 'another_course', m: { endorphins: { d: 1 } } })],
    ['no course id', wire({ v: FORMAT_VERSION, m: {} })],
    ['a number', '42'],
    ['a huge number', '1e400'],
    ['a huge version', `{"v":1e400,"c":"${COURSE}","m":{}}`],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['true', 'true'],
    ['an empty array', '[]'],
    ['an array of the right values', wire([FORMAT_VERSION, COURSE, {}])],
    ['modules as an array', wire({ v: FORMAT_VERSION, c: COURSE, m: [{ s: ['what'] }] })],
    ['modules as a string', wire({ v: FORMAT_VERSION, c: COURSE, m: 'endorphins' })],
    ['modules missing', wire({ v: FORMAT_VERSION, c: COURSE })],
  ])('returns null (never throws) for %s', (_what, data) => {
    expect(() => decodeProgress(data, COURSE, MODULE_IDS)).not.toThrow();
    expect(decodeProgress(data, COURSE, MODULE_IDS)).toBeNull();
  });

  it('drops modules the course no longer lists', () => {
    // JSON.parse makes "__proto__" an own key, as it would be in tampered suspend data.
    const modules = JSON.parse('{"endorphins":{"s":["what"]},"removed_module":{"d":1},"__proto__":{"d":1}}') as Record<string, unknown>;
    const back = decodeProgress(valid(modules), COURSE, MODULE_IDS);
    expect(back).toEqual({ modules: { endorphins: { seen: ['what'], answers: {}, activities: {}, done: false } } });
  });

  it('drops malformed page ids, answers, activity states and scores, keeping the good ones', () => {
    const data = valid({
      endorphins: {
        s: ['what', 'What', 'has space', 5, null, '', 'what', 'how', 'x'.repeat(40)],
        a: {
          q1: 'b',
          q2: '',
          q3: 'a.b.c',
          q4: 'a..b',
          q5: 'a.B',
          q6: 7,
          Q7: 'a',
          'q 8': 'a',
          q9: ['a'],
          ...(JSON.parse('{"__proto__":"a"}') as Record<string, string>),
        },
        x: { pathway: '2', Bad: '1', how: 5, what: 'y'.repeat(601), helps: 'z'.repeat(600) },
        c: 101,
        d: true,
      },
    });
    const back = decodeProgress(data, COURSE, MODULE_IDS);
    expect(back).toEqual({
      modules: {
        endorphins: {
          seen: ['what', 'how'],
          answers: { q1: ['b'], q3: ['a', 'b', 'c'] },
          activities: { pathway: '2', helps: 'z'.repeat(600) },
          done: false,
        },
      },
    });
    expect(Object.prototype).not.toHaveProperty('d');
  });

  it.each([
    ['negative', -1],
    ['above 100', 100.5],
    ['huge', 1e308],
    ['a string', '80'],
    ['null', null],
  ])('ignores a score that is %s', (_what, c) => {
    expect(decodeProgress(valid({ endorphins: { c, d: 1 } }), COURSE, MODULE_IDS)?.modules.endorphins).toEqual({
      seen: [],
      answers: {},
      activities: {},
      done: true,
    });
  });

  it('ignores an overflowing score written as a literal', () => {
    const data = `{"v":1,"c":"${COURSE}","m":{"endorphins":{"c":1e400,"d":1}}}`;
    expect(decodeProgress(data, COURSE, MODULE_IDS)?.modules.endorphins?.score).toBeUndefined();
  });

  it('a module saved as something other than an object restores as not started', () => {
    expect(decodeProgress(valid({ endorphins: 'done' }), COURSE, MODULE_IDS)).toEqual({
      modules: { endorphins: { seen: [], answers: {}, activities: {}, done: false } },
    });
  });
});

describe('pruneToModule', () => {
  const saved: ModuleProgress = {
    seen: ['what', 'old_page', 'check'],
    answers: { q1: ['b'], q_removed: ['a'] },
    activities: { pathway: '2', old_page: 'x' },
    score: 60,
    done: true,
  };

  it('drops pages, answers and activity states the module no longer has', () => {
    const pruned = pruneToModule(saved, { pages: ['what', 'pathway', 'check'], questions: ['q1', 'q2'] });
    expect(pruned).toEqual({
      seen: ['what', 'check'],
      answers: { q1: ['b'] },
      activities: { pathway: '2' },
      score: 60,
      done: true,
    });
  });

  it('keeps everything the real module still has', () => {
    const progress = fullyAnswered().modules.endorphins!;
    const shape = { pages: endorphins.pages.map((p) => p.id), questions: questionsOf(endorphins).map((q) => q.id) };
    expect(pruneToModule(progress, shape)).toEqual(progress);
  });

  it('does not change the saved progress it was given', () => {
    const copy = structuredClone(saved);
    pruneToModule(saved, { pages: [], questions: [] });
    expect(saved).toEqual(copy);
  });
});

describe('the final assessment in suspend data', () => {
  const ids = ['endorphins'];
  it('keeps the draw, its order, the answers, the try count and the result', () => {
    const progress: Progress = {
      modules: {},
      assessment: {
        draw: ['expect_b2', 'endorphins_b1', 'active_b4'],
        answers: { expect_b2: ['a'], endorphins_b1: ['true'] },
        attempt: 2,
        score: 60,
        passed: false,
      },
    };
    const decoded = decodeProgress(encodeProgress(progress, 'acupuncture_pain'), 'acupuncture_pain', ids);
    expect(decoded?.assessment).toEqual({ ...progress.assessment, passed: undefined } as unknown);
  });

  it('drops answers to questions outside the draw, and a damaged draw', () => {
    const wire = { v: 2, c: 'acupuncture_pain', m: {}, A: { d: 'x1.x2', a: { x1: 'a', zz: 'b' }, n: 1 } };
    expect(decodeProgress(JSON.stringify(wire), 'acupuncture_pain', ids)?.assessment?.answers).toEqual({ x1: ['a'] });
    const bad = { ...wire, A: { d: 'x1.x1', n: 1 } };
    expect(decodeProgress(JSON.stringify(bad), 'acupuncture_pain', ids)?.assessment).toBeUndefined();
  });

  it('reads version 1 data by migration, and refuses a newer version', () => {
    const v1 = { v: 1, c: 'acupuncture_pain', m: { endorphins: { s: ['what'], c: 80, d: 1 } } };
    const decoded = decodeProgress(JSON.stringify(v1), 'acupuncture_pain', ids);
    expect(decoded?.modules.endorphins).toMatchObject({ seen: ['what'], score: 80, done: true });
    expect(decodeProgress(JSON.stringify({ ...v1, v: 99 }), 'acupuncture_pain', ids)).toBeNull();
  });
});
