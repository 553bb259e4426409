// Progress <-> suspend data. Compact and versioned, because SCORM 1.2 allows only 4096
// characters and some LMSs store less. Decoding never trusts its input: anything
// malformed, from another course or from a newer version gives `null` (start afresh)
// rather than a crash, and ids the course no longer has are dropped.
import type { AssessmentProgress, Progress, ModuleProgress } from '../course/progress';
import { ID_PATTERN, type Id, type IdRenames, type Renamed } from '../course/types';
import { PAIR_SEPARATOR, sortPair } from '../course/scoring';
import { isRecord, readJsonRecord } from '../shared/json';

/** Bump when the shape changes, and add a migration from the old shape below. */
export const FORMAT_VERSION = 3;

/** What a module holds, to drop saved ids it no longer has (modules load on demand). */
export interface ModuleShape {
  pages: Id[];
  questions: Id[];
}

// Wire shape: short keys; answers as "fine_needles.brain" (option ids joined by '.'; a
// sort answer's pairs as "item-category"). Version 2 added the final assessment ("A");
// version 3 renamed question and option ids to say what they are (course.renamed).
interface WireModule {
  s?: Id[]; // seen page ids
  a?: Record<Id, string>; // answers
  x?: Record<Id, string>; // activity state
  c?: number; // check score
  d?: 1; // done
}
interface WireAssessment {
  d: string; // drawn question ids, joined by '.'
  a?: string[]; // answers in this try, in draw order ('' not yet answered); a record before version 3
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
const MIGRATIONS: Record<number, (old: Record<string, unknown>, renames: IdRenames) => Record<string, unknown>> = {
  // 1 -> 2: the assessment is new; modules are unchanged.
  1: (old) => ({ ...old, v: 2 }),
  // 2 -> 3: question and option ids renamed; sort pairs were "a_p" (one character each).
  2: (old, renames) => {
    const m = isRecord(old.m)
      ? Object.fromEntries(Object.entries(old.m).map(([id, w]) => [id, isRecord(w) ? { ...w, a: renameAnswers(w.a, renames[id] ?? {}) } : w]))
      : old.m;
    const A = old.A;
    const table = renames.assessment ?? {};
    let assessment = A;
    if (isRecord(A) && typeof A.d === 'string') {
      // The draw names each question once, so its answers go in draw order, unnamed.
      const draw = A.d.split('.').map((q) => table[q]?.id ?? q);
      const answers = renameAnswers(A.a, table);
      const a = draw.map((q) => (isRecord(answers) && typeof answers[q] === 'string' ? answers[q] : ''));
      assessment = { ...A, d: draw.join('.'), a };
    }
    return { ...old, v: 3, m, ...(assessment === undefined ? {} : { A: assessment }) };
  },
};

/** Format-2 answers ("q1": "a.b") under their new ids ("what_happens": "fine_needles"). */
function renameAnswers(answers: unknown, table: Record<Id, Renamed>): unknown {
  if (!isRecord(answers)) return answers;
  return Object.fromEntries(
    Object.entries(answers).map(([q, r]) => {
      const renamed = table[q];
      if (!renamed || typeof r !== 'string') return [q, r];
      const ids = r.split('.').map((id) => {
        // An old sort pair: item and category, one character each.
        const pair = /^([a-z0-9])_([a-z0-9])$/.exec(id);
        if (pair && renamed.items) {
          return sortPair(renamed.items[pair[1]!] ?? pair[1]!, renamed.categories?.[pair[2]!] ?? pair[2]!);
        }
        return renamed.options?.[id] ?? id;
      });
      return [renamed.id, ids.join('.')];
    }),
  );
}

const joinAnswers = (answers: Record<Id, Id[]>) => Object.fromEntries(Object.entries(answers).map(([q, r]) => [q, r.join('.')]));

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
    const answers = a.draw.map((q) => a.answers[q]?.join('.') ?? '');
    while (answers.at(-1) === '') answers.pop();
    if (answers.length) wire.A.a = answers;
    if (a.score !== undefined) wire.A.c = a.score;
    if (a.passed) wire.A.p = 1;
  }
  return JSON.stringify(wire);
}

const isId = (x: unknown): x is Id => typeof x === 'string' && ID_PATTERN.test(x);
/** One part of a response: an option id, or a sort pair "item-category". */
const isResponsePart = (x: string) => {
  const parts = x.split(PAIR_SEPARATOR);
  return parts.length <= 2 && parts.every(isId);
};
/** Activity state is free-form but short, printable and bounded. */
const MAX_ACTIVITY_LENGTH = 600;

function decodeAnswers(w: unknown): Record<Id, Id[]> {
  const answers: Record<Id, Id[]> = {};
  if (!isRecord(w)) return answers;
  for (const [q, r] of Object.entries(w)) {
    if (!isId(q) || typeof r !== 'string' || r === '') continue;
    const ids = r.split('.');
    if (ids.every(isResponsePart)) answers[q] = ids;
  }
  return answers;
}

const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;

function decodeAssessment(w: unknown): AssessmentProgress | undefined {
  if (!isRecord(w) || typeof w.d !== 'string') return undefined;
  const draw = w.d === '' ? [] : w.d.split('.');
  if (!draw.every(isId) || new Set(draw).size !== draw.length) return undefined;
  const attempt = typeof w.n === 'number' && Number.isInteger(w.n) && w.n >= 0 && w.n < 1000 ? w.n : 0;
  // Answers in draw order: each belongs to the question drawn at its place.
  const byQuestion = Array.isArray(w.a) ? Object.fromEntries(w.a.slice(0, draw.length).map((r, i) => [draw[i], r])) : {};
  const answers = decodeAnswers(byQuestion);
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

/**
 * Returns the saved progress, or null when there is none worth restoring. `renames`
 * (the course's `renamed`) lifts progress saved under old question and option ids.
 */
export function decodeProgress(data: string, courseId: Id, moduleIds: Id[], renames: IdRenames = {}): Progress | null {
  let wire: unknown = readJsonRecord(data);
  if (!isRecord(wire) || typeof wire.v !== 'number') return null;
  while (wire.v !== FORMAT_VERSION) {
    const migrate = MIGRATIONS[wire.v];
    // From a newer course version, or one we know nothing of: start afresh, safely.
    if (!migrate) return null;
    wire = migrate(wire, renames);
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
  const keep = <T>(rec: Record<Id, T>, ids: Id[]) => Object.fromEntries(Object.entries(rec).filter(([k]) => ids.includes(k)));
  return {
    ...mod,
    seen: mod.seen.filter((p) => shape.pages.includes(p)),
    answers: keep(mod.answers, shape.questions),
    activities: keep(mod.activities, shape.pages),
  };
}
