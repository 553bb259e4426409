// Progress <-> suspend data. Compact and versioned, because SCORM 1.2 allows only 4096
// characters and some LMSs store less. Decoding never trusts its input: anything
// malformed, from another course or from a newer version gives `null` (start afresh)
// rather than a crash, and ids the course no longer has are dropped.
import type { Progress, ModuleProgress } from '../course/progress';
import { ID_PATTERN, type Id } from '../course/types';

/** Bump when the shape changes, and add a migration from the old shape below. */
export const FORMAT_VERSION = 1;

/** What a module holds, to drop saved ids it no longer has (modules load on demand). */
export interface ModuleShape {
  pages: Id[];
  questions: Id[];
}

// Wire shape, version 1: short keys; answers as "a.b" (option ids joined by '.').
interface WireModule {
  s?: Id[]; // seen page ids
  a?: Record<Id, string>; // answers
  x?: Record<Id, string>; // activity state
  c?: number; // check score
  d?: 1; // done
}
interface WireV1 {
  v: 1;
  c: Id; // course id
  m: Record<Id, WireModule>;
}

export function encodeProgress(progress: Progress, courseId: Id): string {
  const m: Record<Id, WireModule> = {};
  for (const [id, mod] of Object.entries(progress.modules)) {
    const w: WireModule = {};
    if (mod.seen.length) w.s = mod.seen;
    const answers = Object.entries(mod.answers);
    if (answers.length) w.a = Object.fromEntries(answers.map(([q, r]) => [q, r.join('.')]));
    if (Object.keys(mod.activities).length) w.x = mod.activities;
    if (mod.score !== undefined) w.c = mod.score;
    if (mod.done) w.d = 1;
    m[id] = w;
  }
  const wire: WireV1 = { v: FORMAT_VERSION, c: courseId, m };
  return JSON.stringify(wire);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is Id => typeof x === 'string' && ID_PATTERN.test(x);
/** Activity state is free-form but short, printable and bounded. */
const MAX_ACTIVITY_LENGTH = 600;

function decodeModule(w: unknown): ModuleProgress {
  const mod: ModuleProgress = { seen: [], answers: {}, activities: {}, done: false };
  if (!isRecord(w)) return mod;
  if (Array.isArray(w.s)) mod.seen = [...new Set(w.s.filter(isId))];
  if (isRecord(w.a)) {
    for (const [q, r] of Object.entries(w.a)) {
      if (!isId(q) || typeof r !== 'string' || r === '') continue;
      const ids = r.split('.');
      if (ids.every(isId)) mod.answers[q] = ids;
    }
  }
  if (isRecord(w.x)) {
    for (const [p, v] of Object.entries(w.x)) {
      if (isId(p) && typeof v === 'string' && v.length <= MAX_ACTIVITY_LENGTH) mod.activities[p] = v;
    }
  }
  if (typeof w.c === 'number' && Number.isFinite(w.c) && w.c >= 0 && w.c <= 100) mod.score = w.c;
  mod.done = w.d === 1;
  return mod;
}

/** Returns the saved progress, or null when there is none worth restoring. */
export function decodeProgress(data: string, courseId: Id, moduleIds: Id[]): Progress | null {
  if (!data) return null;
  let wire: unknown;
  try {
    wire = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isRecord(wire) || wire.v !== FORMAT_VERSION || wire.c !== courseId || !isRecord(wire.m)) return null;
  const progress: Progress = { modules: {} };
  for (const [id, w] of Object.entries(wire.m)) {
    if (moduleIds.includes(id)) progress.modules[id] = decodeModule(w);
  }
  return progress;
}

/** Once a module has loaded: forget saved pages, answers and activities it no longer has. */
export function pruneToModule(mod: ModuleProgress, shape: ModuleShape): ModuleProgress {
  const keep = <T>(rec: Record<Id, T>, ids: Id[]) =>
    Object.fromEntries(Object.entries(rec).filter(([k]) => ids.includes(k)));
  return {
    ...mod,
    seen: mod.seen.filter((p) => shape.pages.includes(p)),
    answers: keep(mod.answers, shape.questions),
    activities: keep(mod.activities, shape.pages),
  };
}
