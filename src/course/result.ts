// The course result the LMS is told about, derived from progress alone.
import type { Course } from './types';
import type { Progress } from './progress';

/** Objective id of the final assessment, beside one per module. */
export const ASSESSMENT_ID = 'assessment';

export interface CourseResult {
  /** Every module done. */
  completed: boolean;
  /** The course has a score to report (the assessment, or every knowledge check). */
  scored: boolean;
  /** 0-100, to two decimals. */
  score: number | undefined;
  passed: boolean;
  /** Per module (and the assessment, when there is one), for objectives. */
  modules: { id: string; done: boolean; score: number | undefined; passed: boolean | undefined }[];
}

export function courseResult(course: Course, progress: Progress): CourseResult {
  const mastery = course.settings.masteryScore;
  const modules = course.modules.map((m) => {
    const p = progress.modules[m.id];
    const score = p?.score;
    return {
      id: m.id,
      done: p?.done ?? false,
      score,
      passed: score === undefined ? undefined : score >= mastery,
    };
  });
  const completed = modules.every((m) => m.done);

  if (course.assessment) {
    // With a final assessment, it alone decides the score and the pass.
    const a = progress.assessment;
    const score = a?.score;
    const passed = a?.passed ?? false;
    const objective = { id: ASSESSMENT_ID, done: score !== undefined, score, passed: score === undefined ? undefined : passed };
    return { completed, scored: score !== undefined, score, passed, modules: [...modules, objective] };
  }

  const scores = modules.map((m) => m.score).filter((s): s is number => s !== undefined);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
  const scored = scores.length > 0 && modules.every((m) => m.score !== undefined || m.done);
  return {
    completed,
    scored,
    // Two decimals, not a whole number: an LMS that compares the score with the
    // mastery score itself must reach the same verdict (79.5 is below 80).
    score: mean === undefined ? undefined : Math.round(mean * 100) / 100,
    passed: scored && mean !== undefined && mean >= mastery,
    modules,
  };
}
