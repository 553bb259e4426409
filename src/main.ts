// Boot: find (or stand up) the LMS, pick the language, restore progress, show the course.
import './app/theme.css';
import { _, locale } from 'svelte-i18n';
import { get } from 'svelte/store';
import courseData from '../modules/course';
import { connectTracker } from './tracking/connect';
import { preloadMessages, startI18n, withModuleMessages } from './i18n/setup';
import { earlierChoice, limitLocales, offeredLocales } from './i18n/locales';
import { Session } from './app/session.svelte';
import { presenterRequest } from './app/mode.svelte';
import { mountCourse } from './app/boot';
import { loadProfile, titleIn, useProfile, withProfile } from './service/current.svelte';

async function boot() {
  // The service's profile (service.json in the package): its tracking choices replace
  // the course's settings before the LMS hears of them, and it may offer fewer languages.
  const loading = loadProfile(offeredLocales.map((l) => l.code));
  // The likely language's strings download meanwhile (it may still differ).
  preloadMessages([new URLSearchParams(location.search).get('lang'), earlierChoice(courseData.id), ...navigator.languages]);
  const profile = await loading;
  if (profile) {
    useProfile(profile);
    limitLocales(profile.languages.offered);
  }
  // Each module's strings load with the module, not with the first screen.
  const course = withModuleMessages(profile ? withProfile(courseData, profile) : courseData);

  // Presenting (src/presenter) starts no LMS session: nothing a room does is recorded.
  const presenting = presenterRequest(location.search);
  const tracker = presenting ? null : await connectTracker(course);
  // Language, in order: the address (?lang=), the LMS's learner preference, the
  // learner's earlier choice here, the browser's languages; then the default.
  const urlLang = new URLSearchParams(location.search).get('lang');
  const serviceDefault = profile?.languages.default || null;
  await startI18n([urlLang, tracker?.launch.language, earlierChoice(course.id), serviceDefault, ...navigator.languages]);
  // The window's name (tab, taskbar, screen reader), in the learner's language.
  if (presenting !== 'notes') _.subscribe((t) => (document.title = titleIn(get(locale) ?? '', t, course)));
  const session = tracker ? new Session(course, tracker) : null;
  const target = document.getElementById('app');
  if (!target) throw new Error('#app is missing from index.html');
  const learner = async () => new Session(course, await connectTracker(course));
  // Presenter mode builds on the app; its roots load only when used.
  const roots = { slides: () => import('./presenter/Presenter.svelte'), notes: () => import('./presenter/NotesWindow.svelte') };
  await mountCourse(target, { course, session, learner, presenting, roots });
  // The standalone course (no LMS) is kept for use offline, once it is up.
  if (tracker?.mode === 'local') void import('./offline/offline').then(({ startOffline }) => startOffline(tracker));
}

boot().catch((error: unknown) => {
  // Last resort: say so in plain words rather than leave a blank page.
  const box = document.getElementById('app');
  if (box) box.textContent = 'Sorry, the course could not start. Please close it and try again.';
  console.error(error);
});
