// At launch: the LMS's saved state or this device's journal? The newer one wins. The
// journal records which LMS state its changes were built on (`base`), like an HTTP ETag:
// if the LMS still holds that state, nothing has happened elsewhere since, so the journal
// is newer; if the LMS has moved on (the learner carried on from another device), the
// LMS is newer. Clocks are not compared: two devices' clocks need not agree.
import type { Launch } from './backend';
import type { JournalEntry } from './journal';

/** An entry this old is from an attempt long gone; an LMS reset may have followed it. */
export const JOURNAL_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export type Reconciled =
  | { use: 'lms'; why: 'no-journal' | 'already-saved' | 'too-old' }
  /** Progress from the LMS; the journal's answers are still recorded, as they happened. */
  | { use: 'lms'; why: 'lms-moved-on'; answers: JournalEntry['answers'] }
  | { use: 'journal'; entry: JournalEntry };

export function reconcile(lms: Pick<Launch, 'suspendData' | 'location'>, entry: JournalEntry | null, now: number): Reconciled {
  if (!entry) return { use: 'lms', why: 'no-journal' };
  if (now - entry.savedAt > JOURNAL_MAX_AGE_MS) return { use: 'lms', why: 'too-old' };
  // Answers leave the journal only with the commit that carried them, so an entry that
  // still has some is not saved, even when re-answering left the progress as it was.
  const same = entry.suspendData === lms.suspendData && entry.location === lms.location;
  if (same && entry.answers.length === 0) return { use: 'lms', why: 'already-saved' };
  // The LMS is where the journal left it (or has the journal's progress with an older
  // bookmark): the journal is the newer state.
  if (lms.suspendData === entry.base || lms.suspendData === entry.suspendData) return { use: 'journal', entry };
  return { use: 'lms', why: 'lms-moved-on', answers: entry.answers };
}
