// A whole LMS launch in Node, as the browser runs it: the preview's LMS (scorm-again,
// stored attempts, fault switches, the logging bridge) on one side; on the other, a
// fake course window for connectTracker (discovery, journal in its localStorage, page
// lifecycle). Time is a fake clock, so minutes of back-off take microseconds.
import { createApiBridge, type ApiCall } from '../../src/preview/bridge';
import { NO_FAULTS, withFaults, type Faults, type FaultyLms } from '../../src/preview/faults';
import type { Behaviour } from '../../src/preview/lms';
import { createLms12 } from '../../src/preview/lms12';
import { createLms2004 } from '../../src/preview/lms2004';
import { loadAttempt, saveAttempt, storageKey } from '../../src/preview/storage';
import type { Course } from '../../src/course/types';
import { withDefaults } from '../../src/course/settings';
import { beforeEach, expect } from 'vitest';
import { checkCalls, unexpectedErrors } from '../support/conformance';
import type { Clock } from '../../src/tracking/clock';
import { connectTracker } from '../../src/tracking/connect';
import type { Tracker } from '../../src/tracking/tracker';

export type Version = '1.2' | '2004';

/** An in-memory Storage: the LMS's database, or one browser's localStorage. */
export class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  get length(): number {
    return this.items.size;
  }
}

/** Timers that run only when the test moves time on. */
export class FakeClock implements Clock {
  private static readonly START = 1_700_000_000_000;
  private t = FakeClock.START;
  private seq = 0;
  private timers: { at: number; seq: number; fn: () => void }[] = [];

  /** Back to the start time, with no timer waiting (a fresh clock). */
  reset(): void {
    this.t = FakeClock.START;
    this.seq = 0;
    this.timers = [];
  }

  now(): number {
    return this.t;
  }
  later(fn: () => void, ms: number): () => void {
    const timer = { at: this.t + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((x) => x !== timer);
    };
  }
  get pending(): number {
    return this.timers.length;
  }
  /** The delays of the timers waiting now, soonest first. */
  waits(): number[] {
    return this.timers.map((x) => x.at - this.t).sort((a, b) => a - b);
  }
  /** Moves time on by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next || next.at > end) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = next.at;
      next.fn();
    }
    this.t = end;
  }
  /**
   * A view of this clock for one page load: killing it drops that page's timers, as a
   * closed tab's timers die with it.
   */
  forPage(): Clock & { kill(): void } {
    const cancels = new Set<() => void>();
    let dead = false;
    return {
      now: () => this.now(),
      later: (fn, ms) => {
        if (dead) return () => {};
        const cancel = this.later(() => {
          cancels.delete(cancel);
          fn();
        }, ms);
        cancels.add(cancel);
        return () => {
          cancels.delete(cancel);
          cancel();
        };
      },
      kill: () => {
        dead = true;
        for (const cancel of cancels) cancel();
        cancels.clear();
      },
    };
  }

  /** Runs what is due now (the LMS calls that sync() queued), without moving time. */
  settle(): void {
    this.advance(0);
  }
}

/**
 * The world of a launch: the LMS's database, the learner's device (localStorage) and the
 * clock, emptied and reset before each test of the file that calls this.
 */
export function freshEachTest(): { db: MemoryStorage; device: MemoryStorage; clock: FakeClock } {
  const world = { db: new MemoryStorage(), device: new MemoryStorage(), clock: new FakeClock() };
  beforeEach(() => {
    world.db.clear();
    world.device.clear();
    world.clock.reset();
  });
  return world;
}

/** The course's window, as much of it as the tracker touches. */
export class FakeWindow {
  readonly parent: FakeWindow = this;
  readonly top: FakeWindow = this;
  readonly opener = null;
  readonly listeners = new Map<string, Set<(e: unknown) => void>>();
  readonly document = {
    visibilityState: 'visible' as 'visible' | 'hidden',
    listeners: new Map<string, Set<(e: unknown) => void>>(),
    addEventListener(type: string, fn: (e: unknown) => void) {
      if (!this.listeners.has(type)) this.listeners.set(type, new Set());
      this.listeners.get(type)!.add(fn);
    },
    removeEventListener(type: string, fn: (e: unknown) => void) {
      this.listeners.get(type)?.delete(fn);
    },
  };
  [key: string]: unknown;

