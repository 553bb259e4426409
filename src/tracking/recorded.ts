// What the LMS already holds sets a floor under what the course reports: a relaunch after
// "Start again", an LMS that hands back an old attempt, or a device that lost its progress
// must never turn a completed, passed or higher-scored record into a lesser one.
import type { CourseResult } from '../course/result';
import type { Recorded } from './backend';

/** `result`, raised where the LMS's record is better; the record itself when it is. */
export function floorResult(result: CourseResult, recorded: Recorded): CourseResult {
  const best = higher(result, recorded);
  return { ...result, ...best, scored: result.scored || recorded.score !== undefined || recorded.passed };
}

/** The better of two records, element by element. */
export function higher(a: Recorded, b: Recorded): Recorded {
  const score = a.score === undefined ? b.score : b.score === undefined ? a.score : Math.max(a.score, b.score);
  return { completed: a.completed || b.completed, passed: a.passed || b.passed, score };
}
