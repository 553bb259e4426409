// Final assessment questions for module 1 (how acupuncture eases pain). Different
// from the module's knowledge check; every fact comes from the clinical source.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'years_in_use',
    type: 'single',
    prompt: 'endorphins.bank.b1.prompt',
    options: [
      { id: 'about_30_years', label: 'endorphins.bank.b1.a', feedback: 'endorphins.bank.b1.a_feedback' },
      { id: 'about_100_years', label: 'endorphins.bank.b1.c' },
      { id: 'over_2000_years', label: 'endorphins.bank.b1.b' },
    ],
    correct: ['over_2000_years'],
    feedback: { correct: 'endorphins.bank.b1.correct', incorrect: 'endorphins.bank.b1.incorrect' },
  },
  {
    id: 'endorphins_are_natural',
    type: 'truefalse',
    prompt: 'endorphins.bank.b2.prompt',
    correct: ['true'],
    feedback: { correct: 'endorphins.bank.b2.correct', incorrect: 'endorphins.bank.b2.incorrect' },
  },
  {
    id: 'what_needles_do',
    type: 'single',
    prompt: 'endorphins.bank.b3.prompt',
    options: [
      { id: 'set_off_release', label: 'endorphins.bank.b3.b' },
      { id: 'put_in_medicine', label: 'endorphins.bank.b3.a', feedback: 'endorphins.bank.b3.a_feedback' },
      { id: 'make_muscles_stronger', label: 'endorphins.bank.b3.c', feedback: 'endorphins.bank.b3.c_feedback' },
    ],
    correct: ['set_off_release'],
    feedback: { correct: 'endorphins.bank.b3.correct', incorrect: 'endorphins.bank.b3.incorrect' },
  },
  {
    id: 'which_pain_helped',
    type: 'multiple',
    prompt: 'endorphins.bank.b4.prompt',
    hint: 'endorphins.bank.b4.hint',
    options: [
      { id: 'headaches', label: 'endorphins.bank.b4.c' },
      { id: 'every_kind_of_pain', label: 'endorphins.bank.b4.d', feedback: 'endorphins.bank.b4.d_feedback' },
      { id: 'back_pain', label: 'endorphins.bank.b4.a' },
      { id: 'neck_pain', label: 'endorphins.bank.b4.b' },
    ],
    correct: ['back_pain', 'neck_pain', 'headaches'],
    feedback: { correct: 'endorphins.bank.b4.correct', incorrect: 'endorphins.bank.b4.incorrect' },
  },
  {
    id: 'other_substances',
    type: 'truefalse',
    prompt: 'endorphins.bank.b5.prompt',
    correct: ['true'],
    feedback: { correct: 'endorphins.bank.b5.correct', incorrect: 'endorphins.bank.b5.incorrect' },
  },
  {
    id: 'needles_are_thick',
    type: 'truefalse',
    prompt: 'endorphins.bank.b6.prompt',
    correct: ['false'],
    feedback: { correct: 'endorphins.bank.b6.correct', incorrect: 'endorphins.bank.b6.incorrect' },
  },
];

export default bank;
