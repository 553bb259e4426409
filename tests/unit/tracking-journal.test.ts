// The tracker when the LMS misbehaves: the local journal, retries with back-off, and
// reconciling at the next launch, against the preview's LMS with its fault switches.
import { describe, expect, it } from 'vitest';
import { courseResult } from '../../src/course/result';
import type { Course } from '../../src/course/types';
import { backoff } from '../../src/tracking/clock';
import { journalKey, openJournal, type JournalEntry } from '../../src/tracking/journal';
import { JOURNAL_MAX_AGE_MS, reconcile } from '../../src/tracking/reconcile';
import { LAUNCH_WAIT_MS } from '../../src/tracking/tracker';
import { connectTracker } from '../../src/tracking/connect';
import { snapshotKit } from './snapshots';
import { expectConformant, freshEachTest, FakeWindow, launchCourse, MemoryStorage, openLms, snapshotCourse, storedCmi, type Version } from './lms-harness';

const course: Course = snapshotCourse('journal_course', ['one', 'two']);

const { progress, answer, snap } = snapshotKit(course);

const SUSPEND: Record<Version, string> = { '1.2': 'suspend_data', '2004': 'suspend_data' };
const LOCATION: Record<Version, string[]> = { '1.2': ['core', 'lesson_location'], '2004': ['location'] };
const pick = (cmi: Record<string, unknown>, path: string[]) =>
  path.reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), cmi);
const interactionIds = (cmi: Record<string, unknown>) =>
  Object.values((cmi.interactions ?? {}) as Record<string, { id: string }>).map((i) => i.id.split(/[.:]/).at(-1));

const { db, device, clock } = freshEachTest();

