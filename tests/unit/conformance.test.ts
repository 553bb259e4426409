// The strict conformance recorder (tests/support/conformance.ts): it must pass what the
// tracker really sends, and catch each thing the specifications forbid that scorm-again
// lets through.
import { describe, expect, it } from 'vitest';
import type Scorm12APIType from 'scorm-again/scorm12';
import type Scorm2004APIType from 'scorm-again/scorm2004';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { checkCalls, ConformanceRecorder, unexpectedErrors, type LoggedCall } from '../support/conformance';
import { emptyModuleProgress, type Progress } from '../../src/course/progress';
import { courseResult } from '../../src/course/result';
import type { Course } from '../../src/course/types';
import { withDefaults } from '../../src/course/settings';
import type { Answer } from '../../src/tracking/backend';
import { Scorm12Backend } from '../../src/tracking/scorm12';
import { Scorm2004Backend } from '../../src/tracking/scorm2004';
import { createTracker } from '../../src/tracking/tracker';

const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12APIType }).Scorm12API;
const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof Scorm2004APIType }).Scorm2004API;
const SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

const ok = (method: string, ...args: string[]): LoggedCall => ({ method, args, result: 'true', error: '0' });
const get = (element: string, result: string): LoggedCall => ({ method: 'GetValue', args: [element], result, error: '0' });

const START_12 = [ok('LMSInitialize', '')];
const START_2004 = [ok('Initialize', '')];
const set12 = (element: string, value: string) => ok('LMSSetValue', element, value);
const set04 = (element: string, value: string) => ok('SetValue', element, value);

/** The one violation a single bad call adds to a clean session. */
function violations12(...calls: LoggedCall[]) {
  return checkCalls([...START_12, ...calls], '1.2', { masteryScore: 80 });
}
function violations2004(...calls: LoggedCall[]) {
  return checkCalls([...START_2004, ...calls], '2004', { masteryScore: 80 });
}

// ---------------------------------------------------------------------------------------
// What the real tracker sends passes.

const course: Course = {
  id: 'test_course',
  title: 't',
  description: 'd',
  outcomes: [],
  duration: 'x',
  settings: withDefaults({}),
  modules: ['one', 'two'].map((id) => ({ id, title: id, summary: id, load: () => Promise.reject(new Error('unused')) })),
};
const at = new Date(2024, 0, 2, 3, 4, 5);
const answers: Answer[] = [
  { moduleId: 'one', questionId: 'q1', type: 'single', response: ['b'], correct: ['b'], result: true, description: 'Q1?', latencyMs: 1234, at },
  { moduleId: 'one', questionId: 'q2', type: 'multiple', response: ['a', 'c'], correct: ['a'], result: false, description: 'Q2?', latencyMs: 99, at },
  { moduleId: 'one', questionId: 'q3', type: 'truefalse', response: ['false'], correct: ['true'], result: false, description: 'Q3?', latencyMs: 5, at },
  {
    moduleId: 'one',
    questionId: 'q4',
    type: 'sort',
    response: ['a-p', 'b-q'],
    correct: ['a-p', 'b-p'],
    choices: ['a', 'b'],
    targets: ['p', 'q'],
    result: false,
    description: 'Q4?',
    latencyMs: 5,
    at,
  },
];
const done: Progress = {
  modules: {
    one: { ...emptyModuleProgress(), seen: ['p1'], score: 100, done: true },
    two: { ...emptyModuleProgress(), seen: ['p1'], score: 60, done: true },
  },
};

