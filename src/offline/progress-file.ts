// The learner's progress as a small file, to carry the standalone course to another
// device (there is no server to sync through). The file wraps the same versioned,
// validated form the course saves anyway (src/tracking/state-codec.ts), so an older
// file is migrated like older saved progress, and anything else is refused with a reason.
import type { Course } from '../course/types';
import type { Progress } from '../course/progress';
import { decodeProgress, encodeProgress } from '../tracking/state-codec';

/** What the file says it is, so a file from elsewhere is told apart from a damaged one. */
export const FILE_KIND = 'course-progress';
/** The wrapper's own shape; the progress inside carries its own version. */
export const FILE_VERSION = 1;
/** Far more than a whole course's progress (a few KB): anything bigger is not ours. */
export const MAX_FILE_BYTES = 64 * 1024;

export type FileProblem = 'tooBig' | 'notJson' | 'notProgress' | 'otherCourse' | 'newer' | 'damaged';
export type FileResult = { ok: true; progress: Progress; saved: string } | { ok: false; problem: FileProblem };

export function progressFile(course: Course, progress: Progress, now: Date = new Date()): string {
  const file = { kind: FILE_KIND, version: FILE_VERSION, course: course.id, saved: now.toISOString(), progress: encodeProgress(progress, course.id) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const fileName = (course: Course, now: Date = new Date()) => `${course.id}-progress-${now.toISOString().slice(0, 10)}.json`;

export function readProgressFile(text: string, course: Course): FileResult {
  if (new Blob([text]).size > MAX_FILE_BYTES) return { ok: false, problem: 'tooBig' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (!file || typeof file !== 'object' || (file as { kind?: unknown }).kind !== FILE_KIND) return { ok: false, problem: 'notProgress' };
  const { version, course: id, progress, saved } = file as Record<string, unknown>;
  if (id !== course.id) return { ok: false, problem: 'otherCourse' };
  if (typeof version !== 'number' || version > FILE_VERSION) return { ok: false, problem: 'newer' };
  if (typeof progress !== 'string') return { ok: false, problem: 'damaged' };
  const decoded = decodeProgress(
    progress,
    course.id,
    course.modules.map((m) => m.id),
  );
  if (!decoded) return { ok: false, problem: 'damaged' };
  return { ok: true, progress: decoded, saved: typeof saved === 'string' ? saved : '' };
}
