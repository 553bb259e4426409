// What the LMS tracked in a preview page, in language-neutral terms, for the tests that
// compare a run in one language with a run in another.
import type { Page } from '@playwright/test';
import { cmi, suspendDataSet, type Version } from './fixtures';
import type { CourseData } from './course-data';
import { decodeProgress } from '../../src/tracking/state-codec';
import type { Progress } from '../../src/course/progress';

/** What the LMS holds about the answers and progress, language-neutral by design. */
export interface Tracked {
  /** Interaction ids in the order answered. */
  ids: string[];
  /** By interaction id: the learner's response and the result. */
  answers: Record<string, { response: string; result: string }>;
  /** The last suspend data, and every one set. */
  suspendData: string;
  allSuspendData: string[];
  progress: Progress | null;
}

export async function trackedData(page: Page, version: Version, data: CourseData): Promise<Tracked> {
  const lms = await cmi(page);
  const response = version === '1.2' ? 'student_response' : 'learner_response';
  const ids: string[] = [];
  const answers: Tracked['answers'] = {};
  for (let n = 0; lms[`cmi.interactions.${n}.id`] !== undefined; n++) {
    const id = lms[`cmi.interactions.${n}.id`]!;
    ids.push(id);
    answers[id] = { response: lms[`cmi.interactions.${n}.${response}`] ?? '', result: lms[`cmi.interactions.${n}.result`] ?? '' };
  }
  const allSuspendData = await suspendDataSet(page);
  const suspendData = lms['cmi.suspend_data'] ?? '';
  const progress = decodeProgress(
    suspendData,
    data.course.id,
    data.modules.map((m) => m.id),
  );
  return { ids, answers, suspendData, allSuspendData, progress };
}
