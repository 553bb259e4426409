// Final assessment questions for module 1 (how acupuncture eases pain). Different
// from the module's knowledge check; every fact comes from the clinical source.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'endorphins_b1',
    type: 'single',
    prompt: 'endorphins.bank.b1.prompt',
    options: [
      { id: 'a', label: 'endorphins.bank.b1.a', feedback: 'endorphins.bank.b1.a_feedback' },
      { id: 'b', label: 'endorphins.bank.b1.b' },
      { id: 'c', label: 'endorphins.bank.b1.c' },
    ],
    correct: ['b'],
    feedback: { correct: 'endorphins.bank.b1.correct', incorrect: 'endorphins.bank.b1.incorrect' },
  },
  {
    id: 'endorphins_b2',
    type: 'truefalse',
    prompt: 'endorphins.bank.b2.prompt',
    correct: ['true'],
    feedback: { correct: 'endorphins.bank.b2.correct', incorrect: 'endorphins.bank.b2.incorrect' },
  },
  {
    id: 'endorphins_b3',
    type: 'single',
    prompt: 'endorphins.bank.b3.prompt',
    options: [
      { id: 'a', label: 'endorphins.bank.b3.a', feedback: 'endorphins.bank.b3.a_feedback' },
      { id: 'b', label: 'endorphins.bank.b3.b' },
      { id: 'c', label: 'endorphins.bank.b3.c', feedback: 'endorphins.bank.b3.c_feedback' },
    ],
    correct: ['b'],
    feedback: { correct: 'endorphins.bank.b3.correct', incorrect: 'endorphins.bank.b3.incorrect' },
  },
  {
    id: 'endorphins_b4',
    type: 'multiple',
    prompt: 'endorphins.bank.b4.prompt',
    hint: 'endorphins.bank.b4.hint',
    options: [
      { id: 'a', label: 'endorphins.bank.b4.a' },
      { id: 'b', label: 'endorphins.bank.b4.b' },
      { id: 'c', label: 'endorphins.bank.b4.c' },
      { id: 'd', label: 'endorphins.bank.b4.d', feedback: 'endorphins.bank.b4.d_feedback' },
    ],
    correct: ['a', 'b', 'c'],
    feedback: { correct: 'endorphins.bank.b4.correct', incorrect: 'endorphins.bank.b4.incorrect' },
  },
  {
    id: 'endorphins_b5',
    type: 'truefalse',
    prompt: 'endorphins.bank.b5.prompt',
    correct: ['true'],
    feedback: { correct: 'endorphins.bank.b5.correct', incorrect: 'endorphins.bank.b5.incorrect' },
  },
  {
    id: 'endorphins_b6',
    type: 'truefalse',
    prompt: 'endorphins.bank.b6.prompt',
    correct: ['false'],
    feedback: { correct: 'endorphins.bank.b6.correct', incorrect: 'endorphins.bank.b6.incorrect' },
  },
];

export default bank;
