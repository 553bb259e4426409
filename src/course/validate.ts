// Build-time checks of course data, so that a slip in a module (a missing text, a
// question with no right answer, a page without facilitator notes, a text in no other
// language) fails the build with a message naming file and item, instead of reaching a
// learner. scripts/course-check.ts runs them on every build.
import { ID_PATTERN, MAX_CHOICES, type Course, type Module, type Question, type SortQuestion } from './types';
import { TRUE_FALSE_IDS } from './scoring';

export type Messages = Record<string, unknown>;

/** Looks up "a.b.c" in nested locale JSON. */
export function hasMessage(messages: Messages, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

const SOURCE_FILE = 'locales/en-GB.json';

/**
 * A key checker for one file: the text must be in the source locale and, given `prefix`,
 * its key must start with it (a module's keys start with its id: that is how its text
 * goes into its own chunk, loaded with the module).
 */
function keyChecker(errors: string[], messages: Messages, file: string, prefix?: string) {
  return (k: string, what: string) => {
    if (prefix && !k.startsWith(`${prefix}.`)) errors.push(`${file}: ${what}: text "${k}" must start with "${prefix}." (the module's id)`);
    else if (!hasMessage(messages, k)) errors.push(`${file}: ${what}: text "${k}" is missing from the source locale (${SOURCE_FILE})`);
  };
}

/**
 * A language other than the source must have every key of the source, unless it is marked
 * draft (`_meta.status`), where the build fills the gaps from the source: those come back
 * as warnings. A key the source no longer has is an error either way (a stale or misspelt key).
 * Both sets of texts come flattened (`a.b.c` keys), as src/i18n/messages.ts flattens them.
 */
export function validateLocale(
  file: string,
  { have, want, draft }: { have: Readonly<Record<string, string>>; want: Readonly<Record<string, string>>; draft: boolean },
): { errors: string[]; warnings: string[] } {
  const missing = Object.keys(want)
    .filter((k) => !(k in have))
    .map((k) => `${file}: text "${k}" is missing (it is in ${SOURCE_FILE})${draft ? '; the draft shows the English' : ''}`);
  const extra = Object.keys(have)
    .filter((k) => !(k in want))
    .map((k) => `${file}: text "${k}" is not in ${SOURCE_FILE} (a misspelt or stale key)`);
  return draft ? { errors: extra, warnings: missing } : { errors: [...missing, ...extra], warnings: [] };
}

/** Ids that would clash with the course's own routes. */
const RESERVED_IDS = ['menu', 'assessment'];

const REPORTING = ['passed-failed', 'passed-incomplete', 'completed-incomplete', 'completed-failed'];

export function validateCourse(course: Course, messages: Messages, file = 'modules/course.ts'): string[] {
  const errors: string[] = [];
  const key = keyChecker(errors, messages, file);
  if (!ID_PATTERN.test(course.id)) errors.push(`${file}: course id "${course.id}" must match ${ID_PATTERN}`);
  key(course.title, 'title');
  key(course.description, 'description');
  key(course.duration, 'duration');
  course.outcomes.forEach((k) => key(k, 'outcome'));
  const { masteryScore, scorm12Reporting, partChecksGraded } = course.settings;
  if (!(Number.isFinite(masteryScore) && masteryScore >= 0 && masteryScore <= 100)) {
    errors.push(`${file}: settings.masteryScore must be a number from 0 to 100 (got ${masteryScore})`);
  }
  if (!REPORTING.includes(scorm12Reporting)) {
    errors.push(`${file}: settings.scorm12Reporting must be one of ${REPORTING.join(', ')} (got "${scorm12Reporting}")`);
  }
  if (typeof partChecksGraded !== 'boolean') {
    errors.push(`${file}: settings.partChecksGraded must be true or false (got ${JSON.stringify(partChecksGraded)})`);
  }
  if (course.modules.length === 0) errors.push(`${file}: the course lists no modules`);
  const seen = new Set<string>();
  for (const m of course.modules) {
    if (!ID_PATTERN.test(m.id)) errors.push(`${file}: module id "${m.id}" must match ${ID_PATTERN}`);
    if (RESERVED_IDS.includes(m.id)) errors.push(`${file}: module id "${m.id}" is reserved by the course`);
    if (seen.has(m.id)) errors.push(`${file}: module id "${m.id}" is listed twice`);
    seen.add(m.id);
    key(m.title, `module "${m.id}" title`);
    key(m.summary, `module "${m.id}" summary`);
  }
  return errors;
}

function validateSort(q: SortQuestion, at: string, key: (k: string, what: string) => void): string[] {
  const errors: string[] = [];
  const categoryIds = q.categories.map((c) => c.id);
  const itemIds = q.items.map((i) => i.id);
  if (q.categories.length < 2) errors.push(`${at}: a sort question needs at least two categories`);
  if (q.items.length < 2) errors.push(`${at}: a sort question needs at least two items`);
  if (new Set(categoryIds).size !== categoryIds.length) errors.push(`${at}: category ids repeat`);
  if (new Set(itemIds).size !== itemIds.length) errors.push(`${at}: item ids repeat`);
  if (q.items.length > MAX_CHOICES || q.categories.length > MAX_CHOICES)
    errors.push(`${at}: at most ${MAX_CHOICES} items and categories (SCORM 1.2 reports each by one character)`);
  for (const c of q.categories) {
    if (!ID_PATTERN.test(c.id)) errors.push(`${at}: category id "${c.id}" must match ${ID_PATTERN}`);
    key(c.label, `question "${q.id}" category "${c.id}"`);
  }
  for (const i of q.items) {
    // Reported as SCORM "matching" pairs, the item first.
    if (!ID_PATTERN.test(i.id)) errors.push(`${at}: item id "${i.id}" must match ${ID_PATTERN}`);
    if (!categoryIds.includes(i.category)) errors.push(`${at}: item "${i.id}" belongs to unknown category "${i.category}"`);
    key(i.label, `question "${q.id}" item "${i.id}"`);
    if (i.feedback) key(i.feedback, `question "${q.id}" item "${i.id}" feedback`);
  }
  return errors;
}

function validateQuestion(q: Question, where: string, key: (k: string, what: string) => void): string[] {
  const errors: string[] = [];
  const at = `${where}: question "${q.id}"`;
  key(q.prompt, `question "${q.id}" prompt`);
  if (q.hint) key(q.hint, `question "${q.id}" hint`);
  key(q.feedback.correct, `question "${q.id}" feedback.correct`);
  key(q.feedback.incorrect, `question "${q.id}" feedback.incorrect`);
  if (q.type === 'sort') return validateSort(q, at, key);
  let optionIds: string[];
  if (q.type === 'truefalse') {
    if (q.options?.length) errors.push(`${at}: a true/false question takes no options (the engine supplies them)`);
    optionIds = [...TRUE_FALSE_IDS];
  } else if (q.type === 'single' || q.type === 'multiple') {
    const options = q.options ?? [];
    if (options.length < 2) errors.push(`${at}: needs at least two options`);
    if (options.length > MAX_CHOICES) errors.push(`${at}: at most ${MAX_CHOICES} options (SCORM 1.2 reports each by one character)`);
    optionIds = options.map((o) => o.id);
    if (new Set(optionIds).size !== optionIds.length) errors.push(`${at}: option ids repeat`);
    for (const o of options) {
      if (!ID_PATTERN.test(o.id)) errors.push(`${at}: option id "${o.id}" must match ${ID_PATTERN}`);
      key(o.label, `question "${q.id}" option "${o.id}"`);
      if (o.feedback) key(o.feedback, `question "${q.id}" option "${o.id}" feedback`);
    }
  } else {
    errors.push(`${at}: unknown type "${String((q as { type: unknown }).type)}"`);
    return errors;
  }
  if (q.correct.length === 0) errors.push(`${at}: has no correct option`);
  if (new Set(q.correct).size !== q.correct.length) errors.push(`${at}: a correct option is listed twice`);
  if (q.type !== 'multiple' && q.correct.length > 1) errors.push(`${at}: a ${q.type} question has exactly one correct option`);
  for (const c of q.correct) {
    if (!optionIds.includes(c)) errors.push(`${at}: correct option "${c}" is not one of its options (${optionIds.join(', ')})`);
  }
  return errors;
}

/** The assessment's banks: valid questions, ids unique across banks, enough to draw. */
export function validateBank(course: Course, bank: Record<string, Question[]>, messages: Messages): string[] {
  const errors: string[] = [];
  if (course.assessment) {
    const key = keyChecker(errors, messages, 'modules/course.ts');
    key(course.assessment.title, 'assessment title');
    course.assessment.intro.forEach((k) => key(k, 'assessment intro'));
    // A learner who gets a module's questions wrong is sent back to it: each has its own.
    for (const m of course.modules)
      if (!bank[m.id]?.length) errors.push(`modules/${m.id}/bank.ts: missing or empty: the final assessment draws questions from every module's bank`);
  }
  const seen = new Set<string>();
  let total = 0;
  for (const [topic, questions] of Object.entries(bank)) {
    const file = `modules/${topic}/bank.ts`;
    if (!course.modules.some((m) => m.id === topic)) errors.push(`${file}: "${topic}" is not a module of the course`);
    for (const q of questions) {
      if (!ID_PATTERN.test(q.id)) errors.push(`${file}: question id "${q.id}" must match ${ID_PATTERN}`);
      if (seen.has(q.id)) errors.push(`${file}: question id "${q.id}" is used in another bank too`);
      seen.add(q.id);
      errors.push(...validateQuestion(q, file, keyChecker(errors, messages, file, topic)));
    }
    total += questions.length;
  }
  const wanted = course.settings.assessmentQuestions;
  if (total < wanted) errors.push(`modules/course.ts: the assessment draws ${wanted} questions but the banks hold ${total}`);
  return errors;
}

export function validateModule(module: Module, expectedId: string, messages: Messages, file: string): string[] {
  const errors: string[] = [];
  const key = keyChecker(errors, messages, file, module.id);
  if (module.id !== expectedId) errors.push(`${file}: module id "${module.id}" differs from the course's "${expectedId}"`);
  key(module.title, 'title');
  key(module.summary, 'summary');
  if (module.pages.length === 0) errors.push(`${file}: the module has no pages`);
  const pageIds = new Set<string>();
  const questionIds = new Set<string>();
  for (const page of module.pages) {
    if (!ID_PATTERN.test(page.id)) errors.push(`${file}: page id "${page.id}" must match ${ID_PATTERN}`);
    if (pageIds.has(page.id)) errors.push(`${file}: page id "${page.id}" is used twice`);
    pageIds.add(page.id);
    key(page.heading, `page "${page.id}" heading`);
    // Presenter mode shows them to the facilitator beside every slide.
    if (!page.notes?.length) errors.push(`${file}: page "${page.id}": notes: no facilitator notes (a list of text keys, for presenter mode)`);
    (page.notes ?? []).forEach((k) => key(k, `page "${page.id}" notes`));
    (page.body ?? []).forEach((k) => key(k, `page "${page.id}" body`));
    if (page.kind === 'activity') (page.presenterBody ?? []).forEach((k) => key(k, `page "${page.id}" presenterBody`));
    if (page.kind === 'activity' && page.presenterPrompt) key(page.presenterPrompt, `page "${page.id}" presenterPrompt`);
    if (page.kind === 'quiz') {
      if (page.questions.length === 0) errors.push(`${file}: page "${page.id}": a quiz needs at least one question`);
      for (const q of page.questions) {
        if (!ID_PATTERN.test(q.id)) errors.push(`${file}: question id "${q.id}" must match ${ID_PATTERN}`);
        if (questionIds.has(q.id)) errors.push(`${file}: question id "${q.id}" is used twice`);
        questionIds.add(q.id);
        errors.push(...validateQuestion(q, file, key));
      }
    }
  }
  return errors;
}
