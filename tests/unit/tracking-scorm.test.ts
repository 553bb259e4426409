// The tracker driven against scorm-again standing in as the LMS, for SCORM 1.2 and 2004:
// what ends up in the LMS's CMI, in what format and in what order, as an LMS report
// (or a strict LMS rejecting a value) would show it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type Scorm12APIType from 'scorm-again/scorm12';
import type Scorm2004APIType from 'scorm-again/scorm2004';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { Course, CourseSettings, ModuleEntry, Scorm12Reporting } from '../../src/course/types';
import { emptyModuleProgress, type ModuleProgress, type Progress } from '../../src/course/progress';
import { courseResult } from '../../src/course/result';
import { withDefaults } from '../../src/course/settings';
import type { Answer, Backend } from '../../src/tracking/backend';
import { Scorm12Backend } from '../../src/tracking/scorm12';
import { Scorm2004Backend } from '../../src/tracking/scorm2004';
import { encodeProgress } from '../../src/tracking/state-codec';
import { createTracker, type Snapshot, type Tracker } from '../../src/tracking/tracker';

// The type files declare default exports; the ESM builds export the named classes
// (as src/tracking/local.ts notes).
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12APIType }).Scorm12API;
const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof Scorm2004APIType }).Scorm2004API;
const API_SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

// ---------------------------------------------------------------------------------------
// A two-module course and the snapshots the session would hand the tracker.

const entry = (id: string): ModuleEntry => ({
  id,
  title: `${id}.title`,
  summary: `${id}.summary`,
  load: () => Promise.reject(new Error('not loaded in unit tests')),
});

const COURSE_ID = 'acupuncture_pain';
function courseWith(settings: Partial<CourseSettings> = {}): Course {
  return {
    id: COURSE_ID,
    title: 'course.title',
    description: 'course.description',
    outcomes: [],
    duration: 'course.duration',
    settings: withDefaults(settings),
    modules: [entry('endorphins'), entry('limits')],
  };
}
const COURSE = courseWith();

const mod = (p: Partial<ModuleProgress>): ModuleProgress => ({ ...emptyModuleProgress(), ...p });

function snapshot(progress: Progress, location: string, answers: Answer[] = [], course = COURSE): Snapshot {
  return { suspendData: encodeProgress(progress, course.id), location, result: courseResult(course, progress), answers };
}

const IN_PROGRESS: Progress = { modules: { endorphins: mod({ seen: ['what', 'how'] }) } };
const ONE_MODULE_PASSED: Progress = { modules: { endorphins: mod({ seen: ['what', 'check'], answers: { q1: ['b'] }, score: 100, done: true }) } };
const ALL_PASSED: Progress = {
  modules: {
    endorphins: mod({ seen: ['what', 'check'], answers: { q1: ['b'], q3: ['a', 'b'], q4: ['true'], q5: ['true'] }, score: 100, done: true }),
    limits: mod({ seen: ['intro', 'check'], score: 80, done: true }),
  },
};
const ALL_FAILED: Progress = {
  modules: {
    endorphins: mod({ seen: ['what', 'check'], score: 40, done: true }),
    limits: mod({ seen: ['intro', 'check'], score: 60, done: true }),
  },
};

const at = new Date(2024, 4, 6, 14, 3, 9);
const answer = (questionId: string, type: Answer['type'], response: string[], correct: string[], latencyMs: number, choices?: string[]): Answer => ({
  moduleId: 'endorphins',
  questionId,
  type,
  response,
  correct,
  ...(choices ? { choices } : {}),
  result: response.length === correct.length && correct.every((c) => response.includes(c)),
  description: `What about ${questionId}?`,
  latencyMs,
  at,
});
const ANSWERS: Answer[] = [
  // Option ids say what each option is; SCORM 1.2 gets each as a letter, by its place.
  answer('q1', 'single', ['fine_needles'], ['fine_needles'], 4_000, ['swallow_tablet', 'fine_needles', 'muscle_rub']),
  answer('q3', 'multiple', ['where_needles_go', 'spinal_cord'], ['where_needles_go', 'spinal_cord', 'brain'], 12_340, [
    'where_needles_go',
    'spinal_cord',
    'brain',
    'inside_needles',
  ]),
  answer('q4', 'truefalse', ['true'], ['false'], 3_723_456),
  answer('q5', 'truefalse', ['true'], ['true'], 1_000),
];

