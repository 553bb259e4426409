// The course result the LMS is told about, derived from progress alone.
import type { Course } from './types';
import type { AssessmentProgress, Progress } from './progress';

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
  /**
   * Per module (and the assessment, when there is one), for objectives. `passed` is
   * undefined where there is no verdict to report: no score yet, or a part check the
   * course does not grade (settings.partChecksGraded).
   */
  modules: { id: string; done: boolean; score: number | undefined; passed: boolean | undefined }[];
}

export function courseResult(course: Course, progress: Progress): CourseResult {
  const mastery = course.settings.masteryScore;
  const graded = course.settings.partChecksGraded;
  const modules = course.modules.map((m) => {
    const p = progress.modules[m.id];
    const score = p?.score;
    return {
      id: m.id,
      done: p?.done ?? false,
      score,
      // A part's check is for learning: no verdict unless the course grades it.
      passed: score === undefined || !graded ? undefined : score >= mastery,
    };
  });
  const completed = modules.every((m) => m.done);

  if (course.assessment) {
    // With a final assessment, it alone decides the score and the pass.
    const a = progress.assessment;
    const score = a?.score;
    // Passed only with a score at the mark: a 2004 LMS judges score.scaled against the
    // manifest's passing score itself, and must reach the same verdict. (A finished try
    // never leaves a pass with a lower score: see finishTry.)
    const passed = (a?.passed ?? false) && score !== undefined && score >= mastery;
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

/**
 * The assessment after a try ends with `score`. A pass sticks, and with it the best
 * score, so a later, lower try never turns a passed learner into a failed one.
 */
export function finishTry(a: AssessmentProgress, score: number, mastery: number): AssessmentProgress {
  const wasPassed = a.passed === true && (a.score ?? 0) >= mastery;
  return wasPassed ? { ...a, score: Math.max(score, a.score ?? 0), passed: true } : { ...a, score, passed: score >= mastery };
}
