// Which languages the course has, without downloading them: the build gathers each
// locale file's `_meta` into a small module (scripts/locale-meta-plugin.ts).
import metas from 'virtual:locale-meta';
import type { LocaleMeta } from './messages';
import { localStore } from '../shared/storage';

export interface LocaleInfo extends LocaleMeta {
  code: string;
  /** "Translation not yet reviewed", in the language itself (drafts only). */
  draftNote?: string;
}

export const locales: LocaleInfo[] = [...metas].sort((a, b) => (a.status === 'source' ? -1 : b.status === 'source' ? 1 : a.name.localeCompare(b.name)));

/** The languages a learner may choose (the pseudo-locale is for development only). */
export const offeredLocales = locales.filter((l) => !l.pseudo);

/** The service may offer fewer (service.json `languages.offered`); empty: all of them. */
let limit: readonly string[] = [];
export function limitLocales(codes: readonly string[]): void {
  limit = codes;
}
/** The languages this copy of the course offers its learners. */
export const learnerLocales = (): LocaleInfo[] => (limit.length ? offeredLocales.filter((l) => limit.includes(l.code)) : offeredLocales);

export const metaOf = (code: string): LocaleInfo | undefined => locales.find((l) => l.code === code);

/** The learner's own earlier choice in this course, kept on this device. */
export const choiceKey = (courseId: string) => `course:${courseId}:lang`;

export function rememberChoice(courseId: string, code: string, storage: Storage | null = localStore()): void {
  try {
    storage?.setItem(choiceKey(courseId), code);
  } catch {
    // Storage blocked or full: the choice lasts this visit only.
  }
}

export function earlierChoice(courseId: string, storage: Storage | null = localStore()): string | null {
  try {
    return storage?.getItem(choiceKey(courseId)) ?? null;
  } catch {
    return null;
  }
}