describe.each(['1.2', '2004'] as const)('SCORM %s', (version) => {
  async function load(faults: Parameters<typeof openLms>[2] = {}) {
    const page = await openLms(version, db, faults);
    const { win, tracker, kill } = await launchCourse(course, page, device, clock);
    return { page, win, tracker, kill };
  }

  it('makes no LMS call inside sync(), and shares one commit among quick snapshots', async () => {
    const { page, tracker } = await load();
    clock.settle();
    const before = page.calls.length;
    tracker.sync(snap(progress(['a']), '/one/a'));
    tracker.sync(snap(progress(['a', 'b']), '/one/b'));
    tracker.sync(snap(progress(['a', 'b', 'c']), '/one/c', [answer('q1')]));
    expect(page.calls.length).toBe(before);
    expect(tracker.saveState).toBe('saving');
    clock.settle();
    expect(page.calls.slice(before).filter((c) => c.method.endsWith('Commit'))).toHaveLength(1);
    expect(tracker.saveState).toBe('saved');
    expect(pick(storedCmi(db, version), LOCATION[version])).toBe('/one/c');
    expect(clock.pending).toBe(0); // nothing ticking while all is saved
    expectConformant(page);
  });

  it('retries a refused commit with back-off until the LMS takes it', async () => {
    const { page, tracker } = await load({ commitFail: 3 });
    const states: string[] = [];
    tracker.subscribe(() => states.push(tracker.saveState));
    clock.advance(LAUNCH_WAIT_MS); // the launch commit, alone (no sync came): refused (1)
    expect(tracker.saveState).toBe('unsaved');
    tracker.sync(snap(progress(['a']), '/one/a', [answer('q1')]));
    clock.settle();
    // Waiting out the back-off: no call for a new snapshot.
    const during = page.calls.length;
    tracker.sync(snap(progress(['a', 'b']), '/one/b'));
    clock.settle();
    expect(page.calls.length).toBe(during);
    expect(clock.waits()).toEqual([backoff(1)]);
    clock.advance(backoff(1)); // refused (2)
    clock.advance(backoff(2)); // refused (3)
    expect(tracker.saveState).toBe('unsaved');
    clock.advance(backoff(3)); // accepted
    expect(tracker.saveState).toBe('saved');
    expect(states).toEqual(['unsaved', 'saved']);
    const cmi = storedCmi(db, version);
    expect(pick(cmi, LOCATION[version])).toBe('/one/b');
    expect(pick(cmi, [SUSPEND[version]])).toBe(snap(progress(['a', 'b']), '').suspendData);
    expect(interactionIds(cmi)).toEqual(['q1']);
    expect(device.length).toBe(0); // the journal is cleared once saved
    expectConformant(page);
  });

  it('survives Commit throwing', async () => {
    const { page, tracker } = await load({ commitThrow: 2 });
    tracker.sync(snap(progress(['a']), '/one/a'));
    clock.advance(backoff(1) + backoff(2));
    expect(tracker.saveState).toBe('saved');
    expect(pick(storedCmi(db, version), LOCATION[version])).toBe('/one/a');
    expectConformant(page);
  });

  it('keeps a closed tab’s unsaved work in the journal and sends it at the next launch', async () => {
    const first = await load({ commitFail: 99 });
    first.tracker.sync(snap(progress(['a']), '/one/a', [answer('q1')]));
    first.tracker.sync(snap(progress(['a', 'b'], 100), '/one/b', [answer('q2')]));
    clock.settle();
    // The tab is killed: no pagehide, and its retry timers die with it.
    first.kill();
    expect(pick(storedCmi(db, version), [SUSPEND[version]])).toBeFalsy();

    const second = await load();
    const wanted = snap(progress(['a', 'b'], 100), '/one/b');
    expect(second.tracker.launch).toMatchObject({ suspendData: wanted.suspendData, location: '/one/b', resumed: true });
    clock.settle();
    expect(second.tracker.saveState).toBe('saved');
    const cmi = storedCmi(db, version);
    expect(pick(cmi, [SUSPEND[version]])).toBe(wanted.suspendData);
    expect(interactionIds(cmi)).toEqual(['q1', 'q2']);
    expect(device.length).toBe(0);
    expectConformant(second.page);
  });

  it('keeps the work when the LMS ends the session early, and sends it next time', async () => {
    const first = await load();
    clock.settle();
    first.tracker.sync(snap(progress(['a']), '/one/a', [answer('q1')]));
    clock.settle();
    first.page.lms.endSession();
    first.tracker.sync(snap(progress(['a', 'b']), '/one/b', [answer('q2')]));
    clock.settle();
    expect(first.tracker.saveState).toBe('unsaved');
    clock.advance(10 * 60_000); // retries stay slow: at most one a minute in the end
    expect(clock.waits()[0]).toBeLessThanOrEqual(60_000);
    first.win.pagehide();
    expectConformant(first.page);

    const second = await load();
    clock.settle();
    const cmi = storedCmi(db, version);
    expect(pick(cmi, LOCATION[version])).toBe('/one/b');
    expect(interactionIds(cmi)).toEqual(['q1', 'q2']);
    expectConformant(second.page);
  });

  it('lets the LMS win when it moved on elsewhere since the journal began', async () => {
    const first = await load({ commitFail: 99 });
    first.tracker.sync(snap(progress(['a']), '/one/a'));
    clock.settle();
    first.kill();
    // Meanwhile, on another device, the learner got further and it was saved.
    const other = await openLms(version, db);
    const elsewhere = await launchCourse(course, other, new MemoryStorage(), clock);
    elsewhere.tracker.sync(snap(progress(['a', 'b', 'c']), '/one/c'));
    clock.settle();
    elsewhere.win.pagehide();

    const back = await load();
    expect(back.tracker.launch.location).toBe('/one/c');
    expect(device.length).toBe(0);
  });

  it('starts even when Initialize keeps failing, and sends the work once it succeeds', async () => {
    const { page, tracker } = await load({ initFail: 5 });
    expect(tracker.launch).toMatchObject({ suspendData: '', resumed: false });
    // Not "a connection lost": the LMS has not opened the visit (the learner is told so).
    expect(tracker.saveState).toBe('not-open');
    tracker.sync(snap(progress(['a']), '/one/a', [answer('q1')]));
    expect(tracker.saveState).toBe('not-open');
    clock.advance(60_000);
    expect(tracker.saveState).toBe('saved');
    const cmi = storedCmi(db, version);
    expect(pick(cmi, LOCATION[version])).toBe('/one/a');
    expect(interactionIds(cmi)).toEqual(['q1']);
    expectConformant(page);
  });

  it('commits when the page is hidden, and terminates once on pagehide', async () => {
    const { page, win, tracker } = await load();
    clock.settle();
    tracker.sync(snap(progress(['a']), '/one/a'));
    win.hide();
    expect(pick(storedCmi(db, version), LOCATION[version])).toBe('/one/a');
    win.pagehide();
    win.pagehide();
    const finish = version === '1.2' ? 'LMSFinish' : 'Terminate';
    expect(page.calls.filter((c) => c.method === finish)).toHaveLength(1);
    expectConformant(page);
  });

  it('after the back/forward cache, journals without calling the ended session', async () => {
    const { page, win, tracker } = await load();
    clock.settle();
    win.pagehide(true);
    const calls = page.calls.length;
    win.pageshow(true);
    expect(tracker.ended).toBe(false);
    tracker.sync(snap(progress(['a', 'b']), '/one/b', [answer('q1')]));
    clock.advance(120_000);
    expect(page.calls.length).toBe(calls);
    expect(tracker.saveState).toBe('unsaved');
    expectConformant(page);

    const next = await load();
    clock.settle();
    expect(next.tracker.launch.location).toBe('/one/b');
    expect(interactionIds(storedCmi(db, version))).toEqual(['q1']);
  });

  it('never writes over saved progress it could not read at launch', async () => {
    const first = await load();
    first.tracker.sync(snap(progress(['a', 'b']), '/one/b'));
    clock.settle();
    first.win.pagehide();
    const saved = pick(storedCmi(db, version), [SUSPEND[version]]);
    expect(saved).toBeTruthy();

    // The next launch: the LMS fails to give the suspend data, then works again.
    const page = await openLms(version, db);
    const bridge = page.bridge as Record<string, (...args: string[]) => string>;
    const get = version === '1.2' ? 'LMSGetValue' : 'GetValue';
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    let broken = true;
    const flaky = {
      ...bridge,
      [get]: (element: string) => (broken && element === 'cmi.suspend_data' ? '' : bridge[get]!(element)),
      [lastError]: () => (broken ? '101' : bridge[lastError]!()),
    };
    const win = new FakeWindow(device);
    win[page.lms.windowKey] = flaky;
    const connecting = connectTracker(course, win as unknown as Window, clock);
    await new Promise((r) => setTimeout(r, 0));
    const tracker = await connecting;
    broken = false;
    expect(tracker.launch.suspendData).toBe('');
    tracker.sync(snap(progress([]), '/'));
    clock.advance(120_000);
    expect(page.calls.filter((c) => c.method.endsWith('SetValue') && c.args[0] === 'cmi.suspend_data')).toEqual([]);
    expect(pick(storedCmi(db, version), [SUSPEND[version]])).toBe(saved);
    expect(tracker.saveState).toBe('unsaved');
  });

  it('an LMS that implements no interactions or objectives still gets progress and status', async () => {
    const page = await openLms(version, db);
    const bridge = page.bridge as Record<string, (...args: string[]) => string>;
    const [get, set, lastError] = version === '1.2' ? ['LMSGetValue', 'LMSSetValue', 'LMSGetLastError'] : ['GetValue', 'SetValue', 'GetLastError'];
    const optional = /^cmi\.(interactions|objectives)\./;
    let refused = false;
    const partial = {
      ...bridge,
      [get]: (e: string) => {
        refused = optional.test(e);
        return refused ? '' : bridge[get]!(e);
      },
      [set]: (e: string, v: string) => {
        refused = optional.test(e);
        return refused ? 'false' : bridge[set]!(e, v);
      },
      [lastError]: () => (refused ? '401' : bridge[lastError]!()),
    };
    const win = new FakeWindow(device);
    win[page.lms.windowKey] = partial;
    const tracker = await connectTracker(course, win as unknown as Window, clock);
    tracker.sync(snap(progress(['a', 'b'], 100), '/one/b', [answer('q1')]));
    clock.settle();
    expect(tracker.saveState).toBe('saved');
    expect(clock.pending).toBe(0);
    const cmi = storedCmi(db, version);
    expect(pick(cmi, LOCATION[version])).toBe('/one/b');
    expect(tracker.errors.map((e) => e.code)).toContain('401');
  });

  it('keeps each learner’s journal apart', async () => {
    const key = journalKey(course.id, version, 'someone-else');
    const entry: JournalEntry = {
      seq: 1,
      savedAt: clock.now(),
      ...snap(progress(['a', 'b']), '/one/b'),
      exit: 'suspend',
      answers: [],
      base: '',
    };
    openJournal(device, key).write(entry);
    const { tracker } = await load();
    expect(tracker.launch.location).toBe('');
    expect(device.getItem(key)).not.toBeNull();
  });
});

