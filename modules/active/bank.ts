// Final assessment questions for module 3 (passive and active treatment). Different
// from the module's knowledge check; the everyday examples are general knowledge.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'active_b1',
    type: 'single',
    prompt: 'active.bank.b1.prompt',
    options: [
      { id: 'a', label: 'active.bank.b1.a' },
      { id: 'b', label: 'active.bank.b1.b', feedback: 'active.bank.b1.b_feedback' },
      { id: 'c', label: 'active.bank.b1.c', feedback: 'active.bank.b1.c_feedback' },
    ],
    correct: ['a'],
    feedback: { correct: 'active.bank.b1.correct', incorrect: 'active.bank.b1.incorrect' },
  },
  {
    id: 'active_b2',
    type: 'truefalse',
    prompt: 'active.bank.b2.prompt',
    correct: ['true'],
    feedback: { correct: 'active.bank.b2.correct', incorrect: 'active.bank.b2.incorrect' },
  },
  {
    id: 'active_b3',
    type: 'single',
    prompt: 'active.bank.b3.prompt',
    options: [
      { id: 'a', label: 'active.bank.b3.a', feedback: 'active.bank.b3.a_feedback' },
      { id: 'b', label: 'active.bank.b3.b' },
      { id: 'c', label: 'active.bank.b3.c', feedback: 'active.bank.b3.c_feedback' },
    ],
    correct: ['b'],
    feedback: { correct: 'active.bank.b3.correct', incorrect: 'active.bank.b3.incorrect' },
  },
  {
    id: 'active_b4',
    type: 'multiple',
    prompt: 'active.bank.b4.prompt',
    hint: 'active.bank.b4.hint',
    options: [
      { id: 'a', label: 'active.bank.b4.a' },
      { id: 'b', label: 'active.bank.b4.b' },
      { id: 'c', label: 'active.bank.b4.c', feedback: 'active.bank.b4.c_feedback' },
      { id: 'd', label: 'active.bank.b4.d' },
    ],
    correct: ['a', 'b', 'd'],
    feedback: { correct: 'active.bank.b4.correct', incorrect: 'active.bank.b4.incorrect' },
  },
  {
    id: 'active_b5',
    type: 'truefalse',
    prompt: 'active.bank.b5.prompt',
    correct: ['false'],
    feedback: { correct: 'active.bank.b5.correct', incorrect: 'active.bank.b5.incorrect' },
  },
  {
    id: 'active_b6',
    type: 'single',
    prompt: 'active.bank.b6.prompt',
    options: [
      { id: 'a', label: 'active.bank.b6.a', feedback: 'active.bank.b6.a_feedback' },
      { id: 'b', label: 'active.bank.b6.b' },
      { id: 'c', label: 'active.bank.b6.c', feedback: 'active.bank.b6.c_feedback' },
    ],
    correct: ['b'],
    feedback: { correct: 'active.bank.b6.correct', incorrect: 'active.bank.b6.incorrect' },
  },
];

export default bank;
