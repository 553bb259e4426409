import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../src/quiz/draw';

/** A small seeded generator, so a failing draw can be replayed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const banks = {
  one: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
  two: ['t1', 't2', 't3', 't4', 't5', 't6'],
  three: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  four: ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'],
};

describe('drawQuestions', () => {
  it('draws the asked number of distinct questions, from every topic', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const draw = drawQuestions(banks, 10, seeded(seed));
      expect(draw).toHaveLength(10);
      expect(new Set(draw).size).toBe(10);
      for (const ids of Object.values(banks))
        expect(
          draw.some((id) => ids.includes(id)),
          `seed ${seed}`,
        ).toBe(true);
      // Balanced: no topic gives more than its fair share plus one.
      for (const ids of Object.values(banks)) expect(draw.filter((id) => ids.includes(id)).length).toBeLessThanOrEqual(3);
    }
  });

  it('differs between tries and is the same for the same random sequence', () => {
    expect(drawQuestions(banks, 10, seeded(1))).toEqual(drawQuestions(banks, 10, seeded(1)));
    expect(drawQuestions(banks, 10, seeded(1))).not.toEqual(drawQuestions(banks, 10, seeded(2)));
  });

  it('gives every question when the banks hold fewer than asked', () => {
    expect(drawQuestions({ a: ['a1'], b: ['b1', 'b2'] }, 10).sort()).toEqual(['a1', 'b1', 'b2']);
  });
});
