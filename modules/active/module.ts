// Module 3: passive treatment (someone does something to you) and active
// self-management (you are in control). The facts come from the clinical source
// (shared/source/acupuncture-leaflet.txt); the everyday examples in the sort question
// (massage, walking, pacing...) are general knowledge. The text lives in en-GB.json.
import type { ModuleContent } from '../../src/course/module-entry';

const active: ModuleContent = {
  pages: [
    {
      id: 'passive',
      kind: 'text',
      heading: 'active.passive.heading',
      notes: ['active.notes.passive'],
      body: ['active.passive.p1', 'active.passive.p2', 'active.passive.p3'],
    },
    {
      id: 'control',
      kind: 'text',
      heading: 'active.control.heading',
      notes: ['active.notes.control'],
      body: ['active.control.p1', 'active.control.p2', 'active.control.p3'],
    },
    {
      id: 'risk',
      kind: 'text',
      heading: 'active.risk.heading',
      notes: ['active.notes.risk'],
      body: ['active.risk.p1', 'active.risk.p2', 'active.risk.p3'],
    },
    {
      id: 'okay',
      kind: 'text',
      heading: 'active.okay.heading',
      notes: ['active.notes.okay'],
      body: ['active.okay.p1', 'active.okay.p2', 'active.okay.p3'],
    },
    {
      id: 'check',
      kind: 'quiz',
      heading: 'active.check.heading',
      notes: ['active.notes.check'],
      body: ['active.check.p1'],
      questions: [
        {
          id: 'passive_or_active',
          type: 'sort',
          prompt: 'active.check.q1.prompt',
          hint: 'active.check.q1.hint',
          categories: [
            { id: 'passive', label: 'active.check.q1.passive' },
            { id: 'active', label: 'active.check.q1.active' },
          ],
          // Mixed order, so the answer is not a pattern.
          items: [
            { id: 'going_for_walk', label: 'active.check.q1.a', category: 'active', feedback: 'active.check.q1.a_feedback' },
            { id: 'having_acupuncture', label: 'active.check.q1.b', category: 'passive', feedback: 'active.check.q1.b_feedback' },
            { id: 'pacing_your_day', label: 'active.check.q1.c', category: 'active', feedback: 'active.check.q1.c_feedback' },
            { id: 'having_massage', label: 'active.check.q1.d', category: 'passive', feedback: 'active.check.q1.d_feedback' },
            { id: 'stretching', label: 'active.check.q1.e', category: 'active', feedback: 'active.check.q1.e_feedback' },
            { id: 'having_injection', label: 'active.check.q1.f', category: 'passive', feedback: 'active.check.q1.f_feedback' },
            { id: 'relaxation_practice', label: 'active.check.q1.g', category: 'active', feedback: 'active.check.q1.g_feedback' },
            { id: 'planning_your_week', label: 'active.check.q1.h', category: 'active', feedback: 'active.check.q1.h_feedback' },
          ],
          feedback: {
            correct: 'active.check.q1.correct',
            incorrect: 'active.check.q1.incorrect',
          },
        },
        {
          id: 'what_passive_means',
          type: 'single',
          prompt: 'active.check.q2.prompt',
          options: [
            { id: 'done_to_you', label: 'active.check.q2.a' },
            { id: 'do_it_yourself', label: 'active.check.q2.b', feedback: 'active.check.q2.b_feedback' },
            { id: 'does_not_work', label: 'active.check.q2.c', feedback: 'active.check.q2.c_feedback' },
          ],
          correct: ['done_to_you'],
          feedback: {
            correct: 'active.check.q2.correct',
            incorrect: 'active.check.q2.incorrect',
          },
        },
        {
          id: 'risk_of_depending',
          type: 'single',
          prompt: 'active.check.q3.prompt',
          options: [
            { id: 'always_side_effects', label: 'active.check.q3.b', feedback: 'active.check.q3.b_feedback' },
            { id: 'no_risk_at_all', label: 'active.check.q3.c', feedback: 'active.check.q3.c_feedback' },
            { id: 'take_focus_away', label: 'active.check.q3.a' },
          ],
          correct: ['take_focus_away'],
          feedback: {
            correct: 'active.check.q3.correct',
            incorrect: 'active.check.q3.incorrect',
          },
        },
        {
          id: 'needing_treatment_failed',
          type: 'truefalse',
          prompt: 'active.check.q4.prompt',
          correct: ['false'],
          feedback: {
            correct: 'active.check.q4.correct',
            incorrect: 'active.check.q4.incorrect',
          },
        },
      ],
    },
    {
      id: 'takeaway',
      kind: 'text',
      takeaway: true,
      help: true,
      heading: 'active.takeaway.heading',
      notes: ['active.notes.takeaway'],
      body: ['active.takeaway.p1', 'active.takeaway.p2', 'active.takeaway.p3', 'active.takeaway.help'],
    },
  ],
};

export default active;
