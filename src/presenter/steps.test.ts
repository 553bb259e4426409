import { describe, expect, it } from 'vitest';
import type { Question } from '../course/types';
import { firstPosition, lastPosition, stepBack, stepForward, type QuizPosition } from './steps';

const choice: Question = {
  id: 'q1',
  type: 'single',
  prompt: 'p',
  options: [
    { id: 'a', label: 'a' },
    { id: 'b', label: 'b' },
  ],
  correct: ['a'],
  feedback: { correct: 'c', incorrect: 'i' },
};
const sort: Question = {
  id: 'q2',
  type: 'sort',
  prompt: 'p',
  categories: [
    { id: 'p', label: 'p' },
    { id: 'a', label: 'a' },
  ],
  items: [
    { id: 'a', label: 'a', category: 'a' },
    { id: 'b', label: 'b', category: 'p' },
    { id: 'c', label: 'c', category: 'a' },
  ],
  feedback: { correct: 'c', incorrect: 'i' },
};

function walk(questions: Question[]): QuizPosition[] {
  const seen = [firstPosition()];
  for (let p = stepForward(questions, seen[0]!); p; p = stepForward(questions, p)) seen.push(p);
  return seen;
}

describe('question slide steps', () => {
  it('reveals a choice question in one step, a sort question item by item', () => {
    expect(walk([choice, sort])).toEqual([
      { question: 0, revealed: 0 },
      { question: 0, revealed: 1 },
      { question: 1, revealed: 0 },
      { question: 1, revealed: 1 },
      { question: 1, revealed: 2 },
      { question: 1, revealed: 3 },
    ]);
  });

  it('steps back exactly the way it came', () => {
    const forward = walk([sort, choice]);
    const back = [lastPosition([sort, choice])];
    for (let p = stepBack([sort, choice], back[0]!); p; p = stepBack([sort, choice], p)) back.push(p);
    expect(back).toEqual([...forward].reverse());
  });

  it('enters from the end with the last answer shown', () => {
    expect(lastPosition([choice, sort])).toEqual({ question: 1, revealed: 3 });
    expect(lastPosition([])).toEqual(firstPosition());
  });
});
