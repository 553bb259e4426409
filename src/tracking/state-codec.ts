// Progress <-> suspend data. Compact and versioned, because SCORM 1.2 allows only 4096
// characters and some LMSs store less. Decoding never trusts its input: anything
// malformed, from another course or from a newer version gives `null` (start afresh)
// rather than a crash, and ids the course no longer has are dropped.
import type { AssessmentProgress, Progress, ModuleProgress } from '../course/progress';
import { ID_PATTERN, type Id } from '../course/types';

/** Bump when the shape changes, and add a migration from the old shape below. */
export const FORMAT_VERSION = 2;

/** What a module holds, to drop saved ids it no longer has (modules load on demand). */
export interface ModuleShape {
  pages: Id[];
  questions: Id[];
}

// Wire shape: short keys; answers as "a.b" (option ids joined by '.').
// Version 2 added the final assessment ("A"); version 1 is read by migration.
interface WireModule {
  s?: Id[]; // seen page ids
  a?: Record<Id, string>; // answers
  x?: Record<Id, string>; // activity state
  c?: number; // check score
  d?: 1; // done
}
interface WireAssessment {
  d: string; // drawn question ids, joined by '.'
  a?: Record<Id, string>; // answers in this try
  n: number; // tries started
  c?: number; // last finished try's score
  p?: 1; // passed
}
interface Wire {
  v: typeof FORMAT_VERSION;
  c: Id; // course id
  m: Record<Id, WireModule>;
  A?: WireAssessment;
}

/** Each step lifts saved data one version; a learner's old progress is never lost. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 -> 2: the assessment is new; modules are unchanged.
  1: (old) => ({ ...old, v: 2 }),
};

const joinAnswers = (answers: Record<Id, Id[]>) =>
  Object.fromEntries(Object.entries(answers).map(([q, r]) => [q, r.join('.')]));

export function encodeProgress(progress: Progress, courseId: Id): string {
  const m: Record<Id, WireModule> = {};
  for (const [id, mod] of Object.entries(progress.modules)) {
    const w: WireModule = {};
    if (mod.seen.length) w.s = mod.seen;
    if (Object.keys(mod.answers).length) w.a = joinAnswers(mod.answers);
    if (Object.keys(mod.activities).length) w.x = mod.activities;
    if (mod.score !== undefined) w.c = mod.score;
    if (mod.done) w.d = 1;
    m[id] = w;
  }
  const wire: Wire = { v: FORMAT_VERSION, c: courseId, m };
  const a = progress.assessment;
  if (a) {
    wire.A = { d: a.draw.join('.'), n: a.attempt };
    if (Object.keys(a.answers).length) wire.A.a = joinAnswers(a.answers);
    if (a.score !== undefined) wire.A.c = a.score;
    if (a.passed) wire.A.p = 1;
  }
  return JSON.stringify(wire);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is Id => typeof x === 'string' && ID_PATTERN.test(x);
/** Activity state is free-form but short, printable and bounded. */
const MAX_ACTIVITY_LENGTH = 600;

function decodeAnswers(w: unknown): Record<Id, Id[]> {
  const answers: Record<Id, Id[]> = {};
  if (!isRecord(w)) return answers;
  for (const [q, r] of Object.entries(w)) {
    if (!isId(q) || typeof r !== 'string' || r === '') continue;
    const ids = r.split('.');
    if (ids.every(isId)) answers[q] = ids;
  }
  return answers;
}

const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;

function decodeAssessment(w: unknown): AssessmentProgress | undefined {
  if (!isRecord(w) || typeof w.d !== 'string') return undefined;
  const draw = w.d === '' ? [] : w.d.split('.');
  if (!draw.every(isId) || new Set(draw).size !== draw.length) return undefined;
  const attempt = typeof w.n === 'number' && Number.isInteger(w.n) && w.n >= 0 && w.n < 1000 ? w.n : 0;
  // Only answers to questions in this draw belong to this try.
  const answers = Object.fromEntries(Object.entries(decodeAnswers(w.a)).filter(([q]) => draw.includes(q)));
  const a: AssessmentProgress = { draw, answers, attempt };
  if (isScore(w.c)) a.score = w.c;
  if (w.p === 1) a.passed = true;
  return a;
}

function decodeModule(w: unknown): ModuleProgress {
  const mod: ModuleProgress = { seen: [], answers: {}, activities: {}, done: false };
  if (!isRecord(w)) return mod;
  if (Array.isArray(w.s)) mod.seen = [...new Set(w.s.filter(isId))];
  mod.answers = decodeAnswers(w.a);
  if (isRecord(w.x)) {
    for (const [p, v] of Object.entries(w.x)) {
      if (isId(p) && typeof v === 'string' && v.length <= MAX_ACTIVITY_LENGTH) mod.activities[p] = v;
    }
  }
  if (isScore(w.c)) mod.score = w.c;
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
  if (!isRecord(wire) || typeof wire.v !== 'number') return null;
  while (wire.v !== FORMAT_VERSION) {
    const migrate = MIGRATIONS[wire.v];
    // From a newer course version, or one we know nothing of: start afresh, safely.
    if (!migrate) return null;
    wire = migrate(wire);
    if (!isRecord(wire) || typeof wire.v !== 'number') return null;
  }
  if (wire.c !== courseId || !isRecord(wire.m)) return null;
  const progress: Progress = { modules: {} };
  for (const [id, w] of Object.entries(wire.m)) {
    if (moduleIds.includes(id)) progress.modules[id] = decodeModule(w);
  }
  const assessment = decodeAssessment(wire.A);
  if (assessment) progress.assessment = assessment;
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
