// The steps of a question slide, as a presentation's "fragments": Next first reveals
// the answer (a sort question one item at a time), then moves to the next question,
// and only after the last question to the next page. Previous undoes one step.
import type { Question } from '../course/types';

export interface QuizPosition {
  /** Index of the question on screen. */
  question: number;
  /** How many reveal steps have been taken (0: the answer is hidden). */
  revealed: number;
}

/** A choice question reveals in one step; a sort question one item per step. */
export const revealSteps = (q: Question): number => (q.type === 'sort' ? q.items.length : 1);

export const firstPosition = (): QuizPosition => ({ question: 0, revealed: 0 });

/** Where a slide is entered going backwards: its last question, answer shown. */
export function lastPosition(questions: readonly Question[]): QuizPosition {
  const last = questions.length - 1;
  const q = questions[last];
  return q ? { question: last, revealed: revealSteps(q) } : firstPosition();
}

export const fullyRevealed = (q: Question, p: QuizPosition): boolean => p.revealed >= revealSteps(q);

/** The next step, or null when the slide has none left. */
export function stepForward(questions: readonly Question[], p: QuizPosition): QuizPosition | null {
  const q = questions[p.question];
  if (!q) return null;
  if (!fullyRevealed(q, p)) return { question: p.question, revealed: p.revealed + 1 };
  return p.question + 1 < questions.length ? { question: p.question + 1, revealed: 0 } : null;
}

/** The step before, or null at the slide's start. */
export function stepBack(questions: readonly Question[], p: QuizPosition): QuizPosition | null {
  if (p.revealed > 0) return { question: p.question, revealed: p.revealed - 1 };
  const before = questions[p.question - 1];
  return before ? { question: p.question - 1, revealed: revealSteps(before) } : null;
}