// ---------------------------------------------------------------------------------------
// A fresh scorm-again LMS with every API call recorded, in order.

interface Call {
  fn: string;
  args: string[];
  result: string;
}
type ApiFns = Record<string, (...args: string[]) => string>;

const NAMES = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
} as const;
const FN = {
  '1.2': { finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit' },
  '2004': { finish: 'Terminate', set: 'SetValue', commit: 'Commit' },
} as const;

type Version = '1.2' | '2004';

interface Lms {
  version: Version;
  api: Scorm12APIType | Scorm2004APIType;
  backend: Backend;
  log: Call[];
  spies: Record<string, ReturnType<typeof vi.fn>>;
  /** The LMS's data as it would store it (not an API call, so not in the log). */
  cmi(): Record<string, unknown>;
  /** The last value the course set for an element. */
  sent(element: string): string | undefined;
  /** Positions in the log of SetValue calls for an element (and value, if given). */
  setAt(element: string, value?: string): number[];
}

/** Every 1.2 call log made in a test, for the strict checker in afterEach. */
const logs12: Call[][] = [];

function lms(version: Version, preload?: (api: Scorm12APIType & Scorm2004APIType) => void): Lms {
  const api = version === '1.2' ? new Scorm12API({ ...API_SETTINGS }) : new Scorm2004API({ ...API_SETTINGS });
  preload?.(api as Scorm12APIType & Scorm2004APIType);
  const log: Call[] = [];
  const fns = api as unknown as ApiFns;
  const spies: Record<string, ReturnType<typeof vi.fn>> = {};
  for (const name of NAMES[version]) {
    const original = fns[name]!;
    spies[name] = vi.fn((...args: string[]) => {
      const result = original.apply(api, args);
      log.push({ fn: name, args, result });
      return result;
    });
    fns[name] = spies[name] as unknown as ApiFns[string];
  }
  if (version === '1.2') logs12.push(log);
  const backend = version === '1.2' ? new Scorm12Backend(api) : new Scorm2004Backend(api, COURSE_ID);
  const set = FN[version].set;
  return {
    version,
    api,
    backend,
    log,
    spies,
    cmi: () => (api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi,
    sent: (element) => log.filter((c) => c.fn === set && c.args[0] === element).at(-1)?.args[1],
    setAt: (element, value) => log.flatMap((c, i) => (c.fn === set && c.args[0] === element && (value === undefined || c.args[1] === value) ? [i] : [])),
  };
}

function start(version: Version, settings: CourseSettings = COURSE.settings, preload?: Parameters<typeof lms>[1]) {
  const l = lms(version, preload);
  const tracker: Tracker = createTracker(l.backend, 'lms', settings);
  return { ...l, tracker };
}

/** Reads "a.b.c" from nested CMI JSON. */
function pick(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), obj);
}

// ---------------------------------------------------------------------------------------
// SCORM 1.2 values scorm-again accepts but the specification (and stricter LMSs) do not.

const ID_12 = /^[\x21-\x7E]{1,255}$/; // CMIIdentifier
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/; // CMITimespan
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/; // CMITime
const DECIMAL = /^-?\d+(\.\d+)?$/;
const VOCAB_12: Record<string, string[]> = {
  lesson_status: ['passed', 'completed', 'failed', 'incomplete', 'browsed'],
  exit: ['', 'suspend', 'logout', 'time-out'],
  type: ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'],
  result: ['correct', 'wrong', 'unanticipated', 'neutral'],
  status: ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
};
/** 1.2 responses: true-false is one of 0 1 t f; choice is single characters 0-9 a-z, comma-separated. */
const RESPONSE_12: Record<string, RegExp> = { 'true-false': /^[01tf]$/, choice: /^[0-9a-z](,[0-9a-z])*$/ };

