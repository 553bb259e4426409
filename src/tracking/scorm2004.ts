// SCORM 2004 (4th edition) back end: the tracker's operations onto cmi.*.
import { interactionType, launchMode, NOTHING_RECORDED, scoreOf, type Answer, type Backend, type Launch, type Recorded } from './backend';
import type { CourseResult } from '../course/result';
import { LmsCall } from './lms-call';
import { splitPair } from '../course/scoring';
import { duration2004, timestamp2004 } from './time-format';

/** Interaction and objective ids must be URIs in 2004; a URN keeps them globally unique. */
export const urn = (...parts: string[]) => `urn:scorm:${parts.join(':')}`;

export class Scorm2004Backend implements Backend {
  readonly version = '2004';
  private readonly lms: LmsCall;
  constructor(
    api: unknown,
    private readonly courseId: string,
  ) {
    this.lms = new LmsCall(api, {
      init: 'Initialize',
      finish: 'Terminate',
      get: 'GetValue',
      set: 'SetValue',
      commit: 'Commit',
      lastError: 'GetLastError',
      notInitialised: '403',
    });
  }
  get errors() {
    return this.lms.errors;
  }

  initialize() {
    return this.lms.init();
  }

  launch(): Launch {
    const entry = this.lms.get('cmi.entry');
    // A new attempt (ab-initio) has nothing to restore, and reading never-set elements
    // answers error 403; an LMS may also keep an old attempt's data (Moodle does).
    const fresh = entry === 'ab-initio';
    return {
      suspendData: fresh ? '' : this.lms.get('cmi.suspend_data'),
      location: fresh ? '' : this.lms.get('cmi.location'),
      resumed: entry === 'resume',
      language: this.lms.get('cmi.learner_preference.language'),
      mode: launchMode(this.lms.get('cmi.mode')),
      credit: this.lms.get('cmi.credit') !== 'no-credit',
      recorded: fresh ? NOTHING_RECORDED : this.recorded(),
    };
  }

  private recorded(): Recorded {
    const success = this.lms.get('cmi.success_status');
    return {
      completed: this.lms.get('cmi.completion_status') === 'completed',
      passed: success === 'passed',
      // A score comes with a verdict; reading a score never set would answer error 403.
      score: success === 'unknown' ? undefined : scoreOf(this.lms.get('cmi.score.raw')),
    };
  }

  learnerId() {
    return this.lms.get('cmi.learner_id');
  }

  markStarted() {
    const status = this.lms.get('cmi.completion_status');
    if (status === 'unknown' || status === 'not attempted' || status === '') {
      this.lms.set('cmi.completion_status', 'incomplete');
    }
  }

  setProgress(suspendData: string, location: string) {
    // No bookmark yet (the start screen) is not a place: leave the LMS's as it is.
    if (location) this.lms.set('cmi.location', location);
    this.lms.set('cmi.suspend_data', suspendData);
  }

  recordAnswer(a: Answer) {
    const n = Number(this.lms.get('cmi.interactions._count')) || 0;
    const p = `cmi.interactions.${n}.`;
    // Matching pairs are "source[.]target"; every list is joined with "[,]".
    const response = (ids: string[]) => ids.map((id) => (a.type === 'sort' ? splitPair(id).join('[.]') : id)).join('[,]');
    // The id must be set before anything else in the record.
    this.lms.set(`${p}id`, urn(this.courseId, a.moduleId, a.questionId));
    this.lms.set(`${p}type`, interactionType(a));
    this.lms.set(`${p}objectives.0.id`, urn(this.courseId, a.moduleId));
    this.lms.set(`${p}timestamp`, timestamp2004(a.at));
    this.lms.set(`${p}weighting`, '1');
    this.lms.set(`${p}learner_response`, response(a.response));
    this.lms.set(`${p}correct_responses.0.pattern`, response(a.correct));
    this.lms.set(`${p}result`, a.result ? 'correct' : 'incorrect');
    this.lms.set(`${p}latency`, duration2004(a.latencyMs));
    if (a.description) this.lms.set(`${p}description`, a.description.slice(0, 250));
  }

  private objectiveIndex(id: string): number {
    const count = Number(this.lms.get('cmi.objectives._count')) || 0;
    for (let i = 0; i < count; i++) if (this.lms.get(`cmi.objectives.${i}.id`) === id) return i;
    return count;
  }

  setResult(result: CourseResult) {
    if (result.score !== undefined) {
      this.lms.set('cmi.score.min', '0');
      this.lms.set('cmi.score.max', '100');
      this.lms.set('cmi.score.raw', String(result.score));
      this.lms.set('cmi.score.scaled', String(result.score / 100));
    }
    for (const m of result.modules) {
      if (!m.done && m.score === undefined) continue;
      const p = `cmi.objectives.${this.objectiveIndex(urn(this.courseId, m.id))}.`;
      this.lms.set(`${p}id`, urn(this.courseId, m.id));
      if (m.score !== undefined) {
        this.lms.set(`${p}score.min`, '0');
        this.lms.set(`${p}score.max`, '100');
        this.lms.set(`${p}score.raw`, String(m.score));
        this.lms.set(`${p}score.scaled`, String(m.score / 100));
        // No verdict (a part check for learning): unknown, which also clears a "failed"
        // an earlier version of the course may have left.
        this.lms.set(`${p}success_status`, m.passed === undefined ? 'unknown' : m.passed ? 'passed' : 'failed');
      }
      this.lms.set(`${p}completion_status`, m.done ? 'completed' : 'incomplete');
    }
    // Success follows the score against the mastery score (the manifest's
    // minNormalizedMeasure carries the same figure, so an LMS that computes it agrees).
    if (result.scored) this.lms.set('cmi.success_status', result.passed ? 'passed' : 'failed');
    if (result.completed) this.lms.set('cmi.completion_status', 'completed');
  }

  setExit(kind: 'suspend' | 'normal') {
    this.lms.set('cmi.exit', kind);
  }

  setSessionTime(ms: number) {
    this.lms.set('cmi.session_time', duration2004(ms));
  }

  commit() {
    return this.lms.commit();
  }

  terminate() {
    return this.lms.finish();
  }
}
