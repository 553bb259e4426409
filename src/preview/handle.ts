// window.__preview: what end-to-end tests read and drive, kept stable on purpose.

import type { ApiCall } from './bridge';
import type { ScormVersion } from './options';

export interface PreviewHandle {
  readonly version: ScormVersion;
  /** Every API call the course made this page load, oldest first (the live array). */
  readonly calls: readonly ApiCall[];
  /** The current data model, flattened: `{ 'cmi.core.lesson_status': 'incomplete', … }`. */
  cmi(): Record<string, string>;
  /** Forgets this version's saved attempt and reloads the page. */
  reset(): void;
}

declare global {
  interface Window {
    __preview?: PreviewHandle;
  }
}
