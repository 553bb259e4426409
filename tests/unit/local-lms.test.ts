// The standalone course's in-page LMS: progress kept in localStorage must survive a
// reload on the same device, resume only after a suspend, and never stop the course
// from starting when what is stored is damaged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Progress } from '../../src/course/progress';
import { emptyModuleProgress } from '../../src/course/progress';
import { courseResult } from '../../src/course/result';
import { installLocalLms, storageKey } from '../../src/tracking/local';
import { NOTHING_RECORDED as NOTHING } from '../../src/tracking/backend';
import { Scorm12Backend } from '../../src/tracking/scorm12';
import { encodeProgress } from '../../src/tracking/state-codec';
import { createTracker, type Tracker } from '../../src/tracking/tracker';
import { course as realCourse } from '../../modules/course';
import type { Course } from '../../src/course/types';
import { MemoryStorage } from './lms-harness';

// One module and no final assessment, so that finishing it finishes the course: these
// tests are about the in-page LMS, not about how much content the course has.
const course: Course = { ...realCourse, modules: realCourse.modules.slice(0, 1), assessment: undefined };

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const KEY = storageKey(course.id);

/** One page load of the standalone course: a fresh window, the in-page LMS, the tracker. */
function pageLoad(): { win: { API?: unknown }; tracker: Tracker } {
  const win: { API?: unknown } = {};
  installLocalLms(win as unknown as Window, course.id);
  const tracker = createTracker(new Scorm12Backend(win.API), 'local', course.settings);
  return { win, tracker };
}

const partway: Progress = { modules: { endorphins: { ...emptyModuleProgress(), seen: ['what', 'how'], activities: { pathway: '2' } } } };
const finished: Progress = {
  modules: { endorphins: { seen: ['what', 'how', 'pathway', 'helps', 'check', 'takeaway'], answers: { q1: ['b'] }, activities: {}, score: 100, done: true } },
};
const snapshotOf = (progress: Progress, location: string) => ({
  suspendData: encodeProgress(progress, course.id),
  location,
  result: courseResult(course, progress),
});

describe('installLocalLms', () => {
  it('puts a SCORM 1.2 API on the window', () => {
    const win: { API?: Record<string, unknown> } = {};
    installLocalLms(win as unknown as Window, course.id);
    expect(typeof win.API?.LMSInitialize).toBe('function');
  });

  it('a first visit starts afresh and is not a resume', () => {
    const { tracker } = pageLoad();
    expect(tracker.launch).toEqual({ suspendData: '', location: '', resumed: false, language: '', mode: 'normal', credit: true, recorded: NOTHING });
    expect(tracker.errors).toEqual([]);
  });

  it('restores what was committed in the previous page load, even without a clean end', () => {
    const first = pageLoad();
    const snap = snapshotOf(partway, '/endorphins/how');
    first.tracker.sync(snap); // commits; the tab is then closed without pagehide

    const second = pageLoad();
    expect(second.tracker.launch).toEqual({
      suspendData: snap.suspendData,
      location: '/endorphins/how',
      resumed: true,
      language: '',
      mode: 'normal',
      credit: true,
      recorded: NOTHING,
    });
  });

  it('restores the result, so a finished course still shows as passed', () => {
    const first = pageLoad();
    first.tracker.sync(snapshotOf(finished, '/endorphins/takeaway'));
    first.tracker.end();

    const second = pageLoad();
    const api = second.win.API as { LMSGetValue(e: string): string };
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('100');
    expect(second.tracker.launch.suspendData).toBe(snapshotOf(finished, '').suspendData);
  });

  it('resumes only when the previous session exited with suspend', () => {
    const first = pageLoad();
    first.tracker.sync(snapshotOf(partway, '/endorphins/how'));
    first.tracker.end(); // unfinished: exit suspend
    const second = pageLoad();
    expect(second.tracker.launch.resumed).toBe(true);

    second.tracker.sync(snapshotOf(finished, '/endorphins/takeaway'));
    second.tracker.end(); // finished and passed: exit normal ('' in 1.2)
    const third = pageLoad();
    expect(third.tracker.launch.resumed).toBe(false);
    expect((third.win.API as { LMSGetValue(e: string): string }).LMSGetValue('cmi.core.entry')).toBe('');
  });

  it('keeps each course’s data under its own key', () => {
    pageLoad().tracker.sync(snapshotOf(partway, '/endorphins/how'));
    expect([...storage.items.keys()]).toEqual([KEY]);
    const other: { API?: unknown } = {};
    installLocalLms(other as unknown as Window, 'another_course');
    const tracker = createTracker(new Scorm12Backend(other.API), 'local', course.settings);
    expect(tracker.launch).toMatchObject({ suspendData: '', resumed: false });
  });

  it('keeps working when storage refuses to save', () => {
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const { tracker } = pageLoad();
    expect(() => tracker.sync(snapshotOf(partway, '/endorphins/how'))).not.toThrow();
    expect(() => tracker.end()).not.toThrow();
  });

  it('starts afresh when storage cannot be read at all', () => {
    storage.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(() => pageLoad()).not.toThrow();
    expect(pageLoad().tracker.launch).toMatchObject({ suspendData: '', resumed: false });
  });

  it.each([
    ['not JSON', '{"cmi":{"suspend_data":"abc"'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['no cmi', '{"exit":"suspend"}'],
    ['cmi as a number', '{"cmi":5,"exit":"suspend"}'],
    ['cmi as null', '{"cmi":null}'],
    ['core as a number', '{"cmi":{"core":5},"exit":"suspend"}'],
    ['an invalid lesson status', '{"cmi":{"core":{"lesson_status":"bogus"}},"exit":"suspend"}'],
    ['a non-numeric score', '{"cmi":{"core":{"score":{"raw":"high"}}},"exit":"suspend"}'],
    ['a bookmark over 255 characters', `{"cmi":{"core":{"lesson_location":"${'x'.repeat(300)}"}},"exit":"suspend"}`],
    ['objectives as a number', '{"cmi":{"objectives":5},"exit":"suspend"}'],
    ['interactions as a string', '{"cmi":{"interactions":"x"},"exit":"suspend"}'],
  ])('corrupt storage (%s) starts the course without throwing', (_what, raw) => {
    storage.setItem(KEY, raw);
    let loaded: ReturnType<typeof pageLoad> | undefined;
    expect(() => (loaded = pageLoad())).not.toThrow();
    expect(loaded?.tracker.launch.location).toBe('');
    expect(loaded?.tracker.errors).toEqual([]);
    // The course can go on saving over the damaged data.
    loaded!.tracker.sync(snapshotOf(partway, '/endorphins/how'));
    expect(pageLoad().tracker.launch.location).toBe('/endorphins/how');
  });
});
