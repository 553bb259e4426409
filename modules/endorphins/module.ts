// Module 1: how acupuncture eases pain. Every fact comes from the clinical source
// (shared/source/acupuncture-leaflet.txt); the text itself lives in en-GB.json.
import type { ModuleContent } from '../../src/course/module-entry';
import EndorphinPathway from './EndorphinPathway.svelte';

const endorphins: ModuleContent = {
  pages: [
    {
      id: 'what',
      kind: 'text',
      heading: 'endorphins.what.heading',
      notes: ['endorphins.notes.what'],
      body: ['endorphins.what.p1', 'endorphins.what.p2', 'endorphins.what.p3'],
    },
    {
      id: 'how',
      kind: 'text',
      heading: 'endorphins.how.heading',
      notes: ['endorphins.notes.how'],
      body: ['endorphins.how.p1', 'endorphins.how.p2', 'endorphins.how.p3', 'endorphins.how.p4'],
    },
    {
      id: 'pathway',
      kind: 'activity',
      heading: 'endorphins.pathway.heading',
      notes: ['endorphins.notes.pathway'],
      body: ['endorphins.pathway.p1', 'endorphins.pathway.p2'],
      // p2 tells a learner to press Next step: the facilitator does that for the room.
      presenterBody: ['endorphins.pathway.p1'],
      component: EndorphinPathway,
    },
    {
      id: 'helps',
      kind: 'text',
      heading: 'endorphins.helps.heading',
      notes: ['endorphins.notes.helps'],
      body: ['endorphins.helps.p1', 'endorphins.helps.p2', 'endorphins.helps.p3'],
    },
    {
      id: 'check',
      kind: 'quiz',
      heading: 'endorphins.check.heading',
      notes: ['endorphins.notes.check'],
      body: ['endorphins.check.p1'],
      questions: [
        {
          id: 'what_happens',
          type: 'single',
          prompt: 'endorphins.check.q1.prompt',
          options: [
            { id: 'swallow_tablet', label: 'endorphins.check.q1.a', feedback: 'endorphins.check.q1.a_feedback' },
            { id: 'fine_needles', label: 'endorphins.check.q1.b' },
            { id: 'muscle_rub', label: 'endorphins.check.q1.c', feedback: 'endorphins.check.q1.c_feedback' },
          ],
          correct: ['fine_needles'],
          feedback: {
            correct: 'endorphins.check.q1.correct',
            incorrect: 'endorphins.check.q1.incorrect',
          },
        },
        {
          id: 'what_endorphins_are',
          type: 'single',
          prompt: 'endorphins.check.q2.prompt',
          options: [
            { id: 'needle_medicine', label: 'endorphins.check.q2.b', feedback: 'endorphins.check.q2.b_feedback' },
            { id: 'needle_type', label: 'endorphins.check.q2.c', feedback: 'endorphins.check.q2.c_feedback' },
            { id: 'own_painkillers', label: 'endorphins.check.q2.a' },
          ],
          correct: ['own_painkillers'],
          feedback: {
            correct: 'endorphins.check.q2.correct',
            incorrect: 'endorphins.check.q2.incorrect',
          },
        },
        {
          id: 'where_endorphins_released',
          type: 'multiple',
          prompt: 'endorphins.check.q3.prompt',
          hint: 'endorphins.check.q3.hint',
          options: [
            { id: 'where_needles_go', label: 'endorphins.check.q3.a' },
            { id: 'spinal_cord', label: 'endorphins.check.q3.b' },
            { id: 'brain', label: 'endorphins.check.q3.c' },
            { id: 'inside_needles', label: 'endorphins.check.q3.d', feedback: 'endorphins.check.q3.d_feedback' },
          ],
          correct: ['where_needles_go', 'spinal_cord', 'brain'],
          feedback: {
            correct: 'endorphins.check.q3.correct',
            incorrect: 'endorphins.check.q3.incorrect',
          },
        },
        {
          id: 'works_for_everybody',
          type: 'truefalse',
          prompt: 'endorphins.check.q4.prompt',
          correct: ['false'],
          feedback: {
            correct: 'endorphins.check.q4.correct',
            incorrect: 'endorphins.check.q4.incorrect',
          },
        },
        {
          id: 'helps_muscle_pain',
          type: 'truefalse',
          prompt: 'endorphins.check.q5.prompt',
          correct: ['true'],
          feedback: {
            correct: 'endorphins.check.q5.correct',
            incorrect: 'endorphins.check.q5.incorrect',
          },
        },
      ],
    },
    {
      id: 'takeaway',
      kind: 'text',
      takeaway: true,
      help: true,
      heading: 'endorphins.takeaway.heading',
      notes: ['endorphins.notes.takeaway'],
      body: ['endorphins.takeaway.p1', 'endorphins.takeaway.p2', 'endorphins.takeaway.p3', 'endorphins.takeaway.help'],
    },
  ],
};

export default endorphins;
