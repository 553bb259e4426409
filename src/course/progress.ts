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

export interface Progress {
  modules: Record<Id, ModuleProgress>;
}

export function emptyProgress(): Progress {
  return { modules: {} };
}

export function emptyModuleProgress(): ModuleProgress {
  return { seen: [], answers: {}, activities: {}, done: false };
}
