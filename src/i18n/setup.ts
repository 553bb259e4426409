// svelte-i18n set-up. Each locales/<code>.json is split at build time into its start-up
// strings and one part per module (scripts/locale-chunks-plugin.ts), so a learner
// downloads only the language they use, and a module's strings only with the module;
// adding a language needs no change here. `partsOf`: per language code, its parts, `shell`
// (start screen, menu, engine) and one per module id, for every locales/<code>.json the
// build includes (a pseudo-locale in development only).
import { init, register, locale, waitLocale } from 'svelte-i18n';
import partsOf from 'virtual:locale-catalogues';
import type { Course } from '../course/types';
import { addCompiled } from './compiled-messages';
import { learnerLocales, metaOf } from './locales';

export const DEFAULT_LOCALE = 'en-GB';

/** Locale codes this build includes, e.g. ['en-GB', 'cy']. */
export const availableLocales: string[] = Object.keys(partsOf);

/** Lets svelte-i18n load this part in each language when that language is shown. */
function registerPart(name: string) {
  for (const [code, parts] of Object.entries(partsOf)) {
    const part = parts[name];
    if (!part) continue;
    register(code, () =>
      part().then(({ messages, trees }) => {
        addCompiled(trees);
        return messages;
      }),
    );
  }
}
registerPart('shell');

const requested = new Set<string>();

/**
 * Loads the strings of these parts (module ids) in the current language; a later change
 * of language loads them in that language too. Each part is fetched once per language.
 */
export async function loadMessages(parts: string[]): Promise<void> {
  for (const name of parts) {
    if (requested.has(name)) continue;
    requested.add(name);
    registerPart(name);
  }
  await waitLocale();
}

/** The course, with each module's strings loading alongside the module (and all of them with the final check). */
export function withModuleMessages(course: Course): Course {
  const ids = course.modules.map((m) => m.id);
  const { assessment } = course;
  return {
    ...course,
    modules: course.modules.map((m) => ({ ...m, load: () => Promise.all([m.load(), loadMessages([m.id])]).then(([loaded]) => loaded) })),
    assessment: assessment && { ...assessment, load: () => Promise.all([assessment.load(), loadMessages(ids)]).then(([bank]) => bank) },
  };
}

/**
 * Best available match for a BCP 47 tag: exact (any locale, so ?lang=en-XA works in development),
 * then by language among those offered to learners ("cy-GB" -> "cy", "en-US" -> "en-GB").
 */
export function matchLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const offered = learnerLocales();
  // Exact: any language offered, and the pseudo-locale (development only).
  const exact = availableLocales.find((c) => c.toLowerCase() === lower && (offered.some((l) => l.code === c) || metaOf(c)?.pseudo));
  if (exact) return exact;
  const lang = lower.split('-')[0];
  return offered.find((l) => l.code.toLowerCase().split('-')[0] === lang)?.code ?? null;
}

/** Direction and lang of the document follow the locale. */
function applyToDocument(code: string, dir: 'ltr' | 'rtl') {
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
}

const chooseLocale = (preferred: (string | null | undefined)[]): string =>
  preferred.map(matchLocale).find((c): c is string => !!c) ?? learnerLocales()[0]?.code ?? DEFAULT_LOCALE;

/**
 * Starts downloading the start-up strings of the language these preferences point to,
 * while the course is still finding its LMS (whose learner preference may change it).
 */
export function preloadMessages(preferred: (string | null | undefined)[]): void {
  void partsOf[chooseLocale(preferred)]?.shell?.().catch(() => undefined);
}

export async function startI18n(preferred: (string | null | undefined)[]): Promise<string> {
  const chosen = chooseLocale(preferred);
  // No fallback locale (svelte-i18n reads '' as none): the build completes every language
  // from en-GB (locale-chunks plugin), so en-GB is not downloaded beside the learner's.
  init({ fallbackLocale: '', initialLocale: chosen });
  await waitLocale(chosen);
  locale.subscribe((code) => {
    if (code) applyToDocument(code, textDirection(code));
  });
  return chosen;
}

/** From the locale file's own metadata, so a new right-to-left language needs no code. */
export function textDirection(code: string): 'ltr' | 'rtl' {
  return metaOf(code)?.dir ?? 'ltr';
}
