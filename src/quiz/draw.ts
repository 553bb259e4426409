// Drawing the final assessment: every topic represented, then a random order.
import type { Id } from '../course/types';

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
 * covered when `count` allows, and the result is shuffled so topics are not in blocks.
 */
export function drawQuestions(banks: Record<Id, readonly Id[]>, count: number, random: Random = Math.random): Id[] {
  const piles = Object.values(banks).map((ids) => shuffle(ids, random));
  const picked: Id[] = [];
  while (picked.length < count && piles.some((p) => p.length)) {
    for (const pile of shuffle(piles, random)) {
      const next = pile.shift();
      if (next !== undefined && picked.length < count) picked.push(next);
    }
  }
  return shuffle(picked, random);
}
