// The API logs of earlier page loads in this tab, so a test that reloads the preview can
// still judge every session, not only the last. Kept in sessionStorage (this tab only),
// written as the page goes away and again for any call the course makes after that (its
// own pagehide may run after ours).

import type { ApiCall } from './bridge';
import type { ScormVersion } from '../tracking/discover';

export interface PageLog {
  readonly version: ScormVersion;
  readonly calls: readonly ApiCall[];
}

const KEY = 'scorm-preview:earlier-logs';
/** Enough for any test; a person reloading all day should not fill the tab's storage. */
const KEEP = 20;

function openSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function earlierLogs(): PageLog[] {
  try {
    const raw = openSession()?.getItem(KEY);
    const data: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(data) ? (data as PageLog[]) : [];
  } catch {
    return [];
  }
}

/** Call once per page load; `log` is the live array the bridge appends to. */
export function keepLogOnUnload(version: ScormVersion, log: readonly ApiCall[]): { afterCall(): void } {
  const before = earlierLogs();
  let unloading = false;
  const save = () => {
    try {
      openSession()?.setItem(KEY, JSON.stringify([...before, { version, calls: log }].slice(-KEEP)));
    } catch {
      // Storage full or blocked: the current log is still on window.__preview.
    }
  };
  window.addEventListener('pagehide', () => {
    unloading = true;
    save();
  });
  window.addEventListener('pageshow', (event) => {
    // Back from the back/forward cache: this page's log is live again.
    if (event.persisted) unloading = false;
  });
  return {
    afterCall() {
      if (unloading) save();
    },
  };
}
