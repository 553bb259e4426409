// Module 2: what to expect from acupuncture (side effects, how long relief lasts, what
// the NHS can offer). Every fact comes from the clinical source
// (shared/source/acupuncture-leaflet.txt); the text itself lives in en-GB.json.
import type { ModuleContent } from '../../src/course/module-entry';
import ReliefTimeline from './ReliefTimeline.svelte';

const expect: ModuleContent = {
  pages: [
    {
      id: 'effects',
      kind: 'text',
      heading: 'expect.effects.heading',
      notes: ['expect.notes.effects'],
      body: ['expect.effects.p1', 'expect.effects.p2', 'expect.effects.p3'],
    },
    {
      id: 'lasts',
      kind: 'text',
      heading: 'expect.lasts.heading',
      notes: ['expect.notes.lasts'],
      body: ['expect.lasts.p1', 'expect.lasts.p2', 'expect.lasts.p3'],
    },
    {
      id: 'timeline',
      kind: 'activity',
      heading: 'expect.timeline.heading',
      notes: ['expect.notes.timeline'],
      body: ['expect.timeline.p1', 'expect.timeline.p2', 'expect.timeline.p3'],
      // p3 tells a learner to move the slider: the facilitator does that for the room.
      presenterBody: ['expect.timeline.p1', 'expect.timeline.p2'],
      component: ReliefTimeline,
    },
    {
      id: 'repeat',
      kind: 'text',
      heading: 'expect.repeat.heading',
      notes: ['expect.notes.repeat'],
      body: ['expect.repeat.p1', 'expect.repeat.p2', 'expect.repeat.p3', 'expect.repeat.p4'],
    },
    {
      id: 'nhs',
      kind: 'text',
      heading: 'expect.nhs.heading',
      notes: ['expect.notes.nhs'],
      body: ['expect.nhs.p1', 'expect.nhs.p2', 'expect.nhs.p3'],
    },
    {
      id: 'longrun',
      kind: 'text',
      heading: 'expect.longrun.heading',
      notes: ['expect.notes.longrun'],
      body: ['expect.longrun.p1', 'expect.longrun.p2', 'expect.longrun.p3'],
    },
    {
      id: 'check',
      kind: 'quiz',
      heading: 'expect.check.heading',
      notes: ['expect.notes.check'],
      body: ['expect.check.p1'],
      questions: [
        {
          id: 'relief_lasts_months',
          type: 'truefalse',
          prompt: 'expect.check.q1.prompt',
          correct: ['false'],
          feedback: {
            correct: 'expect.check.q1.correct',
            incorrect: 'expect.check.q1.incorrect',
          },
        },
        {
          id: 'side_effects_how_often',
          type: 'single',
          prompt: 'expect.check.q2.prompt',
          options: [
            { id: 'very_rarely', label: 'expect.check.q2.a' },
            { id: 'quite_often', label: 'expect.check.q2.b', feedback: 'expect.check.q2.b_feedback' },
            { id: 'almost_every_time', label: 'expect.check.q2.c' },
          ],
          correct: ['very_rarely'],
          feedback: {
            correct: 'expect.check.q2.correct',
            incorrect: 'expect.check.q2.incorrect',
          },
        },
        {
          id: 'relief_wears_off',
          type: 'multiple',
          prompt: 'expect.check.q3.prompt',
          hint: 'expect.check.q3.hint',
          options: [
            { id: 'going_back_for_treatment', label: 'expect.check.q3.a' },
            { id: 'pain_goes_up', label: 'expect.check.q3.b' },
            { id: 'side_effects', label: 'expect.check.q3.c', feedback: 'expect.check.q3.c_feedback' },
          ],
          correct: ['going_back_for_treatment', 'pain_goes_up'],
          feedback: {
            correct: 'expect.check.q3.correct',
            incorrect: 'expect.check.q3.incorrect',
          },
        },
        {
          id: 'why_no_long_term_nhs',
          type: 'single',
          prompt: 'expect.check.q4.prompt',
          options: [
            { id: 'not_safe', label: 'expect.check.q4.a', feedback: 'expect.check.q4.a_feedback' },
            { id: 'regular_treatment_hard', label: 'expect.check.q4.b' },
            { id: 'never_works', label: 'expect.check.q4.c', feedback: 'expect.check.q4.c_feedback' },
          ],
          correct: ['regular_treatment_hard'],
          feedback: {
            correct: 'expect.check.q4.correct',
            incorrect: 'expect.check.q4.incorrect',
          },
        },
        {
          id: 'short_course_offered',
          type: 'truefalse',
          prompt: 'expect.check.q5.prompt',
          correct: ['true'],
          feedback: {
            correct: 'expect.check.q5.correct',
            incorrect: 'expect.check.q5.incorrect',
          },
        },
      ],
    },
    {
      id: 'takeaway',
      kind: 'text',
      takeaway: true,
      help: true,
      heading: 'expect.takeaway.heading',
      notes: ['expect.notes.takeaway'],
      body: ['expect.takeaway.p1', 'expect.takeaway.p2', 'expect.takeaway.p3', 'expect.takeaway.help'],
    },
  ],
};

export default expect;
