// window.__preview: what end-to-end tests read and drive, kept stable on purpose.

import type { ApiCall } from './bridge';
import type { PageLog } from './call-history';
import type { ScormVersion } from '../tracking/discover';

export interface PreviewHandle {
  readonly version: ScormVersion;
  /** Every API call the course made this page load, oldest first (the live array). */
  readonly calls: readonly ApiCall[];
  /** The current data model, flattened: `{ 'cmi.core.lesson_status': 'incomplete', … }`. */
  cmi(): Record<string, string>;
  /** Forgets this version's saved attempt and reloads the page. */
  reset(): void;
  /** The call logs of earlier page loads in this tab, oldest first. */
  earlierLogs(): PageLog[];
  /** The active fault switches, as the toolbar lists them (empty: none). */
  faults(): string[];
  /** Ends the LMS session now, as an LMS whose server session expired. */
  endSession(): void;
}

/** window.__cmi5Preview: the cmi5 mode's launch, for tests to read the LRS with. */
export interface Cmi5PreviewHandle {
  readonly registration: string;
  readonly activityId: string;
  /** This page load's launch session. */
  readonly session: string;
  readonly launchMode: string;
}

declare global {
  interface Window {
    __preview?: PreviewHandle;
    __cmi5Preview?: Cmi5PreviewHandle;
  }
}
