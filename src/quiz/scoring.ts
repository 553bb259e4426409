// Pure scoring: no UI, no LMS.
import type { Id, Question, QuestionOption } from '../course/types';

/** True/false questions get these two options from the engine. */
export const TRUE_FALSE_IDS = ['true', 'false'] as const;

export function optionsOf(q: Question): QuestionOption[] {
  if (q.type === 'truefalse') {
    return TRUE_FALSE_IDS.map((id) => ({ id, label: `quiz.${id}` }));
  }
  return q.options ?? [];
}

export function isCorrect(q: Question, response: readonly Id[]): boolean {
  if (response.length !== q.correct.length) return false;
  return q.correct.every((id) => response.includes(id));
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
