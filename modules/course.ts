// The course: its modules in order and its settings. Adding a module means adding a
// folder modules/<id>/ and a line here (see the README); the engine in src/ does not change.
import type { Course } from '../src/course/types';
import { withDefaults } from '../src/course/settings';
import { moduleEntry } from '../src/course/module-entry';
import { renamed } from './renamed';

export const course: Course = {
  id: 'acupuncture_pain',
  title: 'course.title',
  description: 'course.description',
  outcomes: ['course.outcomes.endorphins', 'course.outcomes.limits', 'course.outcomes.help'],
  duration: 'course.duration',
  settings: withDefaults({
    masteryScore: 80,
    // The parts' checks are for learning; the final check is the graded result.
    partChecksGraded: false,
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
    moduleEntry('endorphins', () => import('./endorphins/module')),
    moduleEntry('expect', () => import('./expect/module')),
    moduleEntry('active', () => import('./active/module')),
    moduleEntry('relief', () => import('./relief/module')),
  ],
};

export default course;
