// The tracker's decisions on their own, without an LMS: which operation comes next in
// each phase, in what order, and when nothing may be sent at all.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/tracking/backend';
import type { CourseResult } from '../../src/course/result';
import {
  decide,
  exitFor,
  hasWork,
  isEnded,
  progressKey,
  resultKey,
  sessionOpen,
  UNKNOWN,
  type Phase,
  type TrackerState,
  type Wanted,
} from '../../src/tracking/decide';

const result = (done: boolean): CourseResult => ({
  completed: done,
  scored: true,
  score: done ? 100 : undefined,
  passed: done,
  modules: [{ id: 'm', done, score: done ? 100 : undefined, passed: done ? true : undefined }],
});
const answer: Answer = {
  moduleId: 'm',
  questionId: 'q1',
  type: 'single',
  response: ['a'],
  correct: ['a'],
  result: true,
  description: 'Q1',
  latencyMs: 1000,
  at: new Date(0),
};
const wanted = (suspendData = 'S', done = false): Wanted => ({ suspendData, location: 'm/1', result: result(done), exit: exitFor(result(done)) });
/** A session that has sent everything it wanted and had it committed. */
function settled(w: Wanted = wanted()): TrackerState {
  return {
    phase: 'connected',
    recording: true,
    started: true,
    pending: [],
    wanted: w,
    resultSince: null,
    written: { progress: progressKey(w), suspendData: w.suspendData, result: resultKey(w.result), exit: w.exit },
    dirty: false,
    base: w.suspendData,
    launchSuspendData: '',
  };
}
const PHASES: Phase[] = ['connecting', 'connected', 'backing-off', 'read-only', 'journal-only', 'ending', 'ended'];

describe('decide: the next LMS operation', () => {
  it('sends nothing without an open, recording session', () => {
    const work: TrackerState = { ...settled(), started: false, pending: [answer], dirty: true, written: { ...UNKNOWN } };
    for (const phase of ['connecting', 'read-only', 'journal-only', 'ended'] as const) expect(decide({ ...work, phase }).kind, phase).toBe('none');
    // A review launch stays read-only for the page, whatever the phase.
    for (const phase of PHASES) expect(decide({ ...work, phase, recording: false }).kind, phase).toBe('none');
  });

  it('sends in a fixed order: launch step, answers, progress, result, exit, commit', () => {
    // The learner has finished: the exit written at launch (suspend) must become normal.
    let s: TrackerState = { ...settled(wanted('S', true)), started: false, pending: [answer], written: { ...UNKNOWN } };
    expect(decide(s)).toEqual({ kind: 'start', exit: 'normal' });
    s = { ...s, started: true, written: { ...s.written, exit: 'suspend' } };
    const seen: string[] = [];
    // Carry each operation out as the tracker would on success.
    for (let i = 0; i < 10; i++) {
      const op = decide(s);
      seen.push(op.kind);
      if (op.kind === 'none') break;
      if (op.kind === 'answer') s = { ...s, pending: s.pending.slice(1) };
      else if (op.kind === 'progress') s = { ...s, written: { ...s.written, progress: op.key, suspendData: op.suspendData } };
      else if (op.kind === 'result') s = { ...s, written: { ...s.written, result: op.key } };
      else if (op.kind === 'exit') s = { ...s, written: { ...s.written, exit: op.exit } };
      if (op.kind === 'commit') s = { ...s, dirty: false };
      else s = { ...s, dirty: true };
    }
    expect(seen).toEqual(['answer', 'progress', 'result', 'exit', 'commit', 'none']);
    expect(hasWork(s)).toBe(false);
  });

  it('sends a result that changed before the oldest unsent answer was given before that answer, and one that changed after it after', () => {
    // A part finished (the result changed at 1000), then an answer given at 2000 while a save was on its way.
    const later: Answer = { ...answer, at: new Date(2000) };
    const s: TrackerState = { ...settled(wanted('S', false)), wanted: wanted('S', true), resultSince: 1000, pending: [later] };
    expect(decide(s).kind).toBe('result');
    expect(decide({ ...s, written: { ...s.written, result: resultKey(wanted('S', true).result) } })).toEqual({ kind: 'answer', answer: later });
    // The answer that passes the final check comes first, then the result it earned.
    expect(decide({ ...s, resultSince: 2000 }).kind).toBe('answer');
    expect(decide({ ...s, resultSince: 3000 }).kind).toBe('answer');
    // When it changed is not known (restored from the journal): answers first, as before.
    expect(decide({ ...s, resultSince: null }).kind).toBe('answer');
  });

  it('sends the oldest pending answer first', () => {
    const second = { ...answer, questionId: 'q2' };
    expect(decide({ ...settled(), pending: [answer, second] })).toEqual({ kind: 'answer', answer });
  });

  it('never sends empty progress: it is only noted as written', () => {
    const s: TrackerState = { ...settled(wanted('')), written: { ...UNKNOWN } };
    expect(decide(s)).toEqual({ kind: 'skip-progress', key: progressKey(wanted('')) });
  });

  it('sends no exit while a fresh attempt holds nothing to come back to', () => {
    const fresh: TrackerState = { ...settled(wanted('')), started: false, base: '', launchSuspendData: '' };
    expect(decide(fresh)).toEqual({ kind: 'start', exit: null });
    // With saved progress, the launch step suspends.
    expect(decide({ ...fresh, launchSuspendData: 'old' })).toEqual({ kind: 'start', exit: 'suspend' });
    // Once everything is done and passed, the exit is normal.
    const done = settled(wanted('S', true));
    expect(decide({ ...done, written: { ...done.written, exit: 'suspend' } })).toEqual({ kind: 'exit', exit: 'normal' });
  });

  it('commits what was set, except while ending (end() makes the one final commit)', () => {
    expect(decide({ ...settled(), dirty: true })).toEqual({ kind: 'commit' });
    expect(decide({ ...settled(), dirty: true, phase: 'backing-off' })).toEqual({ kind: 'commit' });
    expect(decide({ ...settled(), dirty: true, phase: 'ending' })).toEqual({ kind: 'none' });
    // Sets still go out while ending.
    expect(decide({ ...settled(), written: { ...UNKNOWN }, phase: 'ending' }).kind).toBe('progress');
  });

  it('has nothing to do once everything is committed', () => {
    expect(decide(settled())).toEqual({ kind: 'none' });
    expect(hasWork(settled())).toBe(false);
    // Everything forgotten after a refused commit: all of it goes again.
    expect(hasWork({ ...settled(), written: { ...UNKNOWN } })).toBe(true);
  });
});

describe('phases', () => {
  it('name which have an open session and which have ended', () => {
    expect(PHASES.filter(sessionOpen)).toEqual(['connected', 'backing-off', 'read-only', 'ending']);
    expect(PHASES.filter(isEnded)).toEqual(['ending', 'ended']);
  });
});