function strict12Problems(calls: Call[]): string[] {
  const problems: string[] = [];
  const types = new Map<string, string>();
  for (const { fn, args } of calls) {
    if (fn !== 'LMSSetValue') continue;
    const [element = '', value = ''] = args;
    const bad = (why: string) => problems.push(`${element} = ${JSON.stringify(value.slice(0, 60))}: ${why}`);
    const inVocab = (words: string[] | undefined) => words?.includes(value) || bad(`not one of ${JSON.stringify(words)}`);
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (element === 'cmi.suspend_data') {
      if (value.length > 4096) bad(`${value.length} characters; CMIString4096 allows 4096`);
    } else if (element === 'cmi.core.lesson_location') {
      if (value.length > 255) bad(`${value.length} characters; CMIString255 allows 255`);
    } else if (/^cmi\.(objectives\.\d+|interactions\.\d+|interactions\.\d+\.objectives\.\d+)\.id$/.test(element)) {
      if (!ID_12.test(value)) bad('not a CMIIdentifier');
    } else if (element === 'cmi.core.lesson_status') inVocab(VOCAB_12.lesson_status);
    else if (element === 'cmi.core.exit') inVocab(VOCAB_12.exit);
    else if (element === 'cmi.core.session_time') {
      if (!TIMESPAN_12.test(value)) bad('not a CMITimespan');
    } else if (/^cmi\.(core|objectives\.\d+)\.score\.(raw|min|max)$/.test(element)) {
      if (value !== '' && !(DECIMAL.test(value) && Number(value) >= 0 && Number(value) <= 100)) bad('not a CMIDecimal 0-100');
    } else if (/^cmi\.objectives\.\d+\.status$/.test(element)) inVocab(VOCAB_12.status);
    else if (interaction) {
      const [, n = '', field = ''] = interaction;
      if (field === 'type') {
        inVocab(VOCAB_12.type);
        types.set(n, value);
      } else if (field === 'time') {
        if (!TIME_12.test(value)) bad('not a CMITime');
      } else if (field === 'latency') {
        if (!TIMESPAN_12.test(value)) bad('not a CMITimespan');
      } else if (field === 'weighting') {
        if (!DECIMAL.test(value)) bad('not a CMIDecimal');
      } else if (field === 'result') {
        if (!VOCAB_12.result!.includes(value) && !DECIMAL.test(value)) bad('not a 1.2 result');
      } else if (field === 'student_response' || /^correct_responses\.\d+\.pattern$/.test(field)) {
        const type = types.get(n);
        if (!type) bad('set before the interaction type');
        else if (RESPONSE_12[type] && !RESPONSE_12[type].test(value)) bad(`not a 1.2 ${type} response`);
        if (value.length > 255) bad('longer than 255');
      } else bad('an interaction field this checker does not know');
    } else bad('an element this checker does not know');
  }
  return problems;
}

afterEach(() => {
  // Every value the tracker sent to a 1.2 LMS in the test passes the strict checker.
  for (const log of logs12.splice(0)) expect(strict12Problems(log)).toEqual([]);
});

describe('the strict SCORM 1.2 checker', () => {
  it('catches what scorm-again lets through', () => {
    const call = (element: string, value: string): Call => ({ fn: 'LMSSetValue', args: [element, value], result: 'true' });
    expect(
      strict12Problems([
        call('cmi.suspend_data', 'x'.repeat(4097)),
        call('cmi.core.lesson_location', 'x'.repeat(256)),
        call('cmi.interactions.0.id', 'has space'),
        call('cmi.objectives.0.id', ''),
        call('cmi.interactions.0.student_response', 'a'),
        call('cmi.interactions.0.type', 'choice'),
        call('cmi.interactions.0.student_response', 'ab,c'),
        call('cmi.core.session_time', 'PT1S'),
      ]),
    ).toHaveLength(7);
  });
});

// ---------------------------------------------------------------------------------------
// Both versions: session behaviour.

