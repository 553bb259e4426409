// Module 4's questions for the final assessment: new questions on the same facts as the
// knowledge check (not copies of it). Strings live under "relief.bank" in en-GB.json.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'relief_b1',
    type: 'single',
    prompt: 'relief.bank.b1.prompt',
    options: [
      { id: 'a', label: 'relief.bank.b1.a' },
      { id: 'b', label: 'relief.bank.b1.b' },
      { id: 'c', label: 'relief.bank.b1.c' },
    ],
    correct: ['b'],
    feedback: { correct: 'relief.bank.b1.correct', incorrect: 'relief.bank.b1.incorrect' },
  },
  {
    id: 'relief_b2',
    type: 'truefalse',
    prompt: 'relief.bank.b2.prompt',
    correct: ['true'],
    feedback: { correct: 'relief.bank.b2.correct', incorrect: 'relief.bank.b2.incorrect' },
  },
  {
    id: 'relief_b3',
    type: 'single',
    prompt: 'relief.bank.b3.prompt',
    options: [
      { id: 'a', label: 'relief.bank.b3.a', feedback: 'relief.bank.b3.a_feedback' },
      { id: 'b', label: 'relief.bank.b3.b' },
      { id: 'c', label: 'relief.bank.b3.c', feedback: 'relief.bank.b3.c_feedback' },
    ],
    correct: ['b'],
    feedback: { correct: 'relief.bank.b3.correct', incorrect: 'relief.bank.b3.incorrect' },
  },
  {
    id: 'relief_b4',
    type: 'multiple',
    prompt: 'relief.bank.b4.prompt',
    hint: 'relief.bank.b4.hint',
    options: [
      { id: 'a', label: 'relief.bank.b4.a' },
      { id: 'b', label: 'relief.bank.b4.b' },
      { id: 'c', label: 'relief.bank.b4.c' },
      { id: 'd', label: 'relief.bank.b4.d', feedback: 'relief.bank.b4.d_feedback' },
    ],
    correct: ['a', 'b', 'c'],
    feedback: { correct: 'relief.bank.b4.correct', incorrect: 'relief.bank.b4.incorrect' },
  },
  {
    id: 'relief_b5',
    type: 'truefalse',
    prompt: 'relief.bank.b5.prompt',
    correct: ['false'],
    feedback: { correct: 'relief.bank.b5.correct', incorrect: 'relief.bank.b5.incorrect' },
  },
  {
    id: 'relief_b6',
    type: 'single',
    prompt: 'relief.bank.b6.prompt',
    options: [
      { id: 'a', label: 'relief.bank.b6.a' },
      { id: 'b', label: 'relief.bank.b6.b', feedback: 'relief.bank.b6.b_feedback' },
      { id: 'c', label: 'relief.bank.b6.c', feedback: 'relief.bank.b6.c_feedback' },
    ],
    correct: ['a'],
    feedback: { correct: 'relief.bank.b6.correct', incorrect: 'relief.bank.b6.incorrect' },
  },
];

export default bank;