function recorded(version: '1.2' | '2004'): LoggedCall[] {
  const api = version === '1.2' ? new Scorm12API({ ...SETTINGS }) : new Scorm2004API({ ...SETTINGS });
  // As an LMS launches a first attempt (reading never-set elements would answer 403).
  if (api instanceof Scorm2004API) api.cmi.entry = 'ab-initio';
  const log: LoggedCall[] = [];
  const fns = api as unknown as Record<string, (...a: string[]) => string>;
  for (const name of Object.keys(
    version === '1.2'
      ? { LMSInitialize: 1, LMSFinish: 1, LMSGetValue: 1, LMSSetValue: 1, LMSCommit: 1, LMSGetLastError: 1 }
      : { Initialize: 1, Terminate: 1, GetValue: 1, SetValue: 1, Commit: 1, GetLastError: 1 },
  )) {
    const original = fns[name]!.bind(api);
    fns[name] = (...args: string[]) => {
      const result = original(...args);
      log.push({ method: name, args, result: String(result), error: String(api.lastErrorCode) });
      return result;
    };
  }
  const backend = version === '1.2' ? new Scorm12Backend(api) : new Scorm2004Backend(api, course.id);
  const tracker = createTracker(backend, 'lms', course.settings);
  tracker.sync({ suspendData: '{"v":2}', location: '/one/p1', result: courseResult(course, done), answers });
  tracker.end();
  return log;
}

