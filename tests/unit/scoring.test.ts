// Knowledge-check marking as the learner meets it: which answers count as right, and
// the percentage they are shown (and the LMS receives).
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/course/types';
import { allAnswered, creditOf, isCorrect, optionsOf, scorePercent, sortPair } from '../../src/course/scoring';
import { hasMessage, type Messages } from '../../src/course/validate';
import enGB from '../../locales/en-GB.json';

const feedback = { correct: 'x.correct', incorrect: 'x.incorrect' };
const opts = (...ids: string[]) => ids.map((id) => ({ id, label: `x.${id}` }));

const single: Question = { id: 'single', type: 'single', prompt: 'x.p', options: opts('a', 'b', 'c'), correct: ['b'], feedback };
const multiple: Question = {
  id: 'multiple',
  type: 'multiple',
  prompt: 'x.p',
  options: opts('a', 'b', 'c', 'd'),
  correct: ['a', 'b', 'c'],
  feedback,
};
const trueFalse: Question = { id: 'tf', type: 'truefalse', prompt: 'x.p', correct: ['false'], feedback };
const sort: Question = {
  id: 'sort',
  type: 'sort',
  prompt: 'x.p',
  categories: [
    { id: 'passive', label: 'x.passive' },
    { id: 'active', label: 'x.active' },
  ],
  items: ['walk', 'needles', 'pacing', 'massage'].map((id, i) => ({ id, label: `x.${id}`, category: i % 2 ? 'passive' : 'active' })),
  feedback,
};
const sorted = (...categories: string[]) => sort.items.map((item, i) => sortPair(item.id, categories[i]!));

describe('isCorrect', () => {
  it('single choice: only the one right option is right', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
    expect(isCorrect(single, ['b', 'a'])).toBe(false);
  });

  it('multiple choice: every right option, in any order, and nothing else', () => {
    expect(isCorrect(multiple, ['a', 'b', 'c'])).toBe(true);
    expect(isCorrect(multiple, ['c', 'a', 'b'])).toBe(true);
    expect(isCorrect(multiple, ['a', 'b']), 'one missing').toBe(false);
    expect(isCorrect(multiple, ['a', 'b', 'c', 'd']), 'one extra').toBe(false);
    expect(isCorrect(multiple, ['a', 'b', 'd']), 'one swapped').toBe(false);
    expect(isCorrect(multiple, ['a', 'a', 'b']), 'a repeat cannot stand in for a missing option').toBe(false);
    expect(isCorrect(multiple, [])).toBe(false);
  });

  it('true/false: the engine-supplied ids', () => {
    expect(isCorrect(trueFalse, ['false'])).toBe(true);
    expect(isCorrect(trueFalse, ['true'])).toBe(false);
    expect(isCorrect(trueFalse, ['true', 'false'])).toBe(false);
  });
});

describe('optionsOf', () => {
  it('gives true/false questions the options true and false, labelled from the locale', () => {
    const options = optionsOf(trueFalse);
    expect(options.map((o) => o.id)).toEqual(['true', 'false']);
    for (const o of options) expect(hasMessage(enGB as Messages, o.label), o.label).toBe(true);
  });

  it('gives other questions their own options', () => {
    expect(optionsOf(single).map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('scorePercent', () => {
  const three = [single, multiple, trueFalse];

  it('is a whole-number percentage, rounded to nearest', () => {
    expect(scorePercent(three, { single: ['b'], multiple: ['a', 'b', 'c'], tf: ['false'] })).toBe(100);
    expect(scorePercent(three, { single: ['b'], multiple: ['c', 'b', 'a'], tf: ['true'] })).toBe(67);
    expect(scorePercent(three, { single: ['b'], multiple: ['a'], tf: ['true'] })).toBe(33);
    expect(scorePercent(three, { single: ['a'], multiple: ['a'], tf: ['true'] })).toBe(0);
    const five = [1, 2, 3, 4, 5].map((n) => ({ ...single, id: `q${n}` }));
    expect(scorePercent(five, { q1: ['b'], q2: ['b'], q3: ['b'], q4: ['b'], q5: ['a'] })).toBe(80);
  });

  it('counts an unanswered question as wrong', () => {
    expect(scorePercent(three, { single: ['b'], multiple: ['a', 'b', 'c'] })).toBe(67);
    expect(scorePercent(three, {})).toBe(0);
  });

  it('ignores answers to questions that are not in the check', () => {
    expect(scorePercent([single], { single: ['b'], other: ['a'] })).toBe(100);
  });

  it('scores a sort question per item: three of four placed right is not nothing', () => {
    expect(creditOf(sort, sorted('active', 'passive', 'active', 'passive'))).toBe(1);
    expect(creditOf(sort, sorted('active', 'passive', 'active', 'active'))).toBe(0.75);
    expect(creditOf(sort, sorted('passive', 'active', 'passive', 'active'))).toBe(0);
    // An item placed twice counts for neither place.
    expect(creditOf(sort, [...sorted('active', 'passive', 'active', 'passive'), sortPair('walk', 'passive')])).toBe(0.75);
    // Each question weighs the same: a right single choice and a sort at 3 of 4.
    expect(scorePercent([single, sort], { single: ['b'], sort: sorted('active', 'passive', 'active', 'active') })).toBe(88);
  });
});

describe('allAnswered', () => {
  it('needs a choice for every question', () => {
    expect(allAnswered([single, trueFalse], { single: ['a'], tf: ['true'] })).toBe(true);
    expect(allAnswered([single, trueFalse], { single: ['a'] })).toBe(false);
    expect(allAnswered([single, trueFalse], { single: ['a'], tf: [] })).toBe(false);
    expect(allAnswered([], {})).toBe(true);
  });
});
