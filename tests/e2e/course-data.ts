// The real course data, loaded in the Playwright (Node) process the way the build's
// course check loads it (Vite's module runner, since modules import .svelte files),
// with the text of one language (English unless asked). Tests use it as an answer key,
// so they never hard-code an answer and keep passing when the content changes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Course, Module, Page, Question } from '../../src/course/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_LOCALE = 'en-GB';

/** One placement in a sort question: the item's label and the category it goes in. */
export interface Placement {
  item: string;
  category: string;
}

/** What to answer, in the words the learner sees. */
export type Answer = { kind: 'choice'; options: string[] } | { kind: 'sort'; placements: Placement[] };

export interface AnswerKey {
  question: Question;
  /** The module the question belongs to (its topic, for an assessment question). */
  moduleId: string;
  /** Whether it is a final assessment question (else a module's knowledge check). */
  inBank: boolean;
  right: Answer;
  wrong: Answer;
}

export interface CourseData {
  /** The language of the text, e.g. 'en-GB'. */
  locale: string;
  course: Course;
  modules: Module[];
  /** The final assessment's banks, by module id. */
  bank: Record<string, Question[]>;
  /** The text for a message key in this language (ICU formatted, as svelte-i18n shows it). */
  t(key: string, values?: Record<string, string | number>): string;
  /** The answer key for the question whose prompt (as shown in its legend) is `prompt`. */
  answerFor(prompt: string): AnswerKey;
  /** Every question in the modules' knowledge checks, in course order. */
  checkQuestions(moduleId?: string): Question[];
  /** The heading of every page of a module, in order. */
  headings(moduleId: string): string[];
  /** A module's first page of the given kind, or undefined. */
  pageOf(moduleId: string, kind: Page['kind']): Page | undefined;
}

type Messages = { [key: string]: string | Messages };

function flatten(tree: Messages, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

/** Whitespace as a browser's textContent shows it after trimming. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const loading = new Map<string, Promise<CourseData>>();

/** The course, its modules, its banks and its text in `locale` (loaded once per worker). */
export function loadCourse(locale = SOURCE_LOCALE): Promise<CourseData> {
  if (!loading.has(locale)) loading.set(locale, load(locale));
  return loading.get(locale)!;
}

/** Every message of a locale file, as "a.b.c" -> text (the metadata left out). */
export function localeMessages(locale: string): Record<string, string> {
  const tree = JSON.parse(readFileSync(`${ROOT}/locales/${locale}.json`, 'utf8')) as Messages;
  delete tree._meta;
  return flatten(tree);
}

/**
 * The text for a message key in `locale` (ICU formatted, as svelte-i18n shows it), with no
 * course loaded: for tests that find a control or a notice by its key.
 */
export function textOf(locale = SOURCE_LOCALE): CourseData['t'] {
  const messages = localeMessages(locale);
  return (key, values) => {
    const text = messages[key];
    if (text === undefined) throw new Error(`${locale}.json has no message "${key}"`);
    return squash(String(new IntlMessageFormat(text, locale).format(values)));
  };
}

/** English text by key (the source locale), for tests that run in English. */
export const en = textOf();

const STAND_IN = 97;

/**
 * A message as a whole-text pattern, e.g. "Page 5 of (any number)": each value given as
 * 'any' may be any number, formatted as the language formats numbers.
 */
export function textPattern(key: string, values: Record<string, number | 'any'>, locale = SOURCE_LOCALE): RegExp {
  const standIn = new Intl.NumberFormat(locale).format(STAND_IN);
  const text = textOf(locale)(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === 'any' ? STAND_IN : v])));
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.split(standIn).join('\\p{Nd}+')}$`, 'u');
}

async function load(locale: string): Promise<CourseData> {
  const { module } = await runnerImport<{
    course: Course;
    modules: Record<string, Module | Error>;
    bank: Record<string, Question[]> | Error | null;
  }>(`${ROOT}/scripts/load-course.ts`, {
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte({ emitCss: false })],
  });
  const modules = module.course.modules.map((entry) => {
    const m = module.modules[entry.id];
    if (!m || m instanceof Error) throw new Error(`modules/${entry.id}/: could not load: ${String(m)}`);
    return m;
  });
  if (module.bank instanceof Error) throw module.bank;
  const bank = module.bank ?? {};

  const t = textOf(locale);

  const labelsOf = (q: Question, ids: string[]): Answer => {
    if (q.type === 'sort') throw new Error('not a choice question');
    const label = (id: string) => {
      if (q.type === 'truefalse') return t(`quiz.${id}`);
      const option = q.options?.find((o) => o.id === id);
      if (!option) throw new Error(`${q.id}: no option "${id}"`);
      return t(option.label);
    };
    return { kind: 'choice', options: ids.map(label) };
  };

  function keyOf(q: Question, moduleId: string, inBank: boolean): AnswerKey {
    if (q.type === 'sort') {
      const category = (id: string) => t(q.categories.find((c) => c.id === id)!.label);
      const other = (id: string) => q.categories.find((c) => c.id !== id)!.id;
      return {
        question: q,
        moduleId,
        inBank,
        right: { kind: 'sort', placements: q.items.map((i) => ({ item: t(i.label), category: category(i.category) })) },
        // Every item in the wrong place.
        wrong: { kind: 'sort', placements: q.items.map((i) => ({ item: t(i.label), category: category(other(i.category)) })) },
      };
    }
    const all = q.type === 'truefalse' ? ['true', 'false'] : (q.options ?? []).map((o) => o.id);
    const wrongIds = all.filter((id) => !q.correct.includes(id));
    if (wrongIds.length === 0) throw new Error(`${q.id}: every option is right, so there is no wrong answer`);
    return {
      question: q,
      moduleId,
      inBank,
      right: labelsOf(q, q.correct),
      // One wrong option: wrong for a single choice, and for a multiple choice too.
      wrong: labelsOf(q, [wrongIds[0]!]),
    };
  }

  const keys = new Map<string, AnswerKey>();
  const add = (q: Question, moduleId: string, inBank: boolean) => {
    const prompt = t(q.prompt);
    if (keys.has(prompt)) throw new Error(`Two questions share the prompt "${prompt}"`);
    keys.set(prompt, keyOf(q, moduleId, inBank));
  };
  const quizQuestions = (m: Module) => m.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions : []));
  for (const m of modules) for (const q of quizQuestions(m)) add(q, m.id, false);
  for (const [moduleId, qs] of Object.entries(bank)) for (const q of qs) add(q, moduleId, true);

  return {
    locale,
    course: module.course,
    modules,
    bank,
    t,
    answerFor(prompt) {
      const key = keys.get(squash(prompt));
      if (!key) throw new Error(`No question has the prompt "${prompt}"`);
      return key;
    },
    checkQuestions(moduleId) {
      return modules.filter((m) => !moduleId || m.id === moduleId).flatMap(quizQuestions);
    },
    headings(moduleId) {
      const m = modules.find((x) => x.id === moduleId);
      if (!m) throw new Error(`No module "${moduleId}"`);
      return m.pages.map((p) => t(p.heading));
    },
    pageOf(moduleId, kind) {
      return modules.find((x) => x.id === moduleId)?.pages.find((p) => p.kind === kind);
    },
  };
}
