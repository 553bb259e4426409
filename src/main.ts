// Boot: find (or stand up) the LMS, pick the language, restore progress, show the course.
import { mount } from 'svelte';
import './app/theme.css';
import course from '../modules/course';
import { connectTracker } from './tracking/connect';
import { startI18n } from './i18n/setup';
import { earlierChoice } from './i18n/locales';
import { Session } from './app/session.svelte';
import App from './app/App.svelte';

async function boot() {
  const tracker = await connectTracker(course);
  // Language, in order: the address (?lang=), the LMS's learner preference, the
  // learner's earlier choice here, the browser's languages; then the default.
  const urlLang = new URLSearchParams(location.search).get('lang');
  await startI18n([urlLang, tracker.launch.language, earlierChoice(course.id), ...navigator.languages]);
  const session = new Session(course, tracker);
  const target = document.getElementById('app');
  if (!target) throw new Error('#app is missing from index.html');
  mount(App, { target, props: { session } });
}

boot().catch((error: unknown) => {
  // Last resort: say so in plain words rather than leave a blank page.
  const box = document.getElementById('app');
  if (box) box.textContent = 'Sorry, the course could not start. Please close it and try again.';
  console.error(error);
});
