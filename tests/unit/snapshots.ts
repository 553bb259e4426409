// Snapshots of a one-module course's progress, as the session hands them to the tracker:
// for tracker tests that need progress, answers and a result without a real course.
import { emptyModuleProgress, type Progress } from '../../src/course/progress';
import { courseResult } from '../../src/course/result';
import type { Course } from '../../src/course/types';
import type { Answer } from '../../src/tracking/backend';
import { encodeProgress } from '../../src/tracking/state-codec';
import type { Snapshot } from '../../src/tracking/tracker';

export function snapshotKit(course: Course) {
  const moduleId = course.modules[0]!.id;
  /** Pages seen in the first module; with a score, its check is done. */
  const progress = (seen: string[], score?: number): Progress => ({
    modules: { [moduleId]: { ...emptyModuleProgress(), seen, ...(score === undefined ? {} : { score, done: true }) } },
  });
  const answer = (questionId: string): Answer => ({
    moduleId,
    questionId,
    type: 'single',
    response: ['a'],
    correct: ['a'],
    result: true,
    description: `Question ${questionId}`,
    latencyMs: 1000,
    at: new Date(2024, 0, 1, 10, 0, 0),
  });
  const snap = (p: Progress, location: string, answers: Answer[] = []): Snapshot => ({
    suspendData: encodeProgress(p, course.id),
    location,
    result: courseResult(course, p),
    answers,
  });
  return { progress, answer, snap };
}
