// Final assessment questions for module 3 (passive and active treatment). Different
// from the module's knowledge check; the everyday examples are general knowledge.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'sam_stopped_stretches',
    type: 'single',
    prompt: 'active.bank.b1.prompt',
    options: [
      { id: 'relying_on_passive', label: 'active.bank.b1.a' },
      { id: 'doing_too_much', label: 'active.bank.b1.b', feedback: 'active.bank.b1.b_feedback' },
      { id: 'in_control', label: 'active.bank.b1.c', feedback: 'active.bank.b1.c_feedback' },
    ],
    correct: ['relying_on_passive'],
    feedback: { correct: 'active.bank.b1.correct', incorrect: 'active.bank.b1.incorrect' },
  },
  {
    id: 'active_means_control',
    type: 'truefalse',
    prompt: 'active.bank.b2.prompt',
    correct: ['true'],
    feedback: { correct: 'active.bank.b2.correct', incorrect: 'active.bank.b2.incorrect' },
  },
  {
    id: 'which_is_passive',
    type: 'single',
    prompt: 'active.bank.b3.prompt',
    options: [
      { id: 'planning_week', label: 'active.bank.b3.a', feedback: 'active.bank.b3.a_feedback' },
      { id: 'stretching', label: 'active.bank.b3.c', feedback: 'active.bank.b3.c_feedback' },
      { id: 'pain_relief_injection', label: 'active.bank.b3.b' },
    ],
    correct: ['pain_relief_injection'],
    feedback: { correct: 'active.bank.b3.correct', incorrect: 'active.bank.b3.incorrect' },
  },
  {
    id: 'which_are_active',
    type: 'multiple',
    prompt: 'active.bank.b4.prompt',
    hint: 'active.bank.b4.hint',
    options: [
      { id: 'pacing', label: 'active.bank.b4.a' },
      { id: 'relaxation_practice', label: 'active.bank.b4.b' },
      { id: 'having_acupuncture', label: 'active.bank.b4.c', feedback: 'active.bank.b4.c_feedback' },
      { id: 'having_massage', label: 'active.bank.b4.e', feedback: 'active.bank.b4.e_feedback' },
      { id: 'going_for_walk', label: 'active.bank.b4.d' },
    ],
    correct: ['pacing', 'relaxation_practice', 'going_for_walk'],
    feedback: { correct: 'active.bank.b4.correct', incorrect: 'active.bank.b4.incorrect' },
  },
  {
    id: 'passive_means_not_working',
    type: 'truefalse',
    prompt: 'active.bank.b5.prompt',
    correct: ['false'],
    feedback: { correct: 'active.bank.b5.correct', incorrect: 'active.bank.b5.incorrect' },
  },
  {
    id: 'eased_what_to_do',
    type: 'single',
    prompt: 'active.bank.b6.prompt',
    options: [
      { id: 'stop_active_things', label: 'active.bank.b6.a', feedback: 'active.bank.b6.a_feedback' },
      { id: 'keep_doing_active', label: 'active.bank.b6.b' },
      { id: 'rest_until_gone', label: 'active.bank.b6.c', feedback: 'active.bank.b6.c_feedback' },
    ],
    correct: ['keep_doing_active'],
    feedback: { correct: 'active.bank.b6.correct', incorrect: 'active.bank.b6.incorrect' },
  },
];

export default bank;
