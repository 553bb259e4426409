// What a SCORM back end does for the tracker, whatever the version underneath.
import type { Id, QuestionType } from '../course/types';
import type { CourseResult } from '../course/result';
import type { Scorm12Reporting } from '../course/types';

export interface Launch {
  /** Saved progress from the last session ('' on a first launch). */
  suspendData: string;
  /** Bookmark from the last session ('' when none). */
  location: string;
  /** The LMS says this is a resumed attempt. */
  resumed: boolean;
  /** The learner's language preference in the LMS ('' when it gives none). */
  language: string;
  /** The learner's audio preference (cmi5's audioPreference): 'on' reads each page aloud. Absent when the LMS gives none. */
  audio?: 'on' | 'off';
  /** How the LMS launched this attempt: only 'normal' may change the learner's record. */
  mode: 'normal' | 'browse' | 'review';
  /** False when the LMS says this attempt earns no credit (no-credit). */
  credit: boolean;
  /** What the LMS has already recorded for this attempt: never lowered by the course. */
  recorded: Recorded;
}

/**
 * The result the LMS holds at launch. A course must never write `incomplete` over
 * `completed`, a lower score over a higher one, or `failed` over `passed`.
 */
export interface Recorded {
  completed: boolean;
  passed: boolean;
  /** 0-100, when the LMS holds a score. */
  score?: number;
}

export const NOTHING_RECORDED: Recorded = { completed: false, passed: false };

/** The launch mode as the LMS spells it (1.2 lesson_mode, 2004 mode); anything unknown is normal. */
export const launchMode = (value: string): Launch['mode'] => (value === 'browse' || value === 'review' ? value : 'normal');

/** Only a normal launch that earns credit may change the learner's record. */
export const records = (launch: Pick<Launch, 'mode' | 'credit'>) => launch.mode === 'normal' && launch.credit;

/** A score as an LMS gives it ('' or junk: none). */
export function scoreOf(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export interface Answer {
  moduleId: Id;
  questionId: Id;
  type: QuestionType;
  response: Id[];
  correct: Id[];
  /**
   * The question's option ids in its own order (for a sort question, its items, and its
   * categories as targets): SCORM 1.2 reports each by its place, a single character.
   */
  choices?: Id[];
  targets?: Id[];
  result: boolean;
  /** The question's prompt in the learner's language (SCORM 2004 description). */
  description: string;
  /** Time from showing the question to checking it. */
  latencyMs: number;
  at: Date;
}

export interface Backend {
  readonly version: '1.2' | '2004' | 'cmi5';
  initialize(): boolean;
  launch(): Launch;
  /** The LMS's id for the learner ('' when it gives none): keys the local journal. */
  learnerId(): string;
  /** learnerId() answers before initialize() has succeeded (cmi5: the launch url names the learner). */
  readonly learnerBeforeInit?: boolean;
  /** First launch: move the LMS status off "not attempted". */
  markStarted(): void;
  setProgress(suspendData: string, location: string): void;
  recordAnswer(answer: Answer): void;
  /** Score first, then objectives, then status. */
  setResult(result: CourseResult, settings: { masteryScore: number; scorm12Reporting: Scorm12Reporting }): void;
  /** Suspend keeps the attempt open for resume; normal closes it. */
  setExit(kind: 'suspend' | 'normal'): void;
  setSessionTime(ms: number): void;
  /**
   * True once the LMS holds everything set so far. 'pending': the back end sends in the
   * background (xAPI); the tracker waits for settled() and asks again.
   */
  commit(): boolean | 'pending';
  /** Resolves when a background send ends: true if everything reached the LMS. */
  settled?(): Promise<boolean>;
  terminate(): boolean;
  /** Error codes other than 0 that the LMS returned, newest last. */
  readonly errors: { call: string; code: string }[];
}

/** The SCORM interaction type for a question type (the same words in 1.2 and 2004). */
export const interactionType = (a: Pick<Answer, 'type'>) => (a.type === 'truefalse' ? 'true-false' : a.type === 'sort' ? 'matching' : 'choice');
