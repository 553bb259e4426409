// Drawing the final assessment: every topic represented, as few questions as the bank
// allows repeated from the last try, then a random order. (Each question's options get an
// order of their own in option-order.ts, which loads with the final check.)
import type { Id } from '../course/types';

export type Random = () => number;

export function shuffle<T>(items: readonly T[], random: Random): T[] {
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
