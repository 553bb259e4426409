// Drawing the final assessment: every topic represented, as few questions as the bank
// allows repeated from the last try, then a random order; and each question's options
// in an order of their own for each learner and try.
import type { ChoiceQuestion, Id, QuestionOption } from '../course/types';
import { optionsOf } from '../course/scoring';

export type Random = () => number;

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Picks `count` question ids from banks keyed by topic: topics take turns, so each is
 * covered when `count` allows; questions in `avoid` (the last try's) come only when the
 * rest run out; the result is shuffled so topics are not in blocks.
 */
export function drawQuestions(banks: Record<Id, readonly Id[]>, count: number, random: Random = Math.random, avoid: readonly Id[] = []): Id[] {
  const seen = new Set(avoid);
  const topics = Object.values(banks).map((ids) => ({
    fresh: shuffle(
      ids.filter((id) => !seen.has(id)),
      random,
    ),
    again: shuffle(
      ids.filter((id) => seen.has(id)),
      random,
    ),
  }));
  const picked: Id[] = [];
  const take = (pile: Id[]) => {
    const next = pile.shift();
    if (next !== undefined && picked.length < count) picked.push(next);
    return next !== undefined;
  };
  // Every topic once (a repeat only where a topic has nothing new), then turns at the
  // new questions, then turns at the repeats.
  for (const t of shuffle(topics, random)) if (!take(t.fresh)) take(t.again);
  for (const pile of ['fresh', 'again'] as const) {
    while (picked.length < count && topics.some((t) => t[pile].length)) {
      for (const t of shuffle(topics, random)) take(t[pile]);
    }
  }
  return shuffle(picked, random);
}

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

/**
 * A question's options in the order one learner sees them. `key` names the learner's try
 * (their draw, which is random and saved), so a reload shows the same order and another
 * learner a different one; the ids, and so what the LMS is told, do not change. True and
 * false keep their order.
 */
export function optionsShown(q: ChoiceQuestion, key: string): QuestionOption[] {
  const options = optionsOf(q);
  return q.type === 'truefalse' ? options : shuffle(options, seededRandom(hashText(`${key}|${q.id}`)));
}