describe.each(['1.2', '2004'] as const)('SCORM %s tracker', (version) => {
  const fn = FN[version];
  const EXIT = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
  const SCORE_RAW = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
  const finishedExit = version === '1.2' ? '' : 'normal';

  it('reports no LMS error on a first launch, answers, a passing result and the end', () => {
    const { backend, tracker, log } = start(version);
    tracker.sync(snapshot(IN_PROGRESS, '/endorphins/how'));
    tracker.sync(snapshot(ALL_PASSED, '/limits/check', ANSWERS));
    tracker.end();
    expect(backend.errors).toEqual([]);
    expect(tracker.errors).toEqual([]);
    const failed = log.filter((c) => (c.fn === fn.set || c.fn === fn.commit || c.fn === fn.finish) && c.result !== 'true');
    expect(failed).toEqual([]);
  });

  it('exits with suspend while the course is unfinished, then terminates', () => {
    const l = start(version);
    // A fresh attempt with nothing done yet has nothing to resume: no suspend for it.
    expect(l.sent(EXIT)).toBeUndefined();
    l.tracker.sync(snapshot(IN_PROGRESS, '/endorphins/how'));
    expect(l.sent(EXIT)).toBe('suspend');
    l.tracker.end();
    expect(pick(l.cmi(), version === '1.2' ? 'core.exit' : 'exit')).toBe('suspend');
    expect(l.log.at(-1)?.fn).toBe(fn.finish);
  });

  it(`exits with ${JSON.stringify(finishedExit)} once finished and passed`, () => {
    const l = start(version);
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check'));
    l.tracker.end();
    expect(l.sent(EXIT)).toBe(finishedExit);
    expect(pick(l.cmi(), version === '1.2' ? 'core.exit' : 'exit')).toBe(finishedExit);
  });

  it('keeps the attempt open (suspend) when finished but failed, so the learner can retry', () => {
    const l = start(version);
    l.tracker.sync(snapshot(ALL_FAILED, '/limits/check'));
    l.tracker.end();
    expect(l.sent(EXIT)).toBe('suspend');
  });

  it('end() terminates exactly once, after a final commit, and nothing is called after it', () => {
    const l = start(version);
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check', ANSWERS));
    l.tracker.end();
    const callsAtEnd = l.log.length;
    l.tracker.end();
    l.tracker.sync(snapshot(IN_PROGRESS, '/endorphins/what', ANSWERS));
    l.tracker.end();
    expect(l.spies[fn.finish]).toHaveBeenCalledTimes(1);
    expect(l.log.length).toBe(callsAtEnd);
    expect(l.log.slice(-2).map((c) => c.fn)).toEqual([fn.commit, fn.finish]);
  });

  it('commits once per meaningful change, and sends nothing for an unchanged snapshot', () => {
    const l = start(version);
    const commits = () => l.spies[fn.commit]!.mock.calls.length;
    const before = commits();
    const snap = snapshot(IN_PROGRESS, '/endorphins/how');
    l.tracker.sync(snap);
    expect(commits()).toBe(before + 1);
    const calls = l.log.length;
    l.tracker.sync({ ...snap, result: structuredClone(snap.result) });
    expect(l.log.length).toBe(calls);
  });

  it('sets the score before the status', () => {
    const l = start(version);
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check'));
    const score = l.setAt(SCORE_RAW);
    const statuses =
      version === '1.2'
        ? l.setAt('cmi.core.lesson_status', 'passed')
        : [...l.setAt('cmi.success_status', 'passed'), ...l.setAt('cmi.completion_status', 'completed')];
    expect(score).toHaveLength(1);
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(score[0]).toBeLessThan(s);
    if (version === '2004') for (const s of statuses) expect(l.setAt('cmi.score.scaled')[0]).toBeLessThan(s);
  });

  it('sends the saved progress and the bookmark', () => {
    const l = start(version);
    const snap = snapshot(IN_PROGRESS, '/endorphins/how');
    l.tracker.sync(snap);
    const cmi = l.cmi();
    expect(pick(cmi, 'suspend_data')).toBe(snap.suspendData);
    expect(pick(cmi, version === '1.2' ? 'core.lesson_location' : 'location')).toBe('/endorphins/how');
  });

  it('appends answers checked later as new interactions rather than overwriting', () => {
    const l = start(version);
    l.tracker.sync(snapshot(ONE_MODULE_PASSED, '/endorphins/check', ANSWERS.slice(0, 2)));
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check', ANSWERS.slice(2)));
    const interactions = pick(l.cmi(), 'interactions') as Record<string, { id: string }>;
    expect(Object.keys(interactions)).toHaveLength(4);
    expect(Object.values(interactions).map((i) => i.id.split(/[.:]/).at(-1))).toEqual(['q1', 'q3', 'q4', 'q5']);
  });

  it('updates a module’s objective in place on later syncs', () => {
    const l = start(version);
    l.tracker.sync(snapshot(ONE_MODULE_PASSED, '/endorphins/check'));
    expect(Object.keys(pick(l.cmi(), 'objectives') as object)).toHaveLength(1);
    l.tracker.sync(snapshot(ALL_FAILED, '/limits/check'));
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check'));
    const objectives = pick(l.cmi(), 'objectives') as Record<string, { id: string }>;
    expect(Object.values(objectives).map((o) => o.id.split(':').at(-1))).toEqual(['endorphins', 'limits']);
  });

  it('resumes: gives back the saved progress and bookmark, and keeps an earlier pass', () => {
    const saved = encodeProgress(ONE_MODULE_PASSED, COURSE_ID);
    const l = start(version, COURSE.settings, (api) => {
      if (version === '1.2') {
        api.loadFromJSON({ suspend_data: saved, core: { lesson_location: '/endorphins/check', lesson_status: 'passed' } }, 'cmi');
        api.cmi.core.entry = 'resume';
      } else {
        api.loadFromJSON(
          { suspend_data: saved, location: '/endorphins/check', completion_status: 'incomplete', success_status: 'passed', entry: 'resume' },
          'cmi',
        );
      }
    });
    expect(l.tracker.launch).toEqual({
      suspendData: saved,
      location: '/endorphins/check',
      resumed: true,
      language: '',
      mode: 'normal',
      credit: true,
      recorded: version === '1.2' ? { completed: true, passed: true, score: undefined } : { completed: false, passed: true, score: undefined },
    });
    const cmi = l.cmi();
    if (version === '1.2') expect(pick(cmi, 'core.lesson_status')).toBe('passed');
    else expect([pick(cmi, 'completion_status'), pick(cmi, 'success_status')]).toEqual(['incomplete', 'passed']);
    expect(l.backend.errors).toEqual([]);
  });

  it('reports each part as passed or failed only where the course grades its part checks', () => {
    const status = version === '1.2' ? 'status' : 'success_status';
    for (const [graded, expected] of [
      [false, version === '1.2' ? 'completed' : 'unknown'],
      [true, 'failed'],
    ] as const) {
      const course = courseWith({ partChecksGraded: graded });
      const l = start(version, course.settings);
      l.tracker.sync(snapshot(ALL_FAILED, '/limits/check', [], course));
      l.tracker.end();
      expect([pick(l.cmi(), `objectives.0.${status}`), pick(l.cmi(), `objectives.1.${status}`)]).toEqual([expected, expected]);
    }
  });

  it('a first launch is not a resume and starts with no saved progress', () => {
    const { tracker } = start(version);
    expect(tracker.launch).toMatchObject({ suspendData: '', location: '', resumed: false });
  });
});

