// A read-only copy, on this device, of what the learner made to take home (each activity's
// saved work, such as the plan) in their last passed attempt. An LMS may start the next
// launch as a new, empty attempt (Moodle, SCORM 2004, after exit "normal"): the copy lets
// the learner look back at and print what they made. It is only ever shown: never written
// into the new attempt, never sent to the LMS. Kept per course and learner (a shared
// hospital PC has many); with no learner id from the LMS, nothing is kept.
import type { Id } from '../course/types';
import type { Progress } from '../course/progress';
import { readJsonRecord, isRecord } from '../shared/json';
import { localStore } from '../shared/storage';

/** Bump when the stored shape changes; other formats are dropped, not misread. */
const FORMAT = 1;

/** Each activity's saved state, by module id and page id (as in Progress). */
export type Activities = Record<Id, Record<Id, string>>;

export interface TakeHome {
  /** When it was last kept (ms since 1970). */
  savedAt: number;
  activities: Activities;
}

export interface TakeHomeStore {
  read(): TakeHome | null;
  keep(activities: Activities, now?: number): void;
  remove(): void;
}

export const takeHomeKey = (courseId: string, learnerId: string) => `course:${courseId}:take-home:${learnerId}`;

/** What the learner made in the activities (empty values left out), or null when nothing. */
export function activitiesOf(progress: Progress): Activities | null {
  const kept: Activities = {};
  for (const [moduleId, m] of Object.entries(progress.modules)) {
    const made = Object.entries(m.activities).filter(([, value]) => value !== '');
    if (made.length) kept[moduleId] = Object.fromEntries(made);
  }
  return Object.keys(kept).length ? kept : null;
}

function isActivities(x: unknown): x is Activities {
  return isRecord(x) && Object.values(x).every((m) => isRecord(m) && Object.values(m).every((v) => typeof v === 'string'));
}

/** The copy for this course and learner; null when the LMS names no learner. */
export function openTakeHome(storage: Storage | null, courseId: string, learnerId: string): TakeHomeStore | null {
  if (!learnerId) return null;
  const key = takeHomeKey(courseId, learnerId);
  return {
    read() {
      try {
        const data = readJsonRecord(storage?.getItem(key));
        if (data?.format === FORMAT && typeof data.savedAt === 'number' && isActivities(data.activities)) {
          return { savedAt: data.savedAt, activities: data.activities };
        }
      } catch {
        // Blocked storage: nothing kept.
      }
      return null;
    },
    keep(activities, now = Date.now()) {
      try {
        storage?.setItem(key, JSON.stringify({ format: FORMAT, savedAt: now, activities }));
      } catch {
        // Full or blocked: the LMS still holds the attempt; only the copy is missing.
      }
    },
    remove() {
      try {
        storage?.removeItem(key);
      } catch {
        // Blocked storage: nothing was kept.
      }
    },
  };
}

/** The learner's copy in this browser, for this session's course and learner. */
export const takeHomeFor = (course: { id: string }, tracker: { learnerId: string }) => openTakeHome(localStore(), course.id, tracker.learnerId);

/**
 * After a pass in a session that records (never in review or browse), keeps what the
 * learner made, so later changes to the plan are kept too. True when it kept something.
 */
export function keepAfterPass(store: TakeHomeStore | null, { passed, recording }: { passed: boolean; recording: boolean }, progress: Progress): boolean {
  const activities = passed && recording ? activitiesOf(progress) : null;
  if (!store || !activities) return false;
  store.keep(activities);
  return true;
}

/**
 * The copy to offer on the start screen: one this attempt does not already hold (a new
 * attempt, empty or with other work), or null.
 */
export function earlierTakeHome(store: TakeHomeStore | null, progress: Progress): TakeHome | null {
  const copy = store?.read() ?? null;
  if (!copy) return null;
  return same(copy.activities, activitiesOf(progress) ?? {}) ? null : copy;
}

/** The same values for the same activities, in whatever order they were saved. */
function same(a: Activities, b: Activities): boolean {
  const entries = (x: Activities) => Object.entries(x).flatMap(([m, pages]) => Object.entries(pages).map(([p, v]) => `${m}/${p}=${v}`));
  const left = entries(a);
  const right = new Set(entries(b));
  return left.length === right.size && left.every((e) => right.has(e));
}
