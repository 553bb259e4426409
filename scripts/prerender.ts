// Build-time only, run through Vite's module runner (scripts/first-screen-plugin.ts):
// the course's start screen as HTML, in each language, rendered by Svelte's server
// renderer from the same components the browser mounts, so the takeover changes nothing
// the learner can see. The session is a stand-in for a first launch: no progress yet,
// nothing to save.
import { render } from 'svelte/server';
import { _, addMessages, init, locale } from 'svelte-i18n';
import { get } from 'svelte/store';
import { readFileSync } from 'node:fs';
import App from '../src/app/App.svelte';
import { course } from '../modules/course';
import type { Session } from '../src/app/session.svelte';

export const courseId = course.id;

export interface FirstScreen {
  code: string;
  dir: 'ltr' | 'rtl';
  title: string;
  html: string;
}

const FALLBACK = 'en-GB';
const read = (code: string) => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, unknown> & { _meta?: { dir?: 'ltr' | 'rtl' } };

/** The session fields the start screen and the shell read; nothing here is ever called. */
function firstLaunch(mode: 'local' | 'lms'): Session {
  const tracker = { mode, saveState: 'saved', subscribe: () => () => undefined, end: () => undefined };
  return { course, tracker, route: { name: 'start' }, resumeAt: null } as unknown as Session;
}

export async function renderFirstScreen(code: string, mode: 'local' | 'lms' = 'local'): Promise<FirstScreen> {
  const messages = read(code);
  init({ fallbackLocale: FALLBACK, initialLocale: code });
  addMessages(FALLBACK, read(FALLBACK) as never);
  addMessages(code, messages as never);
  await locale.set(code);
  const { body } = render(App, { props: { session: firstLaunch(mode) } });
  return {
    code,
    dir: messages._meta?.dir ?? 'ltr',
    title: get(_)(course.title),
    // Svelte's hydration markers go: the browser mounts afresh rather than hydrating.
    html: body.replace(/<!--[^>]*-->/g, ''),
  };
}
