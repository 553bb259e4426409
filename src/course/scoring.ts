// Pure scoring: no UI, no LMS.
import type { ChoiceQuestion, Id, Question, QuestionOption } from './types';

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

/** Whole-number percentage of the questions answered correctly. */
export function scorePercent(questions: readonly Question[], answers: Record<Id, Id[]>): number {
  if (questions.length === 0) return 100;
  const right = questions.filter((q) => {
    const r = answers[q.id];
    return r !== undefined && isCorrect(q, r);
  }).length;
  return Math.round((right / questions.length) * 100);
}

export function allAnswered(questions: readonly Question[], answers: Record<Id, Id[]>): boolean {
  return questions.every((q) => (answers[q.id]?.length ?? 0) > 0);
}
