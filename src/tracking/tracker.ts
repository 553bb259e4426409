// The one tracking interface the UI uses. It owns the commit policy: one commit per
// meaningful change (an answer, a page change), one when the page is hidden with
// something unsaved, never on a timer; and it terminates exactly once.
import type { Answer, Backend, Launch } from './backend';
import type { CourseResult } from '../course/result';
import type { CourseSettings } from '../course/types';

export type TrackerMode = 'lms' | 'local';

export interface Snapshot {
  suspendData: string;
  location: string;
  result: CourseResult;
  /** Answers checked since the last snapshot. */
  answers?: Answer[];
}

export interface Tracker {
  readonly mode: TrackerMode;
  readonly launch: Launch;
  readonly version: '1.2' | '2004';
  /** Send what changed since the last snapshot, in one commit. */
  sync(snapshot: Snapshot): void;
  /** Session time, exit and terminate. Safe to call more than once. */
  end(): void;
  /** Non-zero LMS error codes seen so far. */
  readonly errors: readonly { call: string; code: string }[];
}

/** Exit 'normal' only once there is nothing left to come back for. */
const exitFor = (r: CourseResult) => (r.completed && (r.passed || !r.scored) ? 'normal' : 'suspend');

export function createTracker(backend: Backend, mode: TrackerMode, settings: CourseSettings): Tracker {
  const startedAt = Date.now();
  let ended = false;
  let last = { progress: '', result: '', exit: 'suspend' as 'suspend' | 'normal' };

  backend.initialize();
  const launch = backend.launch();
  backend.markStarted();
  backend.setExit('suspend');
  backend.commit();

  return {
    mode,
    launch,
    version: backend.version,
    errors: backend.errors,
    sync({ suspendData, location, result, answers = [] }) {
      if (ended) return;
      let changed = false;
      const progress = `${location}\n${suspendData}`;
      if (progress !== last.progress) {
        backend.setProgress(suspendData, location);
        changed = true;
      }
      for (const a of answers) {
        backend.recordAnswer(a);
        changed = true;
      }
      const resultKey = JSON.stringify(result);
      if (resultKey !== last.result) {
        backend.setResult(result, settings);
        changed = true;
      }
      const exit = exitFor(result);
      if (exit !== last.exit) backend.setExit(exit);
      last = { progress, result: resultKey, exit };
      if (changed) backend.commit();
    },
    end() {
      if (ended) return;
      ended = true;
      backend.setSessionTime(Date.now() - startedAt);
      backend.setExit(last.exit);
      backend.commit();
      backend.terminate();
    },
  };
}
