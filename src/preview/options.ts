// What the preview page was asked for, read from its URL. Switching version is a plain
// navigation to another query, so every choice survives a reload and can be linked to.

import { parseFaults, type Faults } from './faults';
import type { Behaviour } from './lms';
import type { ScormVersion } from '../tracking/discover';

export interface PreviewOptions {
  /**
   * From `?scorm=`; SCORM 1.2 unless the query says 2004, as the README recommends 1.2 for
   * Moodle, Totara and ESR. A package played from a zip brings its own (its manifest's).
   */
  readonly version: ScormVersion;
  /** From `?lang=`; seeds the learner's language preference. Null when absent or malformed. */
  readonly lang: string | null;
  /** From `?fault=` (repeatable, or comma-separated): how the LMS should misbehave. */
  readonly faults: Faults;
  /** `fault` values that name no switch, to show rather than silently ignore. */
  readonly unknownFaults: readonly string[];
  /** From `?lms=moodle`: behave as Moodle does around a finished attempt (see lms.ts). */
  readonly behaviour: Behaviour;
  /** From `?learner=`: another learner's id (a shared PC), with attempts of their own. Null: the preview learner. */
  readonly learner: string | null;
}

export const VERSION_LABELS: Readonly<Record<ScormVersion, string>> = {
  '1.2': 'SCORM 1.2',
  '2004': 'SCORM 2004 (4th ed)',
};

// A loose BCP 47 shape (en, en-GB, zh-Hant-TW). Both data models reject anything else,
// so checking here gives a clear notice instead of a swallowed validation error.
const LANG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
// An LMS's learner id: letters, digits and a little punctuation (1.2 CMIIdentifier).
const LEARNER_PATTERN = /^[\w.@-]{1,64}$/;

export function readOptions(search: string): PreviewOptions {
  const query = new URLSearchParams(search);
  const version: ScormVersion = query.get('scorm') === '2004' ? '2004' : '1.2';
  const lang = query.get('lang');
  const { faults, unknown } = parseFaults(query.getAll('fault'));
  const behaviour: Behaviour = query.get('lms') === 'moodle' ? 'moodle' : 'generic';
  const learner = query.get('learner');
  return {
    version,
    lang: lang && LANG_PATTERN.test(lang) ? lang : null,
    faults,
    unknownFaults: unknown,
    behaviour,
    learner: learner && LEARNER_PATTERN.test(learner) ? learner : null,
  };
}

/** The same page with the LMS behaving another way, keeping the other query settings. */
export function hrefForBehaviour(search: string, behaviour: Behaviour): string {
  const query = new URLSearchParams(search);
  if (behaviour === 'moodle') query.set('lms', 'moodle');
  else query.delete('lms');
  return `?${query.toString()}`;
}

/** The same page for another SCORM version, keeping the other query settings (like lang). */
export function hrefForVersion(search: string, version: ScormVersion): string {
  const query = new URLSearchParams(search);
  query.set('scorm', version);
  return `?${query.toString()}`;
}