describe.each(['1.2', '2004'] as const)('SCORM %s: the tracker’s own calls', (version) => {
  it('break no rule and raise no error', () => {
    const log = recorded(version);
    expect(log.length).toBeGreaterThan(30);
    expect(checkCalls(log, version, { masteryScore: 80 })).toEqual([]);
    expect(unexpectedErrors(log)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// SCORM 1.2.

describe('SCORM 1.2 rules', () => {
  it.each([
    ['an identifier with a space', [set12('cmi.objectives.0.id', 'has space')], 'CMIIdentifier'],
    ['an empty identifier', [set12('cmi.interactions.0.id', '')], 'CMIIdentifier'],
    ['an identifier over 255', [set12('cmi.interactions.0.id', 'x'.repeat(256))], 'CMIIdentifier'],
    ['suspend data over 4096', [set12('cmi.suspend_data', 'x'.repeat(4097))], 'at most 4096'],
    ['a bookmark over 255', [set12('cmi.core.lesson_location', 'x'.repeat(256))], 'at most 255'],
    ['a score over 100', [set12('cmi.core.score.raw', '100.5')], '0 to 100'],
    ['a negative score', [set12('cmi.objectives.0.id', 'm'), set12('cmi.objectives.0.score.raw', '-1')], '0 to 100'],
    ['a 2004 duration as session time', [set12('cmi.core.session_time', 'PT1S')], 'CMITimespan'],
    ['an interaction time with a date', [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.time', '2024-01-01T10:00:00')], 'CMITime'],
    ['a latency in seconds', [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.latency', '12')], 'CMITimespan'],
    ['a response before the type', [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.student_response', 'a')], 'before the interaction type'],
    [
      'a multi-character choice',
      [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.type', 'choice'), set12('cmi.interactions.0.student_response', 'ab')],
      '1.2 choice response',
    ],
    [
      'a 2004-style choice',
      [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.type', 'choice'), set12('cmi.interactions.0.student_response', 'a[,]b')],
      '1.2 choice response',
    ],
    [
      'true-false as a word',
      [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.type', 'true-false'), set12('cmi.interactions.0.correct_responses.0.pattern', 'true')],
      '1.2 true-false response',
    ],
    [
      'matching without a dot',
      [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.type', 'matching'), set12('cmi.interactions.0.student_response', '1a,2b')],
      '1.2 matching response',
    ],
    ['the 2004 result word', [set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.result', 'incorrect')], 'not correct, wrong'],
    ['an unknown status', [set12('cmi.core.lesson_status', 'done')], 'not one of'],
    ['"not attempted" as the lesson status', [set12('cmi.core.lesson_status', 'not attempted')], 'not one of'],
    ['an unknown exit', [set12('cmi.core.exit', 'normal')], 'not one of'],
    ['a read-only element', [set12('cmi.core.student_id', 'me')], 'not a writable'],
    ['an interaction index that skips', [set12('cmi.interactions.2.id', 'q')], 'skips ahead'],
    [
      'passed below the mastery score',
      [set12('cmi.core.score.raw', '60'), set12('cmi.core.lesson_status', 'passed'), ok('LMSCommit', '')],
      'below the mastery score',
    ],
    [
      'failed at the mastery score',
      [set12('cmi.core.score.raw', '80'), set12('cmi.core.lesson_status', 'failed'), ok('LMSCommit', '')],
      'reaches the mastery score',
    ],
    ['the score after the status', [set12('cmi.core.lesson_status', 'passed'), set12('cmi.core.score.raw', '90')], 'score set after the status'],
    ['a call after LMSFinish', [ok('LMSFinish', ''), set12('cmi.core.exit', '')], 'called after LMSFinish'],
    ['LMSInitialize twice', [ok('LMSInitialize', '')], 'called again'],
    ['a 2004 method name', [ok('SetValue', 'cmi.location', 'x')], 'not a SCORM 1.2 API method'],
  ])('catches %s', (_what, calls, message) => {
    const found = violations12(...(calls as LoggedCall[]));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it.each([
    ['choice', 'a,b,c'],
    ['true-false', 't'],
    ['true-false', '0'],
    ['matching', '1.a,2.b'],
    ['sequencing', 'c,a,b'],
    ['numeric', '3.5'],
  ])('accepts a %s response %s', (type, value) => {
    expect(
      violations12(set12('cmi.interactions.0.id', 'q'), set12('cmi.interactions.0.type', type), set12('cmi.interactions.0.student_response', value)),
    ).toEqual([]);
  });

  it('accepts a resumed session that reads the count and appends', () => {
    expect(violations12({ method: 'LMSGetValue', args: ['cmi.interactions._count'], result: '3', error: '0' }, set12('cmi.interactions.3.id', 'q4'))).toEqual(
      [],
    );
  });

  it('flags a call before LMSInitialize, and lets a refused one be retried', () => {
    expect(checkCalls([set12('cmi.core.exit', 'suspend')], '1.2')).toEqual([expect.stringContaining('before LMSInitialize')]);
    const refused: LoggedCall = { method: 'LMSInitialize', args: [''], result: 'false', error: '101', fault: 'init-fail' };
    expect(checkCalls([refused, ok('LMSInitialize', ''), set12('cmi.core.exit', 'suspend')], '1.2')).toEqual([]);
  });

  it('lets the error readers run after LMSFinish', () => {
    expect(violations12(ok('LMSFinish', ''), { method: 'LMSGetLastError', args: [], result: '0', error: '0' })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// SCORM 2004.

const int = (n: number, field: string, value: string) => set04(`cmi.interactions.${n}.${field}`, value);
const interaction = (type: string) => [int(0, 'id', 'urn:x:q1'), int(0, 'type', type)];

describe('SCORM 2004 rules', () => {
  it.each([
    ['an interaction id that is not a URI', [int(0, 'id', 'q1')], 'not a URI'],
    ['an objective id with a space', [set04('cmi.objectives.0.id', 'urn:x:a b')], 'not a URI'],
    ['the type before the id', [int(0, 'type', 'choice')], 'before the interaction id'],
    ['an objective score before its id', [set04('cmi.objectives.0.score.raw', '5')], 'before the objective id'],
    ['a 1.2-style choice response', [...interaction('choice'), int(0, 'learner_response', 'a,b')], 'SCORM 2004 choice response'],
    ['a repeated choice', [...interaction('choice'), int(0, 'learner_response', 'a[,]a')], 'repeats'],
    ['a response id with a space', [...interaction('sequencing'), int(0, 'correct_responses.0.pattern', 'a b[,]c')], 'SCORM 2004 sequencing response'],
    ['a 1.2-style matching response', [...interaction('matching'), int(0, 'learner_response', 'a.p,b.q')], 'SCORM 2004 matching response'],
    ['true-false as t', [...interaction('true-false'), int(0, 'learner_response', 't')], 'SCORM 2004 true-false response'],
    ['the 1.2 result word', [int(0, 'id', 'urn:x:q1'), int(0, 'result', 'wrong')], 'not correct, incorrect'],
    ['three decimals in a duration', [set04('cmi.session_time', 'PT1.234S')], 'at most 2 decimals'],
    ['a 1.2 timespan as latency', [int(0, 'id', 'urn:x:q1'), int(0, 'latency', '0000:00:01.00')], 'ISO 8601'],
    ['a bad timestamp', [int(0, 'id', 'urn:x:q1'), int(0, 'timestamp', '2024-13-01T00:00:00')], 'timestamp'],
    ['score.scaled above 1', [set04('cmi.score.scaled', '1.5')], 'from -1 to 1'],
    ['score.scaled below -1', [set04('cmi.objectives.0.id', 'urn:x:m'), set04('cmi.objectives.0.score.scaled', '-1.01')], 'from -1 to 1'],
    ['a description over 250', [int(0, 'id', 'urn:x:q1'), int(0, 'description', 'x'.repeat(251))], 'at most 250'],
    ['suspend data over 64000', [set04('cmi.suspend_data', 'x'.repeat(64001))], 'at most 64000'],
    ['a 1.2 exit value', [set04('cmi.exit', 'bogus')], 'not one of'],
    ['passed below the passing score', [set04('cmi.score.scaled', '0.5'), set04('cmi.success_status', 'passed'), ok('Commit', '')], 'below 0.8'],
    ['failed at the passing score', [set04('cmi.score.scaled', '0.8'), set04('cmi.success_status', 'failed'), ok('Commit', '')], 'reaches 0.8'],
    ['passed with no score', [set04('cmi.success_status', 'passed'), ok('Commit', '')], 'with no cmi.score.scaled'],
    ['the score after the status', [set04('cmi.success_status', 'passed'), set04('cmi.score.scaled', '0.9')], 'score set after the status'],
    ['a call after Terminate', [ok('Terminate', ''), set04('cmi.exit', 'normal')], 'called after Terminate'],
    ['Initialize twice', [ok('Initialize', '')], 'called again'],
    ['Commit with an argument', [ok('Commit', 'x')], 'must be ""'],
  ])('catches %s', (_what, calls, message) => {
    const found = violations2004(...(calls as LoggedCall[]));
    expect(found, found.join('\n')).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it.each([
    ['choice', 'a[,]b'],
    ['choice', 'b'],
    ['true-false', 'false'],
    ['matching', 'a[.]b[,]c[.]d'],
    ['sequencing', 'c[,]a[,]b'],
    ['numeric', '-2.5'],
  ])('accepts a %s response %s', (type, value) => {
    expect(violations2004(...interaction(type), int(0, 'learner_response', value))).toEqual([]);
  });

  it('takes the passing score from the LMS when the package gives none', () => {
    const calls = [get('cmi.scaled_passing_score', '0.7'), set04('cmi.score.scaled', '0.75'), set04('cmi.success_status', 'passed'), ok('Commit', '')];
    expect(checkCalls([...START_2004, ...calls], '2004')).toEqual([]);
    const failing = [get('cmi.scaled_passing_score', '0.9'), ...calls.slice(1)];
    expect(checkCalls([...START_2004, ...failing], '2004')).toHaveLength(1);
  });

  it('counts an interaction read back in a resumed session as having its id', () => {
    expect(violations2004(get('cmi.interactions._count', '1'), get('cmi.interactions.0.id', 'urn:x:q1'), int(0, 'result', 'correct'))).toEqual([]);
  });
});

describe('the recorder', () => {
  it('reports each violation as it is recorded', () => {
    const recorder = new ConformanceRecorder('2004');
    expect(recorder.record(ok('Initialize', ''))).toEqual([]);
    expect(recorder.record(int(0, 'id', 'bad id'))).toHaveLength(1);
    expect(recorder.record(int(0, 'type', 'choice'))).toEqual([]);
    expect(recorder.violations).toHaveLength(1);
  });

  it('counts LMS errors, except those a fault switch caused and the error readers', () => {
    const calls: LoggedCall[] = [
      { method: 'Commit', args: [''], result: 'false', error: '391', fault: 'commit-fail' },
      { method: 'GetLastError', args: [], result: '391', error: '391' },
      { method: 'SetValue', args: ['cmi.exit', 'x'], result: 'false', error: '406' },
    ];
    expect(unexpectedErrors(calls)).toEqual(['SetValue(cmi.exit, x) -> false (error 406)']);
  });
});
