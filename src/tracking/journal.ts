// The local journal: what the learner did that the LMS has not confirmed yet, kept in
// localStorage so a refused commit, a dropped connection or a closed tab loses nothing.
// One entry per course, SCORM version and learner (a shared hospital PC has many). The
// suspend data is carried as an opaque string (state-codec owns its format); the save
// stamp and the LMS state it builds on sit beside it, never inside it.
import type { Answer } from './backend';
import type { CourseResult } from '../course/result';
import { isRecord, readJsonRecord } from '../shared/json';

/** Bump when the entry's shape changes; other formats are dropped, not misread. */
const FORMAT = 1;

export interface JournalEntry {
  /** Rises with every save in a page load. */
  seq: number;
  /** When the learner's last change was journalled (ms since 1970). */
  savedAt: number;
  suspendData: string;
  location: string;
  result: CourseResult;
  exit: 'suspend' | 'normal';
  /** Answers the LMS has not confirmed with a commit, oldest first. */
  answers: Answer[];
  /** The suspend data the LMS held (as last confirmed) when these changes began. */
  base: string;
}

export interface Journal {
  read(): JournalEntry | null;
  /** False when the browser refuses (storage full or blocked). */
  write(entry: JournalEntry): boolean;
  clear(): void;
}

export const journalKey = (courseId: string, version: string, learnerId: string) => `course:${courseId}:journal:${version}:${learnerId}`;

type Stored = Omit<JournalEntry, 'answers'> & { format: number; answers: (Omit<Answer, 'at'> & { at: number })[] };

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isOptionalNumber = (x: unknown) => x === undefined || isNumber(x);
const isOptionalBoolean = (x: unknown) => x === undefined || typeof x === 'boolean';

function toAnswer(x: unknown): Answer | null {
  if (!isRecord(x)) return null;
  const { moduleId, questionId, type, response, correct, choices, targets, result, description, latencyMs, at } = x;
  if (!isString(moduleId) || !isString(questionId) || !isString(type) || !isStrings(response) || !isStrings(correct)) return null;
  if (typeof result !== 'boolean' || !isString(description) || !isNumber(latencyMs) || !isNumber(at)) return null;
  if (!['single', 'multiple', 'truefalse', 'sort'].includes(type)) return null;
  const answer: Answer = { moduleId, questionId, type: type as Answer['type'], response, correct, result, description, latencyMs, at: new Date(at) };
  if (isStrings(choices)) answer.choices = choices;
  if (isStrings(targets)) answer.targets = targets;
  return answer;
}

function isResult(x: unknown): x is CourseResult {
  if (!isRecord(x) || !Array.isArray(x.modules)) return false;
  if (typeof x.completed !== 'boolean' || typeof x.scored !== 'boolean' || typeof x.passed !== 'boolean' || !isOptionalNumber(x.score)) return false;
  return x.modules.every((m) => isRecord(m) && isString(m.id) && typeof m.done === 'boolean' && isOptionalNumber(m.score) && isOptionalBoolean(m.passed));
}

/** Reads what was stored, or null when it is missing, damaged or of another format. */
function parse(raw: string | null): JournalEntry | null {
  const data = readJsonRecord(raw);
  if (!data || data.format !== FORMAT) return null;
  const { seq, savedAt, suspendData, location, result, exit, answers, base } = data;
  if (!isNumber(seq) || !isNumber(savedAt) || !isString(suspendData) || !isString(location) || !isString(base)) return null;
  if ((exit !== 'suspend' && exit !== 'normal') || !isResult(result) || !Array.isArray(answers)) return null;
  const parsed = answers.map(toAnswer);
  if (parsed.some((a) => a === null)) return null;
  return { seq, savedAt, suspendData, location, result, exit, answers: parsed as Answer[], base };
}

/** The journal under `key`; storage is passed in (null when the browser blocks it). */
export function openJournal(storage: Storage | null, key: string): Journal {
  return {
    read() {
      try {
        const entry = parse(storage?.getItem(key) ?? null);
        if (!entry) storage?.removeItem(key);
        return entry;
      } catch {
        return null;
      }
    },
    write(entry) {
      if (!storage) return false;
      const stored: Stored = { format: FORMAT, ...entry, answers: entry.answers.map((a) => ({ ...a, at: a.at.getTime() })) };
      try {
        storage.setItem(key, JSON.stringify(stored));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Blocked storage: nothing was kept, so nothing to clear.
      }
    },
  };
}
