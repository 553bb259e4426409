// SCORM 1.2 back end: the tracker's operations onto cmi.core.*, interactions, objectives.
import { interactionType, launchMode, scoreOf, type Answer, type Backend, type Launch, type Recorded } from './backend';
import type { CourseResult } from '../course/result';
import type { Scorm12Reporting } from '../course/types';
import { LmsCall } from './lms-call';
import { splitPair } from '../course/scoring';
import { timeOfDay12, timespan12 } from './time-format';

/** 1.2's single characters, by place: the first option is a, the 27th is 0. */
const CHARACTERS_12 = 'abcdefghijklmnopqrstuvwxyz0123456789';
const character12 = (id: string, order: readonly string[] | undefined) => {
  const at = order?.indexOf(id) ?? -1;
  return at >= 0 ? (CHARACTERS_12[at] ?? id) : id;
};

/**
 * 1.2 response formats (CMIFeedback, read strictly): true-false is the single character t
 * or f; choice is single characters joined by commas; matching is source.target pairs
 * ("a.b,b.a"). Ids say what an option is, so each is reported by its place in the question.
 */
function response12(a: Pick<Answer, 'type' | 'choices' | 'targets'>, ids: string[]): string {
  if (a.type === 'truefalse') return ids.map((id) => (id === 'true' ? 't' : 'f')).join(',');
  if (a.type === 'sort') {
    return ids
      .map((pair) => splitPair(pair))
      .map(([item, category]) => `${character12(item, a.choices)}.${character12(category, a.targets)}`)
      .join(',');
  }
  return ids.map((id) => character12(id, a.choices)).join(',');
}

/** lesson_status for each reporting choice an authoring tool offers. */
export function lessonStatus(result: CourseResult, reporting: Scorm12Reporting): string | null {
  switch (reporting) {
    case 'passed-failed':
      return result.scored ? (result.passed ? 'passed' : 'failed') : null;
    case 'passed-incomplete':
      return result.scored && result.passed ? 'passed' : null;
    case 'completed-incomplete':
      return result.completed ? 'completed' : null;
    case 'completed-failed':
      return result.scored ? (result.passed ? 'completed' : 'failed') : null;
  }
}

export class Scorm12Backend implements Backend {
  readonly version = '1.2';
  private readonly lms: LmsCall;
  constructor(
    api: unknown,
    private readonly reporting: Scorm12Reporting = 'passed-failed',
  ) {
    this.lms = new LmsCall(api, {
      init: 'LMSInitialize',
      finish: 'LMSFinish',
      get: 'LMSGetValue',
      set: 'LMSSetValue',
      commit: 'LMSCommit',
      lastError: 'LMSGetLastError',
    });
  }
  get errors() {
    return this.lms.errors;
  }

  initialize() {
    return this.lms.init();
  }

  launch(): Launch {
    return {
      suspendData: this.lms.get('cmi.suspend_data'),
      location: this.lms.get('cmi.core.lesson_location'),
      resumed: this.lms.get('cmi.core.entry') === 'resume',
      language: this.lms.get('cmi.student_preference.language'),
      mode: launchMode(this.lms.get('cmi.core.lesson_mode')),
      credit: this.lms.get('cmi.core.credit') !== 'no-credit',
      recorded: this.recorded(),
    };
  }

  /** 1.2 has one status: under "completed/failed" reporting, completed is the pass. */
  private recorded(): Recorded {
    const status = this.lms.get('cmi.core.lesson_status');
    const passed = status === 'passed' || (status === 'completed' && this.reporting === 'completed-failed');
    const completed = passed || status === 'completed' || (status === 'failed' && this.reporting !== 'passed-failed');
    return { completed, passed, score: scoreOf(this.lms.get('cmi.core.score.raw')) };
  }

  learnerId() {
    return this.lms.get('cmi.core.student_id');
  }

  markStarted() {
    const status = this.lms.get('cmi.core.lesson_status');
    if (status === 'not attempted' || status === '') this.lms.set('cmi.core.lesson_status', 'incomplete');
  }

  setProgress(suspendData: string, location: string) {
    // No bookmark yet (the start screen) is not a place: leave the LMS's as it is.
    if (location) this.lms.set('cmi.core.lesson_location', location);
    this.lms.set('cmi.suspend_data', suspendData);
  }

  recordAnswer(a: Answer) {
    const n = Number(this.lms.get('cmi.interactions._count')) || 0;
    const p = `cmi.interactions.${n}.`;
    this.lms.set(`${p}id`, `${a.moduleId}.${a.questionId}`);
    this.lms.set(`${p}type`, interactionType(a));
    this.lms.set(`${p}objectives.0.id`, a.moduleId);
    this.lms.set(`${p}time`, timeOfDay12(a.at));
    this.lms.set(`${p}weighting`, '1');
    this.lms.set(`${p}student_response`, response12(a, a.response));
    this.lms.set(`${p}correct_responses.0.pattern`, response12(a, a.correct));
    this.lms.set(`${p}result`, a.result ? 'correct' : 'wrong');
    this.lms.set(`${p}latency`, timespan12(a.latencyMs));
  }

  /** Objectives are readable in 1.2: reuse a module's slot rather than adding another. */
  private objectiveIndex(id: string): number {
    const count = Number(this.lms.get('cmi.objectives._count')) || 0;
    for (let i = 0; i < count; i++) if (this.lms.get(`cmi.objectives.${i}.id`) === id) return i;
    return count;
  }

  setResult(result: CourseResult, settings: { scorm12Reporting: Scorm12Reporting }) {
    if (result.score !== undefined) {
      this.lms.set('cmi.core.score.min', '0');
      this.lms.set('cmi.core.score.max', '100');
      this.lms.set('cmi.core.score.raw', String(result.score));
    }
    for (const m of result.modules) {
      if (!m.done && m.score === undefined) continue;
      const p = `cmi.objectives.${this.objectiveIndex(m.id)}.`;
      this.lms.set(`${p}id`, m.id);
      if (m.score !== undefined) {
        this.lms.set(`${p}score.min`, '0');
        this.lms.set(`${p}score.max`, '100');
        this.lms.set(`${p}score.raw`, String(m.score));
      }
      const status = m.passed === undefined ? (m.done ? 'completed' : 'incomplete') : m.passed ? 'passed' : 'failed';
      this.lms.set(`${p}status`, status);
    }
    const status = lessonStatus(result, settings.scorm12Reporting);
    if (status) this.lms.set('cmi.core.lesson_status', status);
  }

  setExit(kind: 'suspend' | 'normal') {
    // 1.2 has no "normal": an empty exit means the attempt ended normally.
    this.lms.set('cmi.core.exit', kind === 'suspend' ? 'suspend' : '');
  }

  setSessionTime(ms: number) {
    this.lms.set('cmi.core.session_time', timespan12(ms));
  }

  commit() {
    return this.lms.commit();
  }

  terminate() {
    return this.lms.finish();
  }
}
