// What Moodle 4.5 did to finished attempts, replayed against the preview's Moodle
// behaviour: a finished attempt reopens in review mode with no credit (in 2004 with an
// empty record), and the course must leave the learner's record exactly as it was; but
// in 2004 an attempt the course ended with exit "normal" (a pass) is followed by a new one.
import { describe, expect, it } from 'vitest';
import { courseResult } from '../../src/course/result';
import type { Course } from '../../src/course/types';
import type { Snapshot } from '../../src/tracking/tracker';
import { loadAttempt, storageKey } from '../../src/preview/storage';
import { snapshotKit } from './snapshots';
import { expectConformant, freshEachTest, launchCourse, openLms, snapshotCourse, type Version } from './lms-harness';

const course: Course = snapshotCourse('moodle_course', ['one']);

const { progress, answer: answerTo, snap } = snapshotKit(course);
const answer = answerTo('q1');
/** What the learner does on a return visit: the start screen, a page, an answer. */
const EMPTY: Snapshot = { suspendData: '', location: '', result: courseResult(course, { modules: {} }) };

/** Calls that can change what the LMS holds. */
const WRITES = /^(LMSSetValue|SetValue|LMSCommit|Commit)$/;

const { db, device, clock } = freshEachTest();

describe.each(['1.2', '2004'] as const)('SCORM %s in Moodle', (version: Version) => {
  async function visit(behaviour: 'moodle' | 'generic' = 'moodle') {
    const page = await openLms(version, db, {}, behaviour);
    const { win, tracker } = await launchCourse(course, page, device, clock);
    return { page, win, tracker };
  }

  /** A first visit that ends with the module done and its check at `score`, closed by leaving the page. */
  async function finish(score: number) {
    const first = await visit();
    first.tracker.sync(snap(progress(['a']), '/one/a'));
    first.tracker.sync(snap(progress(['a', 'b'], score), '/one/b', [answer]));
    clock.settle();
    first.win.pagehide();
    return loadAttempt(db, version)!;
  }

  // A 2004 pass ends with exit "normal", which Moodle follows with a new attempt (below).
  const reviewed =
    version === '1.2'
      ? ([
          ['passed', 100],
          ['failed', 50],
        ] as const)
      : ([['failed', 50]] as const);
  for (const [what, score] of reviewed) {
    it(`a ${what} attempt reopens in review, and the course changes nothing in the record`, async () => {
      const before = await finish(score);
      const review = await visit();
      expect(review.page.lms.mode).toBe('review');
      expect(review.tracker.recording).toBe(false);
      expect(review.tracker.saveState).toBe('review');
      // In 1.2 Moodle gives back the progress, so the course can show it; 2004 gives an empty record.
      expect(review.tracker.launch.suspendData).toBe(version === '1.2' ? before.cmi.suspend_data : '');
      // The learner looks around, answers again and leaves.
      review.tracker.sync(EMPTY);
      review.tracker.sync(snap(progress(['a']), '/one/a', [answer]));
      clock.advance(60_000);
      review.win.hide();
      review.win.pagehide();
      expect(review.page.calls.filter((c) => WRITES.test(c.method))).toEqual([]);
      expect(review.page.calls.at(-1)?.method).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
      const after = loadAttempt(db, version)!;
      expect(after.cmi).toEqual(before.cmi);
      expect(after.totalTime).toBe(before.totalTime);
      expect(after.exit).toBe(before.exit);
      expect(device.length, 'nothing journalled on the device').toBe(0);
      expectConformant(review.page);
    });
  }

  if (version === '2004') {
    it('a passed attempt ended with exit "normal" is followed by a new attempt: normal, with credit, ab-initio and empty', async () => {
      const before = await finish(100);
      expect(before.exit).toBe('normal');
      const again = await visit();
      expect(again.page.lms.mode).toBe('normal');
      expect(again.page.lms.entry).toBe('ab-initio');
      expect(again.tracker.recording).toBe(true);
      expect(again.tracker.launch).toMatchObject({ suspendData: '', location: '', resumed: false, mode: 'normal', credit: true });
      expect(again.tracker.launch.recorded).toEqual({ completed: false, passed: false });
    });
  }

  it('an unfinished attempt is not a review: the learner carries on as usual', async () => {
    const first = await visit();
    first.tracker.sync(snap(progress(['a']), '/one/a'));
    clock.settle();
    first.win.pagehide();
    const again = await visit();
    expect(again.page.lms.mode).toBe('normal');
    expect(again.tracker.recording).toBe(true);
    expect(again.tracker.launch).toMatchObject({ resumed: true, location: '/one/a' });
  });

  it('never writes a lower score, a fail over a pass, or an empty record over saved progress', async () => {
    const before = await finish(100);
    // An LMS that resumes the finished attempt as a normal one, and a learner whose
    // device lost their progress: the start screen, then a failing check.
    db.setItem(storageKey(version), JSON.stringify({ ...before, exit: 'suspend' }));
    const again = await visit('generic');
    expect(again.tracker.launch.resumed).toBe(true);
    again.tracker.sync(EMPTY);
    clock.settle();
    expect(loadAttempt(db, version)!.cmi.suspend_data).toBe(before.cmi.suspend_data);
    again.tracker.sync(snap(progress(['a', 'b'], 40), '/one/b'));
    clock.settle();
    again.win.pagehide();
    const cmi = loadAttempt(db, version)!.cmi as Record<string, Record<string, unknown> | unknown>;
    if (version === '1.2') {
      const core = cmi.core as { lesson_status: string; score: { raw: string } };
      expect(core.lesson_status).toBe('passed');
      expect(core.score.raw).toBe('100');
    } else {
      expect(cmi.success_status).toBe('passed');
      expect(cmi.completion_status).toBe('completed');
      expect((cmi.score as { raw: string }).raw).toBe('100');
    }
    expectConformant(again.page);
  });

  it('on leaving the page, terminates alone: no Commit during unload', async () => {
    const first = await visit();
    first.tracker.sync(snap(progress(['a']), '/one/a'));
    clock.settle();
    const before = first.page.calls.length;
    clock.advance(90_000);
    // Most browsers hide the page, then fire pagehide, as a tab closes.
    first.win.hide();
    first.win.pagehide();
    const unload = first.page.calls.slice(before).filter((c) => !/Get/.test(c.method));
    expect(unload.map((c) => c.method)).toEqual(version === '1.2' ? ['LMSSetValue', 'LMSSetValue', 'LMSFinish'] : ['SetValue', 'SetValue', 'Terminate']);
    expect(unload.slice(0, 2).map((c) => c.args[0])).toEqual(version === '1.2' ? ['cmi.core.session_time', 'cmi.core.exit'] : ['cmi.session_time', 'cmi.exit']);
    expect(loadAttempt(db, version)!.totalTime).not.toMatch(/^(0000:00:00|PT0S|)$/);
    expectConformant(first.page);
  });
});
