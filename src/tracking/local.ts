// The standalone course has no LMS, so the in-page LMS host (in-page-lms.ts) stands in as
// one, with scorm-again's SCORM 1.2 API, keeping its data in localStorage: progress
// survives a reload on this device.
import type Scorm12APIType from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import { API_SETTINGS, LAYERS, entryAfter, renderCmi, restoreApi, saveOnCommit } from './in-page-lms';
import { isRecord, readJsonRecord } from '../shared/json';
import { localStore } from '../shared/storage';

// The type file declares a default export, but the ESM build has only the named one.
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12APIType }).Scorm12API;
const LAYER = LAYERS['1.2'];

interface Stored {
  cmi: Record<string, unknown>;
  exit: string;
}

export const storageKey = (courseId: string) => `course:${courseId}:local-lms`;

function read(key: string): Stored | null {
  try {
    const data = readJsonRecord(localStore()?.getItem(key));
    if (data && isRecord(data.cmi)) return { cmi: data.cmi, exit: typeof data.exit === 'string' ? data.exit : '' };
  } catch {
    // Unreadable or blocked storage: start afresh rather than fail.
  }
  return null;
}

const newApi = () => new Scorm12API(API_SETTINGS);

/** scorm-again validates what it loads: damaged data throws, now or at initialize. */
function restore(saved: Stored): InstanceType<typeof Scorm12API> | null {
  try {
    const { api, previous } = restoreApi(newApi, LAYER, saved, []);
    if (!previous) return null;
    // Prove it can start on a throwaway copy before the course relies on it.
    if (restoreApi(newApi, LAYER, saved, []).api.LMSInitialize('') !== 'true') return null;
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
        localStore()?.removeItem(key);
      } catch {
        // Blocked storage: nothing to remove.
      }
    }
    api = newApi();
  }
  // Resume after a suspend, by the hosts' one rule; otherwise the entry stays empty, as
  // this stand-in has always left it.
  if (entryAfter(saved) === 'resume') api.cmi.core.entry = 'resume';
  // The exit the course set last, in this session or (until it sets one) the one before.
  let exit = saved?.exit ?? '';
  api.on('LMSSetValue.cmi.core.exit', (_element: string, value: unknown) => {
    exit = String(value);
  });
  saveOnCommit(api, LAYER, () => {
    try {
      localStore()?.setItem(key, JSON.stringify({ cmi: renderCmi(api), exit } satisfies Stored));
    } catch {
      // Storage full or blocked: the notice already says progress stays on this device.
    }
  });
  (win as unknown as Record<string, unknown>)[LAYER.windowKey] = api;
}
