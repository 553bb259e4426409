// Boot: find (or stand up) the LMS, pick the language, restore progress, show the course.
import './app/theme.css';
import { _ } from 'svelte-i18n';
import courseData from '../modules/course';
import { connectTracker } from './tracking/connect';
import { preloadMessages, startI18n, withModuleMessages } from './i18n/setup';
import { earlierChoice } from './i18n/locales';
import { Session } from './app/session.svelte';
import { presenterRequest } from './presenter/mode.svelte';
import { mountCourse } from './presenter/boot';

// Each module's strings load with the module, not with the first screen.
const course = withModuleMessages(courseData);

async function boot() {
  // Presenting (src/presenter) starts no LMS session: nothing a room does is recorded.
  const presenting = presenterRequest(location.search);
  // The likely language's strings download while the LMS is found (it may still differ).
  preloadMessages([new URLSearchParams(location.search).get('lang'), earlierChoice(course.id), ...navigator.languages]);
  const tracker = presenting ? null : await connectTracker(course);
  // Language, in order: the address (?lang=), the LMS's learner preference, the
  // learner's earlier choice here, the browser's languages; then the default.
  const urlLang = new URLSearchParams(location.search).get('lang');
  await startI18n([urlLang, tracker?.launch.language, earlierChoice(course.id), ...navigator.languages]);
  // The window's name (tab, taskbar, screen reader), in the learner's language.
  if (presenting !== 'notes') _.subscribe((t) => (document.title = t(course.title)));
  const session = tracker ? new Session(course, tracker) : null;
  const target = document.getElementById('app');
  if (!target) throw new Error('#app is missing from index.html');
  const learner = async () => new Session(course, await connectTracker(course));
  await mountCourse(target, { course, session, learner, presenting });
  // The standalone course (no LMS) is kept for use offline, once it is up.
  if (tracker?.mode === 'local') void import('./offline/offline').then(({ startOffline }) => startOffline(tracker));
}

boot().catch((error: unknown) => {
  // Last resort: say so in plain words rather than leave a blank page.
  const box = document.getElementById('app');
  if (box) box.textContent = 'Sorry, the course could not start. Please close it and try again.';
  console.error(error);
});
