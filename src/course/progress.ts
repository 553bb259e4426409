// The learner's progress as plain data: what the engine saves, restores and reports.
// Everything is keyed by language-neutral ids, never by text or position.
import type { Id } from './types';

export interface ModuleProgress {
  /** Ids of the pages the learner has seen. */
  seen: Id[];
  /** Checked answers, by question id: the chosen option ids. */
  answers: Record<Id, Id[]>;
  /** Saved state of interactive pieces, by page id. */
  activities: Record<Id, string>;
  /** Percentage score of the last completed knowledge check, if any. */
  score?: number;
  done: boolean;
}

export interface AssessmentProgress {
  /** The questions drawn for this try, in the order shown. */
  draw: Id[];
  /** Answers given in this try, by question id. */
  answers: Record<Id, Id[]>;
  /** Tries started so far (1 for the first). */
  attempt: number;
  /** Percentage score of the last finished try, if any. */
  score?: number;
  /** Whether any finished try reached the pass mark. */
  passed?: boolean;
}

export interface Progress {
  modules: Record<Id, ModuleProgress>;
  assessment?: AssessmentProgress;
}

export function emptyProgress(): Progress {
  return { modules: {} };
}

export function emptyModuleProgress(): ModuleProgress {
  return { seen: [], answers: {}, activities: {}, done: false };
}

/**
 * Whether the learner has done anything worth coming back to: a page seen, an answer, an
 * activity, or a final check begun. Opening the start screen is not progress.
 */
export function hasProgress(progress: Progress): boolean {
  const moduleMoved = Object.values(progress.modules).some(
    (m) => m.seen.length > 0 || Object.keys(m.answers).length > 0 || Object.keys(m.activities).length > 0 || m.done,
  );
  return moduleMoved || progress.assessment !== undefined;
}
