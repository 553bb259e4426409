// The preview's stand-in for an LMS database: one saved attempt per SCORM version (and
// learner, when `?learner=` names one) in localStorage. Storage is passed in so a test can hand over an in-memory one.

import type { ScormVersion } from '../tracking/discover';
import { isRecord } from '../shared/json';

/** Bump when the stored shape changes; older records are then ignored, not misread. */
const FORMAT = 1;

export interface StoredAttempt {
  readonly format: typeof FORMAT;
  /** The `cmi` object from scorm-again's renderCMIToJSONObject(). */
  readonly cmi: Record<string, unknown>;
  /** How the last session ended: cmi.core.exit (1.2) or cmi.exit (2004). */
  readonly exit: string;
  /** Total time including the last session, in the version's own time format. */
  readonly totalTime: string;
  readonly savedAt: string;
}

/** `learner`: one named by `?learner=` (null: the preview learner, whose key has no suffix). */
export function storageKey(version: ScormVersion, learner: string | null = null): string {
  return `scorm-preview:cmi:${version}${learner ? `:${learner}` : ''}`;
}

/** The saved attempt, or null if there is none or it cannot be read. */
export function loadAttempt(storage: Storage | null, version: ScormVersion, learner: string | null = null): StoredAttempt | null {
  if (!storage) return null;
  let parsed: unknown;
  try {
    const raw = storage.getItem(storageKey(version, learner));
    if (raw === null) return null;
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT || !isRecord(parsed.cmi)) return null;
  return {
    format: FORMAT,
    cmi: parsed.cmi,
    exit: typeof parsed.exit === 'string' ? parsed.exit : '',
    totalTime: typeof parsed.totalTime === 'string' ? parsed.totalTime : '',
    savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
  };
}

/** Returns false when the browser refuses (private mode, quota), so the page can say so. */
export function saveAttempt(
  storage: Storage | null,
  version: ScormVersion,
  attempt: Omit<StoredAttempt, 'format' | 'savedAt'>,
  learner: string | null = null,
): boolean {
  if (!storage) return false;
  const record: StoredAttempt = { format: FORMAT, ...attempt, savedAt: new Date().toISOString() };
  try {
    storage.setItem(storageKey(version, learner), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function clearAttempt(storage: Storage | null, version: ScormVersion, learner: string | null = null): void {
  try {
    storage?.removeItem(storageKey(version, learner));
  } catch {
    // Nothing stored that we could reach, so nothing to clear.
  }
}
