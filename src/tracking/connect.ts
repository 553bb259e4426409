// Finds the LMS, or stands one up in the page when there is none, and returns the tracker.
import type { Course } from '../course/types';
import { discoverApi } from './discover';
import { Scorm12Backend } from './scorm12';
import { Scorm2004Backend } from './scorm2004';
import { createTracker, type Tracker } from './tracker';

export async function connectTracker(course: Course, win: Window = window): Promise<Tracker> {
  let found = discoverApi(win);
  let mode: Tracker['mode'] = 'lms';
  if (!found) {
    // No LMS: the standalone web course. scorm-again is its own chunk, so LMS launches
    // never download it.
    const { installLocalLms } = await import('./local');
    installLocalLms(win, course.id);
    found = discoverApi(win);
    mode = 'local';
  }
  if (!found) throw new Error('No SCORM API, and the in-page LMS could not start');
  const backend = found.version === '1.2' ? new Scorm12Backend(found.api) : new Scorm2004Backend(found.api, course.id);
  const tracker = createTracker(backend, mode, course.settings);
  // Chrome blocks synchronous XHR in unload; pagehide is the last reliable moment.
  win.addEventListener('pagehide', () => tracker.end());
  return tracker;
}
