// Pure scoring: no UI, no LMS.
import type { ChoiceQuestion, Id, Question, QuestionOption, SortQuestion } from './types';

/** True/false questions get these two options from the engine. */
export const TRUE_FALSE_IDS = ['true', 'false'] as const;

export function optionsOf(q: ChoiceQuestion): QuestionOption[] {
  if (q.type === 'truefalse') {
    return TRUE_FALSE_IDS.map((id) => ({ id, label: `quiz.${id}` }));
  }
  return q.options ?? [];
}

/**
 * A sort answer is one "item-category" code per item, e.g. "going_for_walk-active" (ids
 * hold no "-"). Saved progress of format 2 wrote "a_p"; state-codec.ts migrates it.
 */
export const PAIR_SEPARATOR = '-';
export const sortPair = (item: Id, category: Id) => `${item}${PAIR_SEPARATOR}${category}`;
export function splitPair(pair: string): [Id, Id] {
  const [item = '', category = ''] = pair.split(PAIR_SEPARATOR);
  return [item, category];
}

/** The ids a response is made of, in the question's order: options, or sort items and categories. */
export function choicesOf(q: Question): { choices: Id[]; targets?: Id[] } {
  return q.type === 'sort' ? { choices: q.items.map((i) => i.id), targets: q.categories.map((c) => c.id) } : { choices: optionsOf(q).map((o) => o.id) };
}

/** The right response, in the same form as a learner's. */
export function correctResponse(q: Question): Id[] {
  return q.type === 'sort' ? q.items.map((i) => sortPair(i.id, i.category)) : q.correct;
}

export function isCorrect(q: Question, response: readonly Id[]): boolean {
  const right = correctResponse(q);
  if (response.length !== right.length || new Set(response).size !== response.length) return false;
  return right.every((id) => response.includes(id));
}

/** A sort question's items placed in the right category (each item placed once). */
export function sortedRight(q: SortQuestion, response: readonly Id[]): number {
  const placed = new Map<Id, Id[]>();
  for (const [item, category] of response.map(splitPair)) placed.set(item, [...(placed.get(item) ?? []), category]);
  return q.items.filter((i) => placed.get(i.id)?.length === 1 && placed.get(i.id)![0] === i.category).length;
}

/**
 * What a response earns, 0 to 1: a sort question a share for each item placed right (so
 * seven of eight is not nothing); any other question all or nothing.
 */
export function creditOf(q: Question, response: readonly Id[]): number {
  if (q.type === 'sort') return q.items.length ? sortedRight(q, response) / q.items.length : 0;
  return isCorrect(q, response) ? 1 : 0;
}

/** Whole-number percentage of the credit the questions could earn, each question weighing the same. */
export function scorePercent(questions: readonly Question[], answers: Record<Id, Id[]>): number {
  if (questions.length === 0) return 100;
  const earned = questions.reduce((sum, q) => {
    const r = answers[q.id];
    return sum + (r === undefined ? 0 : creditOf(q, r));
  }, 0);
  return Math.round((earned / questions.length) * 100);
}

export function allAnswered(questions: readonly Question[], answers: Record<Id, Id[]>): boolean {
  return questions.every((q) => (answers[q.id]?.length ?? 0) > 0);
}
