// Module 1: how acupuncture eases pain. Every fact comes from the clinical source
// (shared/source/acupuncture-leaflet.txt); the text itself lives in en-GB.json.
import type { Module } from '../../src/course/types';
import EndorphinPathway from './EndorphinPathway.svelte';

const endorphins: Module = {
  id: 'endorphins',
  title: 'endorphins.title',
  summary: 'endorphins.summary',
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
          id: 'q1',
          type: 'single',
          prompt: 'endorphins.check.q1.prompt',
          options: [
            { id: 'a', label: 'endorphins.check.q1.a', feedback: 'endorphins.check.q1.a_feedback' },
            { id: 'b', label: 'endorphins.check.q1.b' },
            { id: 'c', label: 'endorphins.check.q1.c', feedback: 'endorphins.check.q1.c_feedback' },
          ],
          correct: ['b'],
          feedback: {
            correct: 'endorphins.check.q1.correct',
            incorrect: 'endorphins.check.q1.incorrect',
          },
        },
        {
          id: 'q2',
          type: 'single',
          prompt: 'endorphins.check.q2.prompt',
          options: [
            { id: 'a', label: 'endorphins.check.q2.a' },
            { id: 'b', label: 'endorphins.check.q2.b', feedback: 'endorphins.check.q2.b_feedback' },
            { id: 'c', label: 'endorphins.check.q2.c', feedback: 'endorphins.check.q2.c_feedback' },
          ],
          correct: ['a'],
          feedback: {
            correct: 'endorphins.check.q2.correct',
            incorrect: 'endorphins.check.q2.incorrect',
          },
        },
        {
          id: 'q3',
          type: 'multiple',
          prompt: 'endorphins.check.q3.prompt',
          hint: 'endorphins.check.q3.hint',
          options: [
            { id: 'a', label: 'endorphins.check.q3.a' },
            { id: 'b', label: 'endorphins.check.q3.b' },
            { id: 'c', label: 'endorphins.check.q3.c' },
            { id: 'd', label: 'endorphins.check.q3.d', feedback: 'endorphins.check.q3.d_feedback' },
          ],
          correct: ['a', 'b', 'c'],
          feedback: {
            correct: 'endorphins.check.q3.correct',
            incorrect: 'endorphins.check.q3.incorrect',
          },
        },
        {
          id: 'q4',
          type: 'truefalse',
          prompt: 'endorphins.check.q4.prompt',
          correct: ['false'],
          feedback: {
            correct: 'endorphins.check.q4.correct',
            incorrect: 'endorphins.check.q4.incorrect',
          },
        },
        {
          id: 'q5',
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
      body: [
        'endorphins.takeaway.p1',
        'endorphins.takeaway.p2',
        'endorphins.takeaway.p3',
        'endorphins.takeaway.help',
      ],
    },
  ],
};

export default endorphins;
