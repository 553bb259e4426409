// Final assessment questions for module 2 (what to expect from acupuncture). Different
// from the module's knowledge check; every fact comes from the clinical source.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'how_long_relief_lasts',
    type: 'single',
    prompt: 'expect.bank.b1.prompt',
    options: [
      { id: 'few_hours', label: 'expect.bank.b1.a', feedback: 'expect.bank.b1.a_feedback' },
      { id: 'days_to_weeks', label: 'expect.bank.b1.b' },
      { id: 'many_years', label: 'expect.bank.b1.c', feedback: 'expect.bank.b1.c_feedback' },
    ],
    correct: ['days_to_weeks'],
    feedback: { correct: 'expect.bank.b1.correct', incorrect: 'expect.bank.b1.incorrect' },
  },
  {
    id: 'side_effects_common',
    type: 'truefalse',
    prompt: 'expect.bank.b2.prompt',
    correct: ['false'],
    feedback: { correct: 'expect.bank.b2.correct', incorrect: 'expect.bank.b2.incorrect' },
  },
  {
    id: 'short_course_sessions',
    type: 'single',
    prompt: 'expect.bank.b3.prompt',
    options: [
      { id: 'two', label: 'expect.bank.b3.a' },
      { id: 'four', label: 'expect.bank.b3.c' },
      { id: 'six', label: 'expect.bank.b3.b' },
    ],
    correct: ['six'],
    feedback: { correct: 'expect.bank.b3.correct', incorrect: 'expect.bank.b3.incorrect' },
  },
  {
    id: 'which_are_true',
    type: 'multiple',
    prompt: 'expect.bank.b4.prompt',
    hint: 'expect.bank.b4.hint',
    options: [
      { id: 'side_effects_rare', label: 'expect.bank.b4.a' },
      { id: 'relief_days_to_weeks', label: 'expect.bank.b4.b' },
      { id: 'nhs_for_life', label: 'expect.bank.b4.c', feedback: 'expect.bank.b4.c_feedback' },
      { id: 'team_helps_cope', label: 'expect.bank.b4.d' },
      { id: 'relief_lasts_months', label: 'expect.bank.b4.e', feedback: 'expect.bank.b4.e_feedback' },
    ],
    correct: ['side_effects_rare', 'relief_days_to_weeks', 'team_helps_cope'],
    feedback: { correct: 'expect.bank.b4.correct', incorrect: 'expect.bank.b4.incorrect' },
  },
  {
    id: 'long_term_small_group',
    type: 'truefalse',
    prompt: 'expect.bank.b5.prompt',
    correct: ['true'],
    feedback: { correct: 'expect.bank.b5.correct', incorrect: 'expect.bank.b5.incorrect' },
  },
  {
    id: 'why_teach_coping',
    type: 'single',
    prompt: 'expect.bank.b6.prompt',
    options: [
      { id: 'cope_long_run', label: 'expect.bank.b6.b' },
      { id: 'did_something_wrong', label: 'expect.bank.b6.a', feedback: 'expect.bank.b6.a_feedback' },
      { id: 'many_side_effects', label: 'expect.bank.b6.c', feedback: 'expect.bank.b6.c_feedback' },
    ],
    correct: ['cope_long_run'],
    feedback: { correct: 'expect.bank.b6.correct', incorrect: 'expect.bank.b6.incorrect' },
  },
];

export default bank;