describe('the journal', () => {
  const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
    seq: 3,
    savedAt: 1000,
    suspendData: 'S2',
    location: '/one/b',
    result: courseResult(course, progress(['a'])),
    exit: 'suspend',
    answers: [answer('q1')],
    base: 'S1',
    ...over,
  });

  it('reads back what it wrote, answers and their times included', () => {
    const storage = new MemoryStorage();
    const journal = openJournal(storage, 'k');
    expect(journal.write(entry())).toBe(true);
    expect(journal.read()).toEqual(entry());
    journal.clear();
    expect(journal.read()).toBeNull();
  });

  it.each([
    ['not JSON', '{"format":1,'],
    ['another format', JSON.stringify({ ...entry(), format: 2 })],
    ['a missing base', JSON.stringify({ ...entry(), format: 1, base: undefined })],
    ['a damaged answer', JSON.stringify({ ...entry(), format: 1, answers: [{ questionId: 5 }] })],
    ['a damaged result', JSON.stringify({ ...entry(), format: 1, result: { modules: 'x' } })],
  ])('drops %s rather than trusting it', (_what, raw) => {
    const storage = new MemoryStorage();
    storage.setItem('k', raw);
    expect(openJournal(storage, 'k').read()).toBeNull();
    expect(storage.getItem('k')).toBeNull();
  });

  it('does not throw when storage refuses or is missing', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(openJournal(storage, 'k').write(entry())).toBe(false);
    expect(openJournal(null, 'k').write(entry())).toBe(false);
    expect(openJournal(null, 'k').read()).toBeNull();
  });

  it.each([
    ['no journal', null, { suspendData: 'S1', location: '' }, 'lms'],
    ['an LMS still at the base', entry(), { suspendData: 'S1', location: '/one/a' }, 'journal'],
    ['an LMS with the journal’s progress but an older bookmark', entry(), { suspendData: 'S2', location: '/one/a' }, 'journal'],
    ['an LMS that already has it all', entry({ answers: [] }), { suspendData: 'S2', location: '/one/b' }, 'lms'],
    ['an LMS with the same progress but not the answers', entry(), { suspendData: 'S2', location: '/one/b' }, 'journal'],
    ['an LMS that moved on elsewhere', entry(), { suspendData: 'S9', location: '/two/a' }, 'lms'],
  ] as const)('reconciles %s', (_what, e, lms, winner) => {
    expect(reconcile(lms, e, 2000).use).toBe(winner);
  });

  it('ignores an entry older than the attempt could be', () => {
    expect(reconcile({ suspendData: 'S1', location: '' }, entry(), 1000 + JOURNAL_MAX_AGE_MS + 1)).toEqual({ use: 'lms', why: 'too-old' });
  });

  it('backs off from 1 s, doubling, to once a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoff)).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
  });
});
