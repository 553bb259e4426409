// Each final-check question's options in an order of their own for each learner and try,
// without saving anything more: the order is seeded from the saved draw.
import type { ChoiceQuestion, QuestionOption } from '../course/types';
import type { AssessmentProgress } from '../course/progress';
import { optionsOf } from '../course/scoring';
import { shuffle, type Random } from './draw';

/** A small, fast generator from a 32-bit seed (mulberry32): the same seed, the same numbers. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A 32-bit hash of a text (FNV-1a), to seed from something stable. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** What names one learner's try: the draw is random per learner and try, and saved. */
export const tryKey = (a: Pick<AssessmentProgress, 'attempt' | 'draw'> | undefined) => (a ? `${a.attempt}:${a.draw.join('.')}` : '');

/**
 * A question's options in the order one learner sees them. `key` names the learner's try
 * (tryKey), so a reload shows the same order and another learner a different one; the
 * ids, and so what the LMS is told, do not change. True and false keep their order.
 */
export function optionsShown(q: ChoiceQuestion, key: string): QuestionOption[] {
  const options = optionsOf(q);
  return q.type === 'truefalse' ? options : shuffle(options, seededRandom(hashText(`${key}|${q.id}`)));
}
