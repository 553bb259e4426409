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
import {
  defaultsFor,
  documentAttributes,
  parseChoices,
  SPACINGS,
  STORAGE_VERSION,
  TEXT_SIZES,
  THEMES,
  type ComfortSettings,
} from '../src/display/comfort.svelte';
import { STORAGE_KEY, SYSTEM_QUERIES } from '../src/display/browser';

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
  const tracker = { mode, recording: true, saveState: 'saved', subscribe: () => () => undefined, end: () => undefined };
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

type Pairs = [string, string][];

/** What the learner's display settings set on <html>, as a table the inline script can apply before the first paint. */
export interface ComfortTable {
  key: string;
  version: number;
  /** By setting, by stored value (as JSON): the attributes it sets. */
  choices: Record<string, Record<string, Pairs>>;
  /** The system's preferences the defaults follow, unless the learner chose that setting. */
  system: { query: string; setting: keyof ComfortSettings; pairs: Pairs }[];
}

/**
 * Worked out from the settings' own code (documentAttributes, parseChoices, defaultsFor),
 * so the page shows a learner's big text or dark theme from the first paint, exactly as
 * the course will, without a second copy of the rules.
 */
export function comfortTable(): ComfortTable {
  const plain = { dark: false, reducedMotion: false };
  const base = documentAttributes(defaultsFor(plain));
  const changes = (s: ComfortSettings): Pairs =>
    Object.entries(documentAttributes(s)).filter((e): e is [string, string] => e[1] !== null && e[1] !== base[e[0]]);
  const candidates: unknown[] = [...TEXT_SIZES, ...SPACINGS, ...THEMES, true, false];
  const choices: ComfortTable['choices'] = {};
  for (const setting of Object.keys(defaultsFor(plain)) as (keyof ComfortSettings)[]) {
    for (const value of candidates) {
      const parsed = parseChoices(JSON.stringify({ v: STORAGE_VERSION, [setting]: value }));
      if (!(setting in parsed)) continue;
      (choices[setting] ??= {})[JSON.stringify(value)] = changes({ ...defaultsFor(plain), ...parsed });
    }
  }
  const system: ComfortTable['system'] = [
    { query: SYSTEM_QUERIES.dark, setting: 'theme', pairs: changes(defaultsFor({ ...plain, dark: true })) },
    { query: SYSTEM_QUERIES.reducedMotion, setting: 'reduceMotion', pairs: changes(defaultsFor({ ...plain, reducedMotion: true })) },
  ];
  return { key: STORAGE_KEY, version: STORAGE_VERSION, choices, system };
}
