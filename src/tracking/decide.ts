// The tracker's state machine, written down: the phases a tracker can be in, and a pure
// function that picks the next LMS operation from the state. tracker.ts only carries the
// decisions out (calls the back end, keeps the timers and the journal), so the order of
// operations and when nothing may be sent can be tested without an LMS.
import type { Answer } from './backend';
import type { CourseResult } from '../course/result';

export type Exit = 'suspend' | 'normal';

/**
 * - connecting: Initialize has not succeeded yet; it is retried on a back-off timer and the
 *   learner's work waits in the journal.
 * - connected: a session is open and operations are sent.
 * - backing-off: a session is open but the LMS refused the last operation; nothing is sent
 *   until the back-off timer fires (or flush/end send at once).
 * - read-only: a session opened for review, browsing or without credit: nothing is written.
 * - journal-only: no session may be called (its suspend data could not be read, or the page
 *   came back from the back/forward cache with no new session); work stays in the journal.
 * - ending: end() is sending what is left before its one final commit (so no commit here).
 * - ended: end() has run; resume() may start again.
 */
export type Phase = 'connecting' | 'connected' | 'backing-off' | 'read-only' | 'journal-only' | 'ending' | 'ended';

/** A session is open: Initialize succeeded and Terminate has not been called. */
export const sessionOpen = (p: Phase) => p === 'connected' || p === 'backing-off' || p === 'read-only' || p === 'ending';
/** end() has been called (and resume() not since). */
export const isEnded = (p: Phase) => p === 'ending' || p === 'ended';

/** What the learner's page wants the LMS to hold. */
export interface Wanted {
  suspendData: string;
  location: string;
  result: CourseResult;
  exit: Exit;
}

/** What the LMS holds as far as this session knows (null: unknown, so send it again). */
export interface Written {
  progress: string | null;
  suspendData: string | null;
  result: string | null;
  exit: Exit | null;
}
export const UNKNOWN: Written = { progress: null, suspendData: null, result: null, exit: null };

/** What decide() reads; the tracker's own fields. */
export interface TrackerState {
  phase: Phase;
  /** False for a review, browse or no-credit launch (it stays false for the page). */
  recording: boolean;
  /** The launch step (status off "not attempted", exit suspend) has been sent. */
  started: boolean;
  /** Checked answers not yet sent, oldest first. */
  pending: readonly Answer[];
  wanted: Wanted | null;
  /** When the wanted result last changed (ms since 1970, as answers' `at`); null if unknown. */
  resultSince: number | null;
  written: Written;
  /** Something was set since the last confirmed commit. */
  dirty: boolean;
  /** The suspend data the LMS holds, as last confirmed. */
  base: string;
  /** The suspend data the launch started from. */
  launchSuspendData: string;
}

/** One back-end operation. `key`: what to note as written once it succeeded. */
export type Operation =
  | { kind: 'start'; exit: Exit | null }
  | { kind: 'answer'; answer: Answer }
  /** Empty progress is never sent (it could wipe saved progress): only noted as written. */
  | { kind: 'skip-progress'; key: string }
  | { kind: 'progress'; suspendData: string; location: string; key: string }
  | { kind: 'result'; result: CourseResult; key: string }
  | { kind: 'exit'; exit: Exit }
  | { kind: 'commit' }
  | { kind: 'none' };

/**
 * Exit 'normal' only once there is nothing left to come back for: every module and any
 * assessment done (an assessment not yet taken leaves the result unscored, which must not
 * read as "nothing to pass"), and passed if scored. A normal exit makes most LMSs start a
 * new, empty attempt next time.
 */
export const exitFor = (r: CourseResult): Exit => (r.completed && r.modules.every((m) => m.done) && (r.passed || !r.scored) ? 'normal' : 'suspend');
export const progressKey = (p: { suspendData: string; location: string }) => `${p.location}\n${p.suspendData}`;
export const resultKey = (r: CourseResult) => JSON.stringify(r);

/**
 * The exit to send: suspend or normal as the result says, but none while a fresh attempt
 * holds nothing to come back to. Suspending it would have the LMS resume an empty
 * attempt, or, where it keeps an old attempt's data (Moodle), resume that one.
 */
export function exitWanted(s: Pick<TrackerState, 'base' | 'launchSuspendData'>, w: Wanted | null): Exit | null {
  const nothingHeld = s.base === '' && s.launchSuspendData === '';
  return nothingHeld && (w === null || w.suspendData === '') ? null : (w?.exit ?? 'suspend');
}

/** Whether anything is still to be sent or committed. */
export function hasWork(s: TrackerState): boolean {
  const w = s.wanted;
  return (
    !s.started ||
    s.dirty ||
    s.pending.length > 0 ||
    (w !== null &&
      (progressKey(w) !== s.written.progress || resultKey(w.result) !== s.written.result || (exitWanted(s, w) ?? s.written.exit) !== s.written.exit))
  );
}

/**
 * The next operation: the first thing still to send, in a fixed order (launch step,
 * answers, progress, result, exit, then the commit that confirms them; a result that
 * changed before the oldest unsent answer was given goes before it), or none when no
 * recording session is open or nothing is left. While ending, no commit: end() makes one
 * final commit with the session time and exit.
 */
export function decide(s: TrackerState): Operation {
  if (!s.recording || !(s.phase === 'connected' || s.phase === 'backing-off' || s.phase === 'ending')) return { kind: 'none' };
  const w = s.wanted;
  if (!s.started) return { kind: 'start', exit: exitWanted(s, w) };
  // Answers first, except one given after the result changed (a part finished, then the
  // final check's first answer while a save was still on its way): the LMS hears what
  // happened in the order it happened.
  const resultDue = w !== null && resultKey(w.result) !== s.written.result;
  const oldest = s.pending[0];
  const resultIsOlder = resultDue && oldest !== undefined && s.resultSince !== null && s.resultSince < oldest.at.getTime();
  if (oldest && !resultIsOlder) return { kind: 'answer', answer: oldest };
  if (w && progressKey(w) !== s.written.progress && !resultIsOlder) {
    const key = progressKey(w);
    return w.suspendData === '' ? { kind: 'skip-progress', key } : { kind: 'progress', suspendData: w.suspendData, location: w.location, key };
  }
  if (w && resultDue) return { kind: 'result', result: w.result, key: resultKey(w.result) };
  const exit = w ? exitWanted(s, w) : null;
  if (exit !== null && exit !== s.written.exit) return { kind: 'exit', exit };
  if (s.dirty && s.phase !== 'ending') return { kind: 'commit' };
  return { kind: 'none' };
}
