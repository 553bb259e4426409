import type { CourseSettings } from './types';

export const DEFAULT_SETTINGS: Readonly<CourseSettings> = Object.freeze({
  masteryScore: 80,
  partChecksGraded: false,
  scorm12Reporting: 'passed-failed',
  assessmentQuestions: 10,
  assessmentAttempts: 0,
  assessmentAfterModules: true,
});

/** Defaults first, then the course's own settings. */
export function withDefaults(settings: Partial<CourseSettings>): CourseSettings {
  return { ...DEFAULT_SETTINGS, ...settings };
}