// ---------------------------------------------------------------------------------------
// SCORM 1.2 data model.

describe('SCORM 1.2 CMI', () => {
  it('moves a first launch off "not attempted"', () => {
    const l = start('1.2');
    expect(pick(l.cmi(), 'core.lesson_status')).toBe('incomplete');
  });

  it('records a passing course: status, score, objectives, interactions, session time', () => {
    const l = start('1.2');
    const snap = snapshot(ALL_PASSED, '/limits/check', ANSWERS);
    l.tracker.sync(snap);
    l.tracker.end();
    const cmi = l.cmi();

    expect(pick(cmi, 'core.lesson_status')).toBe('passed');
    expect(pick(cmi, 'core.score')).toEqual({ raw: '90', min: '0', max: '100' });
    expect(pick(cmi, 'suspend_data')).toBe(snap.suspendData);
    expect(pick(cmi, 'core.lesson_location')).toBe('/limits/check');
    expect(pick(cmi, 'core.exit')).toBe('');

    // A part's check is for learning: done, with its score, never passed or failed.
    expect(pick(cmi, 'objectives')).toEqual({
      0: { id: 'endorphins', status: 'completed', score: { raw: '100', min: '0', max: '100' } },
      1: { id: 'limits', status: 'completed', score: { raw: '80', min: '0', max: '100' } },
    });

    const interaction = (n: number) => pick(cmi, `interactions.${n}`);
    expect(interaction(0)).toMatchObject({
      id: 'endorphins.q1',
      type: 'choice',
      student_response: 'b',
      result: 'correct',
      time: '14:03:09',
      weighting: '1',
      objectives: { 0: { id: 'endorphins' } },
      correct_responses: { 0: { pattern: 'b' } },
    });
    expect(interaction(1)).toMatchObject({
      id: 'endorphins.q3',
      type: 'choice',
      student_response: 'a,b',
      result: 'wrong',
      correct_responses: { 0: { pattern: 'a,b,c' } },
    });
    expect(interaction(2)).toMatchObject({
      id: 'endorphins.q4',
      type: 'true-false',
      student_response: 't',
      result: 'wrong',
      correct_responses: { 0: { pattern: 'f' } },
    });
    expect(interaction(3)).toMatchObject({ type: 'true-false', student_response: 't', result: 'correct', correct_responses: { 0: { pattern: 't' } } });

    expect(l.sent('cmi.interactions.2.latency')).toBe('0001:02:03.46');
    expect(l.sent('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });

  it('records a failing course as failed, and its parts as done (not failed)', () => {
    const l = start('1.2');
    l.tracker.sync(snapshot(ALL_FAILED, '/limits/check'));
    l.tracker.end();
    const cmi = l.cmi();
    expect(pick(cmi, 'core.lesson_status')).toBe('failed');
    expect(pick(cmi, 'core.score.raw')).toBe('50');
    expect(pick(cmi, 'objectives.0.status')).toBe('completed');
    expect(pick(cmi, 'objectives.1.status')).toBe('completed');
  });

  it('sends no score and keeps "incomplete" while no check is done', () => {
    const l = start('1.2');
    l.tracker.sync(snapshot(IN_PROGRESS, '/endorphins/how'));
    expect(pick(l.cmi(), 'core.lesson_status')).toBe('incomplete');
    expect(l.sent('cmi.core.score.raw')).toBeUndefined();
    expect(Object.keys(pick(l.cmi(), 'objectives') as object)).toHaveLength(0);
  });

  const matrix: [Scorm12Reporting, { passed: string; failed: string; unfinished: string }][] = [
    ['passed-failed', { passed: 'passed', failed: 'failed', unfinished: 'incomplete' }],
    ['passed-incomplete', { passed: 'passed', failed: 'incomplete', unfinished: 'incomplete' }],
    ['completed-incomplete', { passed: 'completed', failed: 'completed', unfinished: 'incomplete' }],
    ['completed-failed', { passed: 'completed', failed: 'failed', unfinished: 'incomplete' }],
  ];

  describe.each(matrix)('reporting %s', (reporting, expected) => {
    const course = courseWith({ scorm12Reporting: reporting });
    const cases: [keyof typeof expected, Progress][] = [
      ['passed', ALL_PASSED],
      ['failed', ALL_FAILED],
      ['unfinished', IN_PROGRESS],
    ];
    it.each(cases)('a %s course', (situation, progress) => {
      const l = start('1.2', course.settings);
      l.tracker.sync(snapshot(progress, '/limits/check', [], course));
      l.tracker.end();
      expect(pick(l.cmi(), 'core.lesson_status')).toBe(expected[situation]);
    });
  });
});

// ---------------------------------------------------------------------------------------
// SCORM 2004 data model.

const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i;
const DURATION_2004 = /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/;

describe('SCORM 2004 CMI', () => {
  it('moves a first launch off "unknown" completion', () => {
    const l = start('2004');
    expect(pick(l.cmi(), 'completion_status')).toBe('incomplete');
  });

  it('records a passing course: statuses, score, objectives, interactions, session time', () => {
    const l = start('2004');
    const snap = snapshot(ALL_PASSED, '/limits/check', ANSWERS);
    l.tracker.sync(snap);
    l.tracker.end();
    const cmi = l.cmi();

    expect(pick(cmi, 'success_status')).toBe('passed');
    expect(pick(cmi, 'completion_status')).toBe('completed');
    expect(pick(cmi, 'score')).toEqual({ raw: '90', min: '0', max: '100', scaled: '0.9' });
    expect(pick(cmi, 'suspend_data')).toBe(snap.suspendData);
    expect(pick(cmi, 'location')).toBe('/limits/check');
    expect(pick(cmi, 'exit')).toBe('normal');

    // A part's check is for learning: its score and completion, success unknown.
    expect(pick(cmi, 'objectives.0')).toMatchObject({
      id: `urn:scorm:${COURSE_ID}:endorphins`,
      success_status: 'unknown',
      completion_status: 'completed',
      score: { raw: '100', min: '0', max: '100', scaled: '1' },
    });
    expect(pick(cmi, 'objectives.1')).toMatchObject({
      id: `urn:scorm:${COURSE_ID}:limits`,
      success_status: 'unknown',
      completion_status: 'completed',
      score: { raw: '80', scaled: '0.8' },
    });

    const interaction = (n: number) => pick(cmi, `interactions.${n}`) as Record<string, unknown>;
    expect(interaction(0)).toMatchObject({
      id: `urn:scorm:${COURSE_ID}:endorphins:q1`,
      type: 'choice',
      learner_response: 'fine_needles',
      result: 'correct',
      timestamp: '2024-05-06T14:03:09',
      weighting: '1',
      description: 'What about q1?',
      objectives: { 0: { id: `urn:scorm:${COURSE_ID}:endorphins` } },
      correct_responses: { 0: { pattern: 'fine_needles' } },
    });
    expect(interaction(1)).toMatchObject({
      type: 'choice',
      learner_response: 'where_needles_go[,]spinal_cord',
      result: 'incorrect',
      correct_responses: { 0: { pattern: 'where_needles_go[,]spinal_cord[,]brain' } },
    });
    expect(interaction(2)).toMatchObject({ type: 'true-false', learner_response: 'true', result: 'incorrect', correct_responses: { 0: { pattern: 'false' } } });
    expect(interaction(3)).toMatchObject({ type: 'true-false', learner_response: 'true', result: 'correct', correct_responses: { 0: { pattern: 'true' } } });
    for (let n = 0; n < 4; n++) {
      expect(interaction(n).id).toMatch(URN);
      expect(l.sent(`cmi.interactions.${n}.latency`)).toMatch(DURATION_2004);
    }
    expect(l.sent('cmi.interactions.2.latency')).toBe('PT1H2M3.46S');
    expect(l.sent('cmi.session_time')).toMatch(DURATION_2004);
  });

  it('reports no LMS error on a first launch that the LMS marks ab-initio', () => {
    const l = start('2004', COURSE.settings, (api) => {
      api.cmi.entry = 'ab-initio';
    });
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check', ANSWERS));
    l.tracker.end();
    expect(l.tracker.launch).toMatchObject({ suspendData: '', location: '', resumed: false });
    expect(l.backend.errors).toEqual([]);
  });

  it('sets each interaction’s id before any other field of it', () => {
    const l = start('2004');
    l.tracker.sync(snapshot(ALL_PASSED, '/limits/check', ANSWERS));
    const sets = l.log.filter((c) => c.fn === 'SetValue' && c.args[0]!.startsWith('cmi.interactions.'));
    const firstField = new Map<string, string>();
    for (const c of sets) {
      const [, n = '', field = ''] = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(c.args[0]!) ?? [];
      if (!firstField.has(n)) firstField.set(n, field);
    }
    expect([...firstField.values()]).toEqual(['id', 'id', 'id', 'id']);
  });

  it('records a failing course as completed but failed', () => {
    const l = start('2004');
    l.tracker.sync(snapshot(ALL_FAILED, '/limits/check'));
    l.tracker.end();
    const cmi = l.cmi();
    expect(pick(cmi, 'success_status')).toBe('failed');
    expect(pick(cmi, 'completion_status')).toBe('completed');
    expect(pick(cmi, 'score.scaled')).toBe('0.5');
    expect(pick(cmi, 'objectives.0.success_status')).toBe('unknown');
    expect(pick(cmi, 'exit')).toBe('suspend');
  });

  it('leaves success unknown and completion incomplete while no check is done', () => {
    const l = start('2004');
    l.tracker.sync(snapshot(IN_PROGRESS, '/endorphins/how'));
    l.tracker.end();
    const cmi = l.cmi();
    expect(pick(cmi, 'success_status')).toBe('unknown');
    expect(pick(cmi, 'completion_status')).toBe('incomplete');
    expect(l.sent('cmi.score.raw')).toBeUndefined();
  });

  it('keeps the interaction description within 250 characters', () => {
    const l = start('2004');
    const long = { ...ANSWERS[0]!, description: 'x'.repeat(400) };
    l.tracker.sync(snapshot(ONE_MODULE_PASSED, '/endorphins/check', [long]));
    expect(l.sent('cmi.interactions.0.description')).toHaveLength(250);
  });
});
