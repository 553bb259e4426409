// The course: its modules in order and its settings. Adding a module means adding a
// folder under modules/ and a line here; the engine in src/ does not change.
import type { Course } from '../src/course/types';
import { withDefaults } from '../src/course/settings';

export const course: Course = {
  id: 'acupuncture_pain',
  title: 'course.title',
  description: 'course.description',
  outcomes: ['course.outcomes.endorphins', 'course.outcomes.limits', 'course.outcomes.help'],
  duration: 'course.duration',
  settings: withDefaults({ masteryScore: 80, scorm12Reporting: 'passed-failed' }),
  modules: [
    {
      id: 'endorphins',
      title: 'endorphins.title',
      summary: 'endorphins.summary',
      load: () => import('./endorphins/module'),
    },
  ],
};

export default course;
