// Finds the LMS, or stands one up in the page when there is none, and returns the tracker.
import type { Course } from '../course/types';
import type { Backend } from './backend';
import { realClock, sleep, type Clock } from './clock';
import { discoverApi, type ScormVersion } from './discover';
import { readCmi5Launch } from './cmi5-launch';
import { journalKey, openJournal } from './journal';
import { localStore } from '../shared/storage';
import { watchPage } from './lifecycle';
import { Scorm12Backend } from './scorm12';
import { Scorm2004Backend } from './scorm2004';
import { createTracker, type Tracker } from './tracker';

/**
 * Some LMSs put their API on the window a moment after the course frame starts loading;
 * inside a frame or a pop-up the course looks again for up to 1.5 s before deciding
 * there is no LMS. A top-level page with no opener has no LMS to wait for.
 */
const DISCOVERY_WAITS = [100, 200, 400, 800];
/** Initialize refused: try again briefly before starting, then in the background. */
const INIT_WAITS = [250, 1000];

function mayHaveLms(win: Window): boolean {
  try {
    return win.parent !== win || !!win.opener;
  } catch {
    return true; // a cross-origin parent throws: we are framed
  }
}

async function findApi(win: Window, clock: Clock) {
  let found = discoverApi(win);
  if (found || !mayHaveLms(win)) return found;
  for (const wait of DISCOVERY_WAITS) {
    await sleep(clock, wait);
    found = discoverApi(win);
    if (found) return found;
  }
  return null;
}

const backendFor = (found: { version: ScormVersion; api: unknown }, course: Course): Backend =>
  found.version === '1.2' ? new Scorm12Backend(found.api, course.settings.scorm12Reporting) : new Scorm2004Backend(found.api, course.id);

async function initialize(backend: Backend, clock: Clock): Promise<boolean> {
  const attempt = () => {
    try {
      return backend.initialize();
    } catch {
      return false;
    }
  };
  if (attempt()) return true;
  for (const wait of INIT_WAITS) {
    await sleep(clock, wait);
    if (attempt()) return true;
  }
  return false;
}

export async function connectTracker(course: Course, win: Window = window, clock: Clock = realClock): Promise<Tracker> {
  const lmsTracker = (backend: Backend, initialized: boolean) =>
    createTracker(backend, 'lms', course.settings, {
      deferred: true,
      clock,
      initialized,
      journal: (learnerId) => openJournal(localStore(win), journalKey(course.id, backend.version, learnerId)),
    });
  // (Test windows may have no location.)
  const cmi5 = readCmi5Launch(win.location?.search ?? '');
  if (cmi5) {
    // A cmi5 launch: the xAPI back end is its own chunk, which SCORM launches never load.
    const { startCmi5 } = await import('./cmi5');
    const backend = await startCmi5(cmi5, course.id, win);
    const tracker = lmsTracker(backend, backend.initialize());
    // A session ended by pagehide cannot be reopened: the LMS must launch again.
    watchPage(win, tracker, () => null);
    return tracker;
  }
  const found = await findApi(win, clock);
  let tracker: Tracker;
  if (found) {
    const backend = backendFor(found, course);
    tracker = lmsTracker(backend, await initialize(backend, clock));
  } else {
    // No LMS: the standalone web course. scorm-again is its own chunk, so LMS launches
    // never download it. It keeps progress in localStorage itself, so no journal.
    const { installLocalLms } = await import('./local');
    installLocalLms(win, course.id);
    const local = discoverApi(win);
    if (!local) throw new Error('No SCORM API, and the in-page LMS could not start');
    // Launched from another page (an LMS's frame or pop-up) yet no LMS found: say so.
    tracker = createTracker(backendFor(local, course), 'local', course.settings, { deferred: true, clock, lmsMissing: mayHaveLms(win) });
  }
  // After a back/forward cache restore the old session has ended; only an API the LMS
  // has put up afresh may be initialised again.
  watchPage(win, tracker, () => {
    const again = discoverApi(win);
    return again && found && again.api !== found.api ? backendFor(again, course) : null;
  });
  return tracker;
}
