// The cmi5 back end behind the tracker, against the in-memory LRS (scripts/lrs.mjs) through
// a fake fetch: what the LRS stores, judged by the strict cmi5 checker, in each launch
// mode and when the LRS misbehaves. Fake time; the network is promises.
import requirements from '@cmi5/requirements/requirements.json' with { type: 'json' };
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyModuleProgress, type Progress } from '../../src/course/progress';
import { courseResult } from '../../src/course/result';
import { withDefaults } from '../../src/course/settings';
import type { Course } from '../../src/course/types';
import type { Answer } from '../../src/tracking/backend';
import { connectTracker } from '../../src/tracking/connect';
import { encodeProgress } from '../../src/tracking/state-codec';
import type { Snapshot, Tracker } from '../../src/tracking/tracker';
import { readCmi5Launch } from '../../src/tracking/cmi5-launch';
import { CHECKED_REQUIREMENTS, checkCmi5, countVerbs, type Statement } from '../support/cmi5-conformance';
import { FakeClock, FakeWindow, MemoryStorage } from './lms-harness';
// @ts-expect-error: a plain ES module shared with the preview server
import { createLrs, lrsFetch } from '../../scripts/lrs.mjs';

const BASE = 'http://lrs.test/xapi/';
const course: Course = {
  id: 'cmi5_course',
  title: 't',
  description: 'd',
  outcomes: [],
  duration: 'x',
  settings: withDefaults({ masteryScore: 80 }),
  modules: ['one', 'two'].map((id) => ({ id, title: id, summary: id, load: () => Promise.reject(new Error('unused')) })),
};
const ACTOR = { objectType: 'Agent', name: 'Learner', account: { homePage: 'http://lms.test', name: 'learner-1' } };
const REGISTRATION = '6f1b1ad2-4c4b-4b1e-9c1e-2a9b1f0a7e11';
const ACTIVITY = 'http://lms.test/launch/au-1';

interface Lrs {
  statements: Statement[];
  sessions: Map<string, { fetches: number; faults: Record<string, unknown> }>;
  launch(options: Record<string, unknown>): { session: string; fetch: string };
  setFaults(id: string, faults: Record<string, unknown>): void;
  ofRegistration(registration: string): Statement[];
  documents: Map<string, string>;
}

let lrs: Lrs;
let clock: FakeClock;
let device: MemoryStorage;
beforeEach(() => {
  lrs = createLrs() as Lrs;
  clock = new FakeClock();
  device = new MemoryStorage();
});

/** Lets promises and due timers run, as a browser would between events. */
async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 0));
    clock.advance(i === 0 ? ms : 0);
  }
}

