// The course: its modules in order and its settings. Adding a module means adding a
// folder under modules/ and a line here; the engine in src/ does not change.
import type { Course } from '../src/course/types';
import { withDefaults } from '../src/course/settings';
import { renamed } from './renamed';

export const course: Course = {
  id: 'acupuncture_pain',
  title: 'course.title',
  description: 'course.description',
  outcomes: ['course.outcomes.endorphins', 'course.outcomes.limits', 'course.outcomes.help'],
  duration: 'course.duration',
  settings: withDefaults({
    masteryScore: 80,
    scorm12Reporting: 'passed-failed',
    assessmentQuestions: 10,
    assessmentAttempts: 0,
    assessmentAfterModules: true,
  }),
  assessment: {
    title: 'assessment.title',
    intro: ['assessment.intro.p1', 'assessment.intro.p2'],
    load: () => import('./assessment'),
  },
  renamed,
  modules: [
    {
      id: 'endorphins',
      title: 'endorphins.title',
      summary: 'endorphins.summary',
      load: () => import('./endorphins/module'),
    },
    {
      id: 'expect',
      title: 'expect.title',
      summary: 'expect.summary',
      load: () => import('./expect/module'),
    },
    {
      id: 'active',
      title: 'active.title',
      summary: 'active.summary',
      load: () => import('./active/module'),
    },
    {
      id: 'relief',
      title: 'relief.title',
      summary: 'relief.summary',
      load: () => import('./relief/module'),
    },
  ],
};

export default course;
