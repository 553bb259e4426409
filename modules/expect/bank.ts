// Final assessment questions for module 2 (what to expect from acupuncture). Different
// from the module's knowledge check; every fact comes from the clinical source.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'expect_b1',
    type: 'single',
    prompt: 'expect.bank.b1.prompt',
    options: [
      { id: 'a', label: 'expect.bank.b1.a', feedback: 'expect.bank.b1.a_feedback' },
      { id: 'b', label: 'expect.bank.b1.b' },
      { id: 'c', label: 'expect.bank.b1.c', feedback: 'expect.bank.b1.c_feedback' },
    ],
    correct: ['b'],
    feedback: { correct: 'expect.bank.b1.correct', incorrect: 'expect.bank.b1.incorrect' },
  },
  {
    id: 'expect_b2',
    type: 'truefalse',
    prompt: 'expect.bank.b2.prompt',
    correct: ['false'],
    feedback: { correct: 'expect.bank.b2.correct', incorrect: 'expect.bank.b2.incorrect' },
  },
  {
    id: 'expect_b3',
    type: 'single',
    prompt: 'expect.bank.b3.prompt',
    options: [
      { id: 'a', label: 'expect.bank.b3.a' },
      { id: 'b', label: 'expect.bank.b3.b' },
      { id: 'c', label: 'expect.bank.b3.c' },
    ],
    correct: ['b'],
    feedback: { correct: 'expect.bank.b3.correct', incorrect: 'expect.bank.b3.incorrect' },
  },
  {
    id: 'expect_b4',
    type: 'multiple',
    prompt: 'expect.bank.b4.prompt',
    hint: 'expect.bank.b4.hint',
    options: [
      { id: 'a', label: 'expect.bank.b4.a' },
      { id: 'b', label: 'expect.bank.b4.b' },
      { id: 'c', label: 'expect.bank.b4.c', feedback: 'expect.bank.b4.c_feedback' },
      { id: 'd', label: 'expect.bank.b4.d' },
    ],
    correct: ['a', 'b', 'd'],
    feedback: { correct: 'expect.bank.b4.correct', incorrect: 'expect.bank.b4.incorrect' },
  },
  {
    id: 'expect_b5',
    type: 'truefalse',
    prompt: 'expect.bank.b5.prompt',
    correct: ['true'],
    feedback: { correct: 'expect.bank.b5.correct', incorrect: 'expect.bank.b5.incorrect' },
  },
  {
    id: 'expect_b6',
    type: 'single',
    prompt: 'expect.bank.b6.prompt',
    options: [
      { id: 'a', label: 'expect.bank.b6.a', feedback: 'expect.bank.b6.a_feedback' },
      { id: 'b', label: 'expect.bank.b6.b' },
      { id: 'c', label: 'expect.bank.b6.c', feedback: 'expect.bank.b6.c_feedback' },
    ],
    correct: ['b'],
    feedback: { correct: 'expect.bank.b6.correct', incorrect: 'expect.bank.b6.incorrect' },
  },
];

export default bank;
