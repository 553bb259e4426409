// The standalone course has no LMS, so scorm-again stands in as one, inside the page,
// keeping its data in localStorage: progress survives a reload on this device.
import type Scorm12APIType from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';

// The type file declares a default export, but the ESM build has only the named one.
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12APIType }).Scorm12API;

interface Stored {
  cmi: Record<string, unknown>;
  exit: string;
}

export const storageKey = (courseId: string) => `course:${courseId}:local-lms`;

function read(key: string): Stored | null {
  try {
    const raw = localStorage.getItem(key);
    const data: unknown = raw ? JSON.parse(raw) : null;
    if (data && typeof data === 'object' && 'cmi' in data) return data as Stored;
  } catch {
    // Unreadable or blocked storage: start afresh rather than fail.
  }
  return null;
}

const SETTINGS = { autocommit: false, lmsCommitUrl: false, logLevel: 5 } as const;

/** scorm-again validates what it loads: damaged data throws, now or at initialize. */
function restore(saved: Stored): InstanceType<typeof Scorm12API> | null {
  try {
    const api = new Scorm12API(SETTINGS);
    api.loadFromJSON(saved.cmi, 'cmi');
    // As real LMSs do (Moodle among them): resume only after the learner suspended.
    api.cmi.core.entry = saved.exit === 'suspend' ? 'resume' : '';
    // Prove it can start on a throwaway copy before the course relies on it.
    const probe = new Scorm12API(SETTINGS);
    probe.loadFromJSON(saved.cmi, 'cmi');
    if (probe.LMSInitialize('') !== 'true') return null;
    return api;
  } catch {
    return null;
  }
}

export function installLocalLms(win: Window, courseId: string): void {
  const key = storageKey(courseId);
  let saved = read(key);
  let api = saved ? restore(saved) : null;
  if (!api) {
    // Nothing saved, or nothing usable: start afresh, and drop what cannot be used.
    if (saved) {
      saved = null;
      try {
        localStorage.removeItem(key);
      } catch {
        // Blocked storage: nothing to remove.
      }
    }
    api = new Scorm12API(SETTINGS);
  }
  let exit = saved?.exit ?? '';
  api.on('LMSSetValue.cmi.core.exit', (_element: string, value: unknown) => {
    exit = String(value);
  });
  const save = () => {
    try {
      const cmi = (api.renderCMIToJSONObject() as { cmi?: Record<string, unknown> }).cmi ?? {};
      localStorage.setItem(key, JSON.stringify({ cmi, exit } satisfies Stored));
    } catch {
      // Storage full or blocked: the notice already says progress stays on this device.
    }
  };
  api.on('LMSCommit', save);
  api.on('LMSFinish', save);
  (win as unknown as { API: unknown }).API = api;
}