/** The LMS launches the AU; returns the page's window (sessionStorage kept for reloads). */
function launch(launchMode = 'Normal', faults: Record<string, unknown> = {}, languagePreference?: string, audioPreference?: 'on' | 'off') {
  const { session, fetch } = lrs.launch({
    registration: REGISTRATION,
    actor: ACTOR,
    activityId: ACTIVITY,
    courseActivityId: 'http://lms.test/course/1',
    publisherId: 'urn:cmi5:cmi5_course:au:course',
    launchMode,
    masteryScore: 0.8,
    returnURL: 'http://lms.test/return',
    languagePreference,
    audioPreference,
    faults,
  });
  const query = new URLSearchParams({
    endpoint: BASE,
    fetch: `${BASE}${fetch}`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  const tab = new MemoryStorage();
  return { session, search: `?${query.toString()}`, tab };
}

async function open(l: { search: string; tab: MemoryStorage }): Promise<{ tracker: Tracker; win: FakeWindow; assigned: string[] }> {
  const win = new FakeWindow(device);
  const assigned: string[] = [];
  win.sessionStorage = l.tab;
  win.location = { search: l.search, assign: (url: string) => assigned.push(url) };
  win.fetch = lrsFetch(lrs, BASE);
  const tracker = await connectTracker(course, win as unknown as Window, clock);
  await settle();
  return { tracker, win, assigned };
}

const progress = (seen: string[], done: string[] = [], score?: number): Progress => ({
  modules: Object.fromEntries(
    ['one', 'two'].map((id) => [
      id,
      {
        ...emptyModuleProgress(),
        seen: seen.includes(id) ? ['p1'] : [],
        ...(done.includes(id) ? { done: true, ...(score === undefined ? {} : { score }) } : {}),
      },
    ]),
  ),
});
const answer = (questionId: string, at = 0): Answer => ({
  moduleId: 'one',
  questionId,
  type: 'truefalse',
  response: ['true'],
  correct: ['true'],
  result: true,
  description: 'Is it?',
  latencyMs: 1200,
  at: new Date(1_700_000_000_000 + at),
});
const snap = (p: Progress, location: string, answers: Answer[] = []): Snapshot => ({
  suspendData: encodeProgress(p, course.id),
  location,
  result: courseResult(course, p),
  answers,
});

const verbs = () => lrs.ofRegistration(REGISTRATION).map((s) => String(s.verb?.id).split('/').at(-1));
const violations = () =>
  checkCmi5(lrs.ofRegistration(REGISTRATION), {
    registration: REGISTRATION,
    activityId: ACTIVITY,
    fetches: Object.fromEntries([...lrs.sessions].map(([id, s]) => [id, s.fetches])),
  });

it('reads the five launch parameters in any order, and nothing else is a cmi5 launch', () => {
  expect(readCmi5Launch('?lang=cy')).toBeNull();
  const l = readCmi5Launch(`?activityId=a&registration=r&actor=${encodeURIComponent('{"name":"x"}')}&fetch=f&endpoint=http://e/x`);
  expect(l).toEqual({ endpoint: 'http://e/x/', fetch: 'f', actor: { name: 'x' }, registration: 'r', activityId: 'a' });
});

it('every requirement id the checker names is in @cmi5/requirements', () => {
  const known = new Set(Object.keys(requirements as Record<string, unknown>));
  expect(CHECKED_REQUIREMENTS.filter((id) => !known.has(id))).toEqual([]);
});

describe('a Normal launch', () => {
  it('passing: initialized, answered, completed, passed, terminated; satisfied by the LMS; zero violations', async () => {
    const l = launch();
    const { tracker, assigned } = await open(l);
    expect(tracker.version).toBe('cmi5');
    expect(tracker.launch).toMatchObject({ mode: 'normal', resumed: false, suspendData: '' });
    tracker.sync(snap(progress(['one']), 'one/p1', [answer('q1')]));
    await settle();
    expect(tracker.saveState).toBe('saved');
    tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 90), 'menu'));
    await settle();
    expect(verbs()).toEqual(['launched', 'initialized', 'answered', 'completed', 'passed', 'satisfied']);
    tracker.end();
    await settle();
    expect(verbs().at(-1)).toBe('terminated');
    expect(tracker.saveState).toBe('saved');
    expect(violations()).toEqual([]);
    // Explicit exit with a returnURL: the window goes there (10.2.6.0-1).
    expect(assigned).toEqual(['http://lms.test/return']);
    const passed = lrs.ofRegistration(REGISTRATION).find((s) => s.verb?.id?.endsWith('passed'));
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 0.9 } });
    const answered = lrs.ofRegistration(REGISTRATION).find((s) => s.verb?.id?.endsWith('answered'));
    expect(answered?.object?.id).toBe('urn:scorm:cmi5_course:one:q1');
    console.log('cmi5 statements by verb:', countVerbs(lrs.ofRegistration(REGISTRATION)));
  });

  it('failing then passing: failed, then passed, and nothing after passed', async () => {
    const { tracker } = await open(launch());
    tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 50), 'menu'));
    await settle();
    // The same result again (another page) sends no second failed.
    tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 50), 'final'));
    await settle();
    tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 100), 'menu'));
    await settle();
    tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 60), 'menu'));
    await settle();
    tracker.end();
    await settle();
    expect(verbs()).toEqual(['launched', 'initialized', 'completed', 'failed', 'passed', 'satisfied', 'terminated']);
    expect(violations()).toEqual([]);
  });

  it('a reload keeps the token (one fetch) and resumes from the AU state document', async () => {
    const l = launch();
    const first = await open(l);
    first.tracker.sync(snap(progress(['one']), 'one/p1', [answer('q1')]));
    await settle();
    // Reload: pagehide ends the page's session (terminated, best effort), a new page starts.
    first.win.pagehide();
    await settle();
    const second = await open(l);
    expect(lrs.sessions.get(l.session)?.fetches).toBe(1);
    expect(second.tracker.launch).toMatchObject({ location: 'one/p1', resumed: true });
    // The session is over: nothing more is sent in it (9.3.8.0-2); progress still saves.
    second.tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 90), 'menu'));
    await settle();
    expect(verbs()).toEqual(['launched', 'initialized', 'answered', 'terminated']);
    expect(violations()).toEqual([]);
    // The next launch sends what was earned, with the first screen's snapshot.
    const next = await open(launch());
    next.tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 90), next.tracker.launch.location));
    await settle();
    next.tracker.end();
    await settle();
    expect(verbs().slice(4)).toEqual(['launched', 'initialized', 'completed', 'passed', 'satisfied', 'terminated']);
    expect(violations()).toEqual([]);
  });
});

