// Module 4's questions for the final assessment: new questions on the same facts as the
// knowledge check (not copies of it). Strings live under "relief.bank" in en-GB.json.
import type { Question } from '../../src/course/types';

const bank: Question[] = [
  {
    id: 'best_way_to_live',
    type: 'single',
    prompt: 'relief.bank.b1.prompt',
    options: [
      { id: 'get_fitter_stronger', label: 'relief.bank.b1.b' },
      { id: 'wait_until_pain_gone', label: 'relief.bank.b1.a' },
      { id: 'weekly_acupuncture', label: 'relief.bank.b1.c' },
    ],
    correct: ['get_fitter_stronger'],
    feedback: { correct: 'relief.bank.b1.correct', incorrect: 'relief.bank.b1.incorrect' },
  },
  {
    id: 'good_spell_good_time',
    type: 'truefalse',
    prompt: 'relief.bank.b2.prompt',
    correct: ['true'],
    feedback: { correct: 'relief.bank.b2.correct', incorrect: 'relief.bank.b2.incorrect' },
  },
  {
    id: 'start_swimming',
    type: 'single',
    prompt: 'relief.bank.b3.prompt',
    options: [
      { id: 'swim_as_long_as_you_can', label: 'relief.bank.b3.a', feedback: 'relief.bank.b3.a_feedback' },
      { id: 'wait_until_no_pain', label: 'relief.bank.b3.c', feedback: 'relief.bank.b3.c_feedback' },
      { id: 'short_then_build_up', label: 'relief.bank.b3.b' },
    ],
    correct: ['short_then_build_up'],
    feedback: { correct: 'relief.bank.b3.correct', incorrect: 'relief.bank.b3.incorrect' },
  },
  {
    id: 'gentle_activities',
    type: 'multiple',
    prompt: 'relief.bank.b4.prompt',
    hint: 'relief.bank.b4.hint',
    options: [
      { id: 'whole_day_gardening', label: 'relief.bank.b4.a', feedback: 'relief.bank.b4.a_feedback' },
      { id: 'short_walk', label: 'relief.bank.b4.b' },
      { id: 'swim_as_far_as_you_can', label: 'relief.bank.b4.c', feedback: 'relief.bank.b4.c_feedback' },
      { id: 'gentle_stretching', label: 'relief.bank.b4.d' },
    ],
    correct: ['short_walk', 'gentle_stretching'],
    feedback: { correct: 'relief.bank.b4.correct', incorrect: 'relief.bank.b4.incorrect' },
  },
  {
    id: 'only_after_acupuncture',
    type: 'truefalse',
    prompt: 'relief.bank.b5.prompt',
    correct: ['false'],
    feedback: { correct: 'relief.bank.b5.correct', incorrect: 'relief.bank.b5.incorrect' },
  },
  {
    id: 'plan_fits_best',
    type: 'single',
    prompt: 'relief.bank.b6.prompt',
    options: [
      { id: 'walk_2_hours_daily', label: 'relief.bank.b6.b', feedback: 'relief.bank.b6.b_feedback' },
      { id: 'walk_5_minutes_ask_gp', label: 'relief.bank.b6.a' },
      { id: 'nothing_until_pain_gone', label: 'relief.bank.b6.c', feedback: 'relief.bank.b6.c_feedback' },
    ],
    correct: ['walk_5_minutes_ask_gp'],
    feedback: { correct: 'relief.bank.b6.correct', incorrect: 'relief.bank.b6.incorrect' },
  },
];

export default bank;
