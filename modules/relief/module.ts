// Module 4: making relief count. When acupuncture (or anything else) eases pain, use
// that time to get fitter and stronger, starting small; then make a plan. Every fact
// comes from the clinical source (shared/source/acupuncture-leaflet.txt); the text
// itself lives in en-GB.json.
import type { ModuleContent } from '../../src/course/module-entry';
import PlanBuilder from './PlanBuilder.svelte';
import PlanSummary from './PlanSummary.svelte';

const relief: ModuleContent = {
  pages: [
    {
      id: 'spell',
      kind: 'text',
      heading: 'relief.spell.heading',
      notes: ['relief.notes.spell'],
      body: ['relief.spell.p1', 'relief.spell.p2', 'relief.spell.p3', 'relief.spell.p4'],
    },
    {
      id: 'why',
      kind: 'text',
      heading: 'relief.why.heading',
      notes: ['relief.notes.why'],
      body: ['relief.why.p1', 'relief.why.p2', 'relief.why.p3'],
    },
    {
      id: 'start',
      kind: 'text',
      heading: 'relief.start.heading',
      notes: ['relief.notes.start'],
      body: ['relief.start.p1', 'relief.start.p2', 'relief.start.p3', 'relief.start.p4'],
    },
    {
      id: 'ask',
      kind: 'text',
      heading: 'relief.ask.heading',
      notes: ['relief.notes.ask'],
      body: ['relief.ask.p1', 'relief.ask.p2', 'relief.ask.p3'],
    },
    {
      id: 'plan',
      kind: 'activity',
      heading: 'relief.plan.heading',
      notes: ['relief.notes.plan'],
      presenterPrompt: 'relief.plan.presenterPrompt',
      body: ['relief.plan.p1', 'relief.plan.p2'],
      component: PlanBuilder,
      summary: PlanSummary,
    },
    {
      id: 'check',
      kind: 'quiz',
      heading: 'relief.check.heading',
      notes: ['relief.notes.check'],
      body: ['relief.check.p1'],
      questions: [
        {
          id: 'use_relief_time',
          type: 'single',
          prompt: 'relief.check.q1.prompt',
          options: [
            { id: 'wait_until_pain_gone', label: 'relief.check.q1.a', feedback: 'relief.check.q1.a_feedback' },
            { id: 'get_fitter_stronger', label: 'relief.check.q1.b' },
            { id: 'all_at_once', label: 'relief.check.q1.c', feedback: 'relief.check.q1.c_feedback' },
          ],
          correct: ['get_fitter_stronger'],
          feedback: { correct: 'relief.check.q1.correct', incorrect: 'relief.check.q1.incorrect' },
        },
        {
          id: 'relief_lasts_many_months',
          type: 'truefalse',
          prompt: 'relief.check.q2.prompt',
          correct: ['false'],
          feedback: { correct: 'relief.check.q2.correct', incorrect: 'relief.check.q2.incorrect' },
        },
        {
          id: 'ways_to_start',
          type: 'multiple',
          prompt: 'relief.check.q3.prompt',
          hint: 'relief.check.q3.hint',
          options: [
            { id: 'short_walk', label: 'relief.check.q3.a' },
            { id: 'gentle_stretching', label: 'relief.check.q3.b' },
            { id: 'start_5_to_10_minutes', label: 'relief.check.q3.c' },
            { id: 'long_hard_run', label: 'relief.check.q3.d', feedback: 'relief.check.q3.d_feedback' },
          ],
          correct: ['short_walk', 'gentle_stretching', 'start_5_to_10_minutes'],
          feedback: { correct: 'relief.check.q3.correct', incorrect: 'relief.check.q3.incorrect' },
        },
        {
          id: 'check_before_new_activity',
          type: 'truefalse',
          prompt: 'relief.check.q4.prompt',
          correct: ['true'],
          feedback: { correct: 'relief.check.q4.correct', incorrect: 'relief.check.q4.incorrect' },
        },
      ],
    },
    {
      id: 'takeaway',
      kind: 'text',
      takeaway: true,
      help: true,
      heading: 'relief.takeaway.heading',
      notes: ['relief.notes.takeaway'],
      body: ['relief.takeaway.p1', 'relief.takeaway.p2', 'relief.takeaway.p3', 'relief.takeaway.help'],
    },
  ],
};

export default relief;
