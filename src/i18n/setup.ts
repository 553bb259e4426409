// svelte-i18n set-up. Each locales/<code>.json becomes its own chunk, so a learner
// downloads only the language they use; adding a language needs no change here.
import { init, register, locale, waitLocale } from 'svelte-i18n';
import { metaOf, offeredLocales } from './locales';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*.json');

export const DEFAULT_LOCALE = 'en-GB';

/** Locale codes that have a file, e.g. ['en-GB']. */
export const availableLocales: string[] = Object.keys(loaders).map((p) => p.replace(/^.*\/(.+)\.json$/, '$1'));

for (const [path, load] of Object.entries(loaders)) {
  const code = path.replace(/^.*\/(.+)\.json$/, '$1');
  register(code, () => load().then((m) => m.default));
}

/**
 * Best available match for a BCP 47 tag: exact (any locale, so ?lang=en-XA works),
 * then by language among those offered to learners ("cy-GB" -> "cy", "en-US" -> "en-GB").
 */
export function matchLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = availableLocales.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  const lang = lower.split('-')[0];
  return offeredLocales.find((l) => l.code.toLowerCase().split('-')[0] === lang)?.code ?? null;
}

/** Direction and lang of the document follow the locale. */
function applyToDocument(code: string, dir: 'ltr' | 'rtl') {
  document.documentElement.lang = code;
  document.documentElement.dir = dir;
}

export async function startI18n(preferred: (string | null | undefined)[]): Promise<string> {
  const chosen = preferred.map(matchLocale).find((c): c is string => !!c) ?? DEFAULT_LOCALE;
  init({ fallbackLocale: DEFAULT_LOCALE, initialLocale: chosen });
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