  constructor(readonly localStorage: Storage) {}

  addEventListener(type: string, fn: (e: unknown) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  removeEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners.get(type)?.delete(fn);
  }
  hide() {
    this.document.visibilityState = 'hidden';
    for (const fn of this.document.listeners.get('visibilitychange') ?? []) fn({});
  }
  show() {
    this.document.visibilityState = 'visible';
    for (const fn of this.document.listeners.get('visibilitychange') ?? []) fn({});
  }
  pagehide(persisted = false) {
    for (const fn of this.listeners.get('pagehide') ?? []) fn({ persisted });
  }
  pageshow(persisted = true) {
    for (const fn of this.listeners.get('pageshow') ?? []) fn({ persisted });
  }
}

export interface LmsPage {
  readonly version: Version;
  readonly lms: FaultyLms;
  readonly calls: ApiCall[];
  readonly bridge: unknown;
}

/** The mastery score the packages' manifests carry, which an LMS hands to the course. */
const MASTERY = 80;

/** The LMS side of one launch: the stored attempt in `db`, put up with `faults`. */
export async function openLms(version: Version, db: Storage, faults: Partial<Faults> = {}, behaviour: Behaviour = 'generic'): Promise<LmsPage> {
  const create = version === '1.2' ? createLms12 : createLms2004;
  const launch = { previous: loadAttempt(db, version), language: null, masteryScore: MASTERY, behaviour };
  const lms = withFaults(await create(launch), { ...NO_FAULTS, ...faults });
  const calls: ApiCall[] = [];
  const bridge = createApiBridge(lms, (call) => {
    calls.push(call);
    if (call.result === 'true' && lms.persistingMethods.includes(call.method)) saveAttempt(db, version, lms.snapshot());
  });
  return { version, lms, calls, bridge };
}

/** The LMS's stored attempt, flattened (what its reports would show). */
export function storedCmi(db: Storage, version: Version): Record<string, unknown> {
  const raw = db.getItem(storageKey(version));
  return raw ? ((JSON.parse(raw) as { cmi: Record<string, unknown> }).cmi ?? {}) : {};
}

/** One page load of the course inside that LMS. */
export async function launchCourse(
  course: Course,
  page: LmsPage,
  device: Storage,
  clock: FakeClock,
): Promise<{ win: FakeWindow; tracker: Tracker; kill(): void }> {
  const win = new FakeWindow(device);
  win[page.lms.windowKey] = page.bridge;
  const pageClock = clock.forPage();
  const connecting = connectTracker(course, win as unknown as Window, pageClock);
  // Discovery and Initialize retries wait on the clock: move it on until connected.
  let tracker: Tracker | undefined;
  void connecting.then((t) => (tracker = t));
  for (let i = 0; i < 100 && !tracker; i++) {
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    if (!tracker) clock.advance(50);
  }
  if (!tracker) throw new Error('connectTracker did not finish');
  return { win, tracker, kill: pageClock.kill };
}

/** A course of empty modules with default settings, for tracker tests that sync snapshots. */
export function snapshotCourse(id: string, moduleIds: string[]): Course {
  return {
    id,
    title: 't',
    description: 'd',
    outcomes: [],
    duration: 'x',
    settings: withDefaults({}),
    modules: moduleIds.map((m) => ({ id: m, title: m, summary: m, load: () => Promise.reject(new Error('unused')) })),
  };
}

/** Every call in this LMS page load passes the strict recorder, faults aside. */
export function expectConformant(page: LmsPage) {
  expect(checkCalls(page.calls, page.version, { masteryScore: MASTERY })).toEqual([]);
  expect(unexpectedErrors(page.calls)).toEqual([]);
}
