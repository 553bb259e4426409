// Question and option ids before they were renamed to say what they are (format 3 of the
// saved progress, src/tracking/state-codec.ts). Progress saved with the old ids is read
// through this table, so no learner loses it. Never edit or remove an entry.
import type { IdRenames } from '../src/course/types';

export const renamed: IdRenames = {
  endorphins: {
    q1: { id: 'what_happens', options: { a: 'swallow_tablet', b: 'fine_needles', c: 'muscle_rub' } },
    q2: { id: 'what_endorphins_are', options: { a: 'own_painkillers', b: 'needle_medicine', c: 'needle_type' } },
    q3: { id: 'where_endorphins_released', options: { a: 'where_needles_go', b: 'spinal_cord', c: 'brain', d: 'inside_needles' } },
    q4: { id: 'works_for_everybody' },
    q5: { id: 'helps_muscle_pain' },
  },
  assessment: {
    endorphins_b1: { id: 'years_in_use', options: { a: 'about_30_years', b: 'over_2000_years', c: 'about_100_years' } },
    endorphins_b2: { id: 'endorphins_are_natural' },
    endorphins_b3: { id: 'what_needles_do', options: { a: 'put_in_medicine', b: 'set_off_release', c: 'make_muscles_stronger' } },
    endorphins_b4: { id: 'which_pain_helped', options: { a: 'back_pain', b: 'neck_pain', c: 'headaches', d: 'every_kind_of_pain' } },
    endorphins_b5: { id: 'other_substances' },
    endorphins_b6: { id: 'needles_are_thick' },
    expect_b1: { id: 'how_long_relief_lasts', options: { a: 'few_hours', b: 'days_to_weeks', c: 'many_years' } },
    expect_b2: { id: 'side_effects_common' },
    expect_b3: { id: 'short_course_sessions', options: { a: 'two', b: 'six', c: 'twenty' } },
    expect_b4: { id: 'which_are_true', options: { a: 'side_effects_rare', b: 'relief_days_to_weeks', c: 'nhs_for_life', d: 'team_helps_cope' } },
    expect_b5: { id: 'long_term_small_group' },
    expect_b6: { id: 'why_teach_coping', options: { a: 'did_something_wrong', b: 'cope_long_run', c: 'many_side_effects' } },
    active_b1: { id: 'sam_stopped_stretches', options: { a: 'relying_on_passive', b: 'doing_too_much', c: 'in_control' } },
    active_b2: { id: 'active_means_control' },
    active_b3: { id: 'which_is_passive', options: { a: 'planning_week', b: 'pain_relief_injection', c: 'stretching' } },
    active_b4: { id: 'which_are_active', options: { a: 'pacing', b: 'relaxation_practice', c: 'having_acupuncture', d: 'going_for_walk' } },
    active_b5: { id: 'passive_means_not_working' },
    active_b6: { id: 'eased_what_to_do', options: { a: 'stop_active_things', b: 'keep_doing_active', c: 'rest_until_gone' } },
    relief_b1: { id: 'best_way_to_live', options: { a: 'wait_until_pain_gone', b: 'get_fitter_stronger', c: 'weekly_acupuncture' } },
    relief_b2: { id: 'good_spell_good_time' },
    relief_b3: { id: 'start_swimming', options: { a: 'swim_as_long_as_you_can', b: 'short_then_build_up', c: 'wait_until_no_pain' } },
    relief_b4: { id: 'gentle_activities', options: { a: 'gardening', b: 'walking', c: 'stretching', d: 'moving_heavy_furniture' } },
    relief_b5: { id: 'only_after_acupuncture' },
    relief_b6: { id: 'plan_fits_best', options: { a: 'walk_5_minutes_ask_gp', b: 'walk_2_hours_daily', c: 'nothing_until_pain_gone' } },
  },
  expect: {
    q1: { id: 'relief_lasts_months' },
    q2: { id: 'side_effects_how_often', options: { a: 'very_rarely', b: 'quite_often', c: 'almost_every_time' } },
    q3: { id: 'relief_wears_off', options: { a: 'going_back_for_treatment', b: 'pain_goes_up', c: 'side_effects' } },
    q4: { id: 'why_no_long_term_nhs', options: { a: 'not_safe', b: 'regular_treatment_hard', c: 'never_works' } },
    q5: { id: 'short_course_offered' },
  },
  active: {
    q1: {
      id: 'passive_or_active',
      items: {
        a: 'going_for_walk',
        b: 'having_acupuncture',
        c: 'pacing_your_day',
        d: 'having_massage',
        e: 'stretching',
        f: 'having_injection',
        g: 'relaxation_practice',
        h: 'planning_your_week',
      },
      categories: { p: 'passive', a: 'active' },
    },
    q2: { id: 'what_passive_means', options: { a: 'done_to_you', b: 'do_it_yourself', c: 'does_not_work' } },
    q3: { id: 'risk_of_depending', options: { a: 'take_focus_away', b: 'always_side_effects', c: 'no_risk_at_all' } },
    q4: { id: 'needing_treatment_failed' },
  },
  relief: {
    q1: { id: 'use_relief_time', options: { a: 'wait_until_pain_gone', b: 'get_fitter_stronger', c: 'all_at_once' } },
    q2: { id: 'relief_lasts_many_months' },
    q3: { id: 'ways_to_start', options: { a: 'short_walk', b: 'gentle_stretching', c: 'start_5_to_10_minutes', d: 'long_hard_run' } },
    q4: { id: 'check_before_new_activity' },
  },
};
