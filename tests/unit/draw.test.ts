import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../src/quiz/draw';
import { optionsShown } from '../../src/quiz/option-order';
import type { ChoiceQuestion } from '../../src/course/types';

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

  it('a retry repeats none of the last try while the bank has enough new questions, and still covers every topic', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seeded(seed);
      const first = drawQuestions(banks, 10, random);
      const second = drawQuestions(banks, 10, random, first);
      expect(
        second.filter((id) => first.includes(id)),
        `seed ${seed}`,
      ).toEqual([]);
      for (const ids of Object.values(banks)) expect(second.some((id) => ids.includes(id))).toBe(true);
      // A third try: the bank (24) cannot avoid the first try too, but repeats none of the second.
      expect(drawQuestions(banks, 10, random, second).filter((id) => second.includes(id))).toEqual([]);
    }
  });

  it('repeats only as many as the bank forces', () => {
    const small = { a: ['a1', 'a2', 'a3'], b: ['b1', 'b2', 'b3'] };
    const first = ['a1', 'a2', 'b1', 'b2'];
    const second = drawQuestions(small, 4, seeded(3), first);
    expect(second.filter((id) => first.includes(id))).toHaveLength(2);
    expect(second).toEqual(expect.arrayContaining(['a3', 'b3']));
  });
});

describe('optionsShown', () => {
  const q: ChoiceQuestion = {
    id: 'q',
    type: 'single',
    prompt: 'x.p',
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: `x.${id}` })),
    correct: ['a'],
    feedback: { correct: 'x.c', incorrect: 'x.i' },
  };
  const order = (key: string) => optionsShown(q, key).map((o) => o.id);

  it('is the same for the same try (a reload), and keeps every option', () => {
    expect(order('1:q.r.s')).toEqual(order('1:q.r.s'));
    expect([...order('1:q.r.s')].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('differs between learners: each place holds the right answer about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let learner = 0; learner < 4000; learner++) counts[order(`1:draw${learner}`).indexOf('a')]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('keeps true and false in their order', () => {
    const tf: ChoiceQuestion = { ...q, type: 'truefalse', options: undefined, correct: ['true'] };
    expect(optionsShown(tf, 'any').map((o) => o.id)).toEqual(['true', 'false']);
  });
});