it('takes the course language from the cmi5LearnerPreferences agent profile (its first choice)', async () => {
  const { tracker } = await open(launch('Normal', {}, 'cy,en-GB'));
  expect(tracker.launch.language).toBe('cy');
});

it('takes the audio preference from the same profile (on reads pages aloud), and none when it gives none', async () => {
  expect((await open(launch('Normal', {}, 'en-GB', 'on'))).tracker.launch.audio).toBe('on');
  expect((await open(launch('Normal', {}, undefined, 'off'))).tracker.launch.audio).toBe('off');
  expect((await open(launch())).tracker.launch.audio).toBeUndefined();
});

describe('Browse and Review', () => {
  for (const mode of ['Browse', 'Review']) {
    it(`${mode}: only initialized and terminated, whatever the learner does`, async () => {
      const { tracker } = await open(launch(mode));
      expect(tracker.launch.mode).toBe(mode.toLowerCase());
      tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 90), 'menu', [answer('q1')]));
      await settle();
      tracker.end();
      await settle();
      expect(verbs()).toEqual(['launched', 'initialized', 'terminated']);
      expect(violations()).toEqual([]);
    });
  }
});

describe('when the LRS misbehaves', () => {
  it('refused 3 times: not saved, kept on the device, retried with back-off, each statement stored once', async () => {
    const l = launch('Normal', { refuse: 3 });
    const { tracker } = await open(l);
    tracker.sync(snap(progress(['one', 'two'], ['one', 'two'], 90), 'menu', [answer('q1')]));
    await settle();
    expect(tracker.saveState).toBe('unsaved');
    expect(device.length).toBeGreaterThan(0); // the journal
    for (let i = 0; i < 6 && tracker.saveState !== 'saved'; i++) await settle(60_000);
    expect(tracker.saveState).toBe('saved');
    expect(verbs()).toEqual(['launched', 'initialized', 'answered', 'completed', 'passed', 'satisfied']);
    expect(violations()).toEqual([]);
  });

  it('gone, then back: nothing lost, nothing twice', async () => {
    const l = launch();
    const { tracker } = await open(l);
    lrs.setFaults(l.session, { gone: true });
    tracker.sync(snap(progress(['one']), 'one/p1', [answer('q1'), answer('q2', 5)]));
    await settle(1000);
    expect(tracker.saveState).toBe('unsaved');
    lrs.setFaults(l.session, { gone: false });
    for (let i = 0; i < 6 && tracker.saveState !== 'saved'; i++) await settle(60_000);
    expect(tracker.saveState).toBe('saved');
    expect(verbs()).toEqual(['launched', 'initialized', 'answered', 'answered']);
    expect(violations()).toEqual([]);
  });

  it('the fetch url answers an error: the course starts, says it is not saved, and keeps the work on the device', async () => {
    const { tracker } = await open(launch('Normal', { fetchError: true }));
    tracker.sync(snap(progress(['one']), 'one/p1'));
    await settle();
    expect(tracker.saveState).toBe('unsaved');
    expect(tracker.errors.map((e) => e.code)).toContain('fetch-error-2');
    expect(device.length).toBeGreaterThan(0);
    expect(verbs()).toEqual(['launched']);
  });
});
