// A strict SCORM conformance recorder. scorm-again is lenient (in 1.2 it takes suspend
// data over 4096 characters, identifiers with spaces, any response format, and calls after
// LMSFinish), and real LMSs differ in what they refuse, so every call the course makes is
// judged here against the specifications themselves: SCORM 1.2 (RTE 3.4) and SCORM 2004
// 4th edition (RTE 4). Pure, with no browser: the e2e guard and the randomised unit test
// both feed it the preview's call log.

import type { ScormVersion } from '../../src/tracking/discover';
export type { ScormVersion };

/** One API call as the preview logs it (window.__preview.calls). */
export interface LoggedCall {
  readonly method: string;
  readonly args: readonly string[];
  readonly result: string;
  /** The LMS's error code right after the call ("0" when it succeeded). */
  readonly error: string;
  /** Set when a preview fault switch answered the call instead of the LMS. */
  readonly fault?: string | undefined;
}

export interface ConformanceOptions {
  /**
   * The mastery score (0-100) the package declares. With it, a reported pass or fail is
   * checked against the score (1.2 masteryscore; 2004 scaled_passing_score = score / 100).
   */
  masteryScore?: number;
}

const METHODS: Record<ScormVersion, { init: string; finish: string; get: string; set: string; commit: string; readers: string[] }> = {
  '1.2': {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    readers: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  },
  '2004': {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    readers: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
  },
};

// ---------------------------------------------------------------------------------------
// Value formats.

/** SCORM 1.2 CMIIdentifier, as the issue states it: printable ASCII, no spaces. */
const ID_12 = /^[\x21-\x7E]{1,255}$/;
/** CMITimespan: HHHH:MM:SS.SS (hours 2 to 4 digits, up to 2 decimals). */
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** CMITime: a time of day, HH:MM:SS(.SS). */
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** 1.2 single-character response identifiers. */
const CHAR_12 = '[0-9a-z]';
const RESPONSE_12: Record<string, RegExp> = {
  'true-false': /^[01tf]$/,
  choice: new RegExp(`^${CHAR_12}(,${CHAR_12})*$`),
  sequencing: new RegExp(`^${CHAR_12}(,${CHAR_12})*$`),
  matching: new RegExp(`^${CHAR_12}\\.${CHAR_12}(,${CHAR_12}\\.${CHAR_12})*$`),
  likert: new RegExp(`^${CHAR_12}?$`),
  numeric: DECIMAL,
};

/** SCORM 2004 long_identifier_type: a URI (urn:…, https://…), at most 4000 characters. */
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
/**
 * Response identifiers (short_identifier_type). The specification allows any URI-ish
 * token; this checks the portable subset, because Moodle's 2004 runtime rejects anything
 * but letters, digits, `_` and `.` in them.
 */
const SHORT_ID = /^[A-Za-z0-9_.]{1,250}$/;
/** ISO 8601 duration with at most 2 decimals on the seconds (timeinterval(second,10,2)). */
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** time(second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]. */
const TIMESTAMP = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2})?)?)?(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?$/;
const REAL = /^-?\d+(\.\d+)?$/;
const LANG = /^([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)?$/;

const VOCAB = {
  lessonStatus12: ['passed', 'completed', 'failed', 'incomplete', 'browsed'],
  objectiveStatus12: ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
  exit12: ['', 'suspend', 'logout', 'time-out'],
  type12: ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'],
  result12: ['correct', 'wrong', 'unanticipated', 'neutral'],
  exit2004: ['', 'suspend', 'logout', 'time-out', 'normal'],
  completion2004: ['completed', 'incomplete', 'not attempted', 'unknown'],
  success2004: ['passed', 'failed', 'unknown'],
  type2004: ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'],
  result2004: ['correct', 'incorrect', 'unanticipated', 'neutral'],
  nav2004: ['continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll', '_none_'],
};

const inRange = (value: string, min: number, max: number) => DECIMAL.test(value) && Number(value) >= min && Number(value) <= max;

/** A 2004 response list: items joined by [,], each a pair joined by [.] for matching. */
function response2004(type: string, value: string): string | null {
  const list = value.split('[,]');
  switch (type) {
    case 'true-false':
      return /^(true|false)$/.test(value) ? null : 'not true or false';
    case 'choice':
    case 'sequencing':
      if (value === '' && type === 'choice') return null; // choosing nothing is a response
      if (!list.every((id) => SHORT_ID.test(id))) return `not a [,]-separated list of identifiers`;
      if (type === 'choice' && new Set(list).size !== list.length) return 'repeats an identifier';
      return null;
    case 'matching':
      return list.every((pair) => {
        const parts = pair.split('[.]');
        return parts.length === 2 && parts.every((id) => SHORT_ID.test(id));
      })
        ? null
        : 'not source[.]target pairs separated by [,]';
    case 'likert':
      return SHORT_ID.test(value) ? null : 'not one identifier';
    case 'numeric':
      return REAL.test(value) ? null : 'not a number';
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------
// The recorder.

type Scope = string;

export class ConformanceRecorder {
  readonly violations: string[] = [];
  private readonly names: (typeof METHODS)[ScormVersion];
  private initialised = false;
  private finished = false;
  private index = 0;
  /** What the LMS holds as far as the calls show: values set or read without error. */
  private readonly model = new Map<string, string>();
  /** Fields set so far per interaction / objective index, to catch "id first" and gaps. */
  private readonly records = new Map<string, Set<string>>();
  /** Status set since the last commit, per scope, by call index. */
  private statusInBatch = new Map<Scope, number>();

  constructor(
    readonly version: ScormVersion,
    private readonly options: ConformanceOptions = {},
  ) {
    this.names = METHODS[version];
  }

  /** Records one call and returns the violations it adds. */
  record(call: LoggedCall): string[] {
    const before = this.violations.length;
    const n = ++this.index;
    const { method, args } = call;
    const label = `#${n} ${method}(${args.map((a) => JSON.stringify(a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(', ')})`;
    const bad = (why: string) => this.violations.push(`${label}: ${why}`);
    const { init, finish, get, set, commit, readers } = this.names;
    const known = [init, finish, get, set, commit, ...readers];

    if (!known.includes(method)) {
      bad(`not a SCORM ${this.version} API method`);
      return this.violations.slice(before);
    }
    // The error readers may be called at any time, even after Finish/Terminate.
    if (readers.includes(method)) return this.violations.slice(before);

    if (this.finished) bad(`called after ${finish}`);
    const succeeded = call.result === 'true';

    if (method === init) {
      if (args.length !== 1 || args[0] !== '') bad('the argument must be ""');
      if (this.initialised) bad(`${init} called again in the same session`);
      if (succeeded) this.initialised = true;
      return this.violations.slice(before);
    }
    if (!this.initialised && !this.finished) bad(`called before ${init}`);

    if (method === finish || method === commit) {
      if (args.length !== 1 || args[0] !== '') bad('the argument must be ""');
      this.checkConsistency(bad);
      this.statusInBatch = new Map();
      if (method === finish && succeeded) this.finished = true;
      return this.violations.slice(before);
    }

    const element = args[0] ?? '';
    if (method === get) {
      if (call.error === '0' && !element.endsWith('._children')) this.model.set(element, call.result);
      return this.violations.slice(before);
    }

    // SetValue / LMSSetValue
    const value = args[1] ?? '';
    if (args.length !== 2) bad('SetValue takes an element and a value');
    if (this.version === '1.2') this.checkSet12(element, value, n, bad);
    else this.checkSet2004(element, value, n, bad);
    if (call.error === '0' && succeeded) this.model.set(element, value);
    return this.violations.slice(before);
  }

  // -- record structure (interactions, objectives) --------------------------------------

  /** Notes field `field` set on record `kind.n`; returns the fields set before it. */
  private touch(kind: string, n: number, field: string, bad: (why: string) => void): Set<string> {
    const count = this.countOf(kind);
    if (n > count) bad(`index ${n} skips ahead of ${kind}._count (${count})`);
    const key = `${kind}.${n}`;
    let fields = this.records.get(key);
    if (!fields) this.records.set(key, (fields = new Set()));
    const earlier = new Set(fields);
    fields.add(field);
    return earlier;
  }

  private countOf(kind: string): number {
    let count = Number(this.model.get(`${kind}._count`) ?? 0) || 0;
    for (const key of this.records.keys()) {
      const m = key.startsWith(`${kind}.`) ? /^(.*)\.(\d+)$/.exec(key) : null;
      if (m && m[1] === kind) count = Math.max(count, Number(m[2]) + 1);
    }
    return count;
  }

  /** The type the course gave the interaction (even if the LMS refused the call). */
  private readonly declaredTypes = new Map<string, string>();

  private typeOf(n: string): string | undefined {
    return this.declaredTypes.get(n) ?? this.model.get(`cmi.interactions.${n}.type`);
  }

  // -- score before status, and pass/fail against the score ------------------------------

  /** Only a pass or a fail is a verdict on the score; "incomplete" may come first. */
  private noteStatus(scope: Scope, n: number, value: string) {
    if (value === 'passed' || value === 'failed') this.statusInBatch.set(scope, n);
  }

  private noteScore(scope: Scope, bad: (why: string) => void) {
    const at = this.statusInBatch.get(scope);
    if (at !== undefined) bad(`score set after the status (call #${at}) in the same commit: set the score first`);
  }

  private checkConsistency(bad: (why: string) => void) {
    const mastery = this.options.masteryScore;
    if (this.version === '1.2') {
      const check = (prefix: string, statusEl: string) => {
        const status = this.model.get(statusEl);
        const raw = this.model.get(`${prefix}.score.raw`);
        if (mastery === undefined || raw === undefined || raw === '' || !DECIMAL.test(raw)) return;
        if (status === 'passed' && Number(raw) < mastery) bad(`${statusEl} is passed but ${prefix}.score.raw ${raw} is below the mastery score ${mastery}`);
        if (status === 'failed' && Number(raw) >= mastery) bad(`${statusEl} is failed but ${prefix}.score.raw ${raw} reaches the mastery score ${mastery}`);
      };
      check('cmi.core', 'cmi.core.lesson_status');
      for (const n of this.indices('cmi.objectives')) check(`cmi.objectives.${n}`, `cmi.objectives.${n}.status`);
      return;
    }
    const passing = mastery === undefined ? this.passingFromLms() : mastery / 100;
    const check = (prefix: string) => {
      const success = this.model.get(`${prefix}.success_status`);
      if (success !== 'passed' && success !== 'failed') return;
      const scaled = this.model.get(`${prefix}.score.scaled`);
      if (scaled === undefined || scaled === '') {
        bad(`${prefix}.success_status is ${success} with no ${prefix}.score.scaled`);
        return;
      }
      if (passing === undefined) return;
      if (success === 'passed' && Number(scaled) < passing) bad(`${prefix}.success_status is passed but score.scaled ${scaled} is below ${passing}`);
      if (success === 'failed' && Number(scaled) >= passing) bad(`${prefix}.success_status is failed but score.scaled ${scaled} reaches ${passing}`);
    };
    check('cmi');
    for (const n of this.indices('cmi.objectives')) check(`cmi.objectives.${n}`);
  }

  private passingFromLms(): number | undefined {
    const sps = this.model.get('cmi.scaled_passing_score');
    return sps && REAL.test(sps) ? Number(sps) : undefined;
  }

  private indices(kind: string): number[] {
    return Array.from({ length: this.countOf(kind) }, (_, i) => i);
  }

  // -- SCORM 1.2 ---------------------------------------------------------------------------

  private checkSet12(element: string, value: string, n: number, bad: (why: string) => void) {
    const oneOf = (words: string[]) => words.includes(value) || bad(`not one of ${words.map((w) => JSON.stringify(w)).join(', ')}`);
    const maxLength = (max: number) => value.length <= max || bad(`${value.length} characters; at most ${max} allowed`);
    const score = (scope: Scope) => {
      if (value !== '' && !inRange(value, 0, 100)) bad('not a decimal from 0 to 100');
      if (element.endsWith('.raw')) this.noteScore(scope, bad);
    };
    let m: RegExpExecArray | null;

    if (element === 'cmi.core.lesson_location') maxLength(255);
    else if (element === 'cmi.suspend_data' || element === 'cmi.comments') maxLength(4096);
    else if (element === 'cmi.core.lesson_status') {
      oneOf(VOCAB.lessonStatus12);
      this.noteStatus('cmi.core', n, value);
    } else if (element === 'cmi.core.exit') oneOf(VOCAB.exit12);
    else if (element === 'cmi.core.session_time') TIMESPAN_12.test(value) || bad('not a CMITimespan (HHHH:MM:SS.SS)');
    else if (/^cmi\.core\.score\.(raw|min|max)$/.test(element)) score('cmi.core');
    else if (element === 'cmi.student_preference.language') maxLength(255);
    else if (element === 'cmi.student_preference.audio') inRange(value, -1, 100) || bad('not from -1 to 100');
    else if (element === 'cmi.student_preference.speed') inRange(value, -100, 100) || bad('not from -100 to 100');
    else if (element === 'cmi.student_preference.text') ['-1', '0', '1'].includes(value) || bad('not -1, 0 or 1');
    else if ((m = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(element))) {
      const [, index = '', field = ''] = m;
      this.touch('cmi.objectives', Number(index), field, bad);
      const scope = `cmi.objectives.${index}`;
      if (field === 'id') ID_12.test(value) || bad('not a CMIIdentifier ([!-~]{1,255})');
      else if (/^score\.(raw|min|max)$/.test(field)) score(scope);
      else if (field === 'status') {
        oneOf(VOCAB.objectiveStatus12);
        this.noteStatus(scope, n, value);
      } else bad('not a writable objective element');
    } else if ((m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element))) {
      const [, index = '', field = ''] = m;
      this.touch('cmi.interactions', Number(index), field.replace(/\.\d+\..*$/, ''), bad);
      let sub: RegExpExecArray | null;
      if (field === 'id') ID_12.test(value) || bad('not a CMIIdentifier ([!-~]{1,255})');
      else if ((sub = /^objectives\.(\d+)\.id$/.exec(field))) {
        this.touch(`cmi.interactions.${index}.objectives`, Number(sub[1]), 'id', bad);
        ID_12.test(value) || bad('not a CMIIdentifier ([!-~]{1,255})');
      } else if (field === 'time') TIME_12.test(value) || bad('not a CMITime (HH:MM:SS)');
      else if (field === 'type') {
        oneOf(VOCAB.type12);
        this.declaredTypes.set(index, value);
      } else if (field === 'weighting') DECIMAL.test(value) || bad('not a CMIDecimal');
      else if (field === 'latency') TIMESPAN_12.test(value) || bad('not a CMITimespan (HHHH:MM:SS.SS)');
      else if (field === 'result') VOCAB.result12.includes(value) || DECIMAL.test(value) || bad('not correct, wrong, unanticipated, neutral or a number');
      else if (field === 'student_response' || (sub = /^correct_responses\.(\d+)\.pattern$/.exec(field))) {
        if (sub) this.touch(`cmi.interactions.${index}.correct_responses`, Number(sub[1]), 'pattern', bad);
        maxLength(255);
        const type = this.typeOf(index);
        if (!type) bad('set before the interaction type, so its format cannot be known');
        else if (RESPONSE_12[type] && !RESPONSE_12[type].test(value)) bad(`not a SCORM 1.2 ${type} response`);
      } else bad('not a writable interaction element');
    } else bad('not a writable SCORM 1.2 element');
  }

  // -- SCORM 2004 --------------------------------------------------------------------------

  private checkSet2004(element: string, value: string, n: number, bad: (why: string) => void) {
    const oneOf = (words: string[]) => words.includes(value) || bad(`not one of ${words.map((w) => JSON.stringify(w)).join(', ')}`);
    const maxLength = (max: number) => value.length <= max || bad(`${value.length} characters; at most ${max} allowed`);
    const uri = () => (value.length <= 4000 && URI.test(value)) || bad('not a URI (long_identifier_type), e.g. urn:…');
    const real = () => REAL.test(value) || bad('not a real number');
    const scaled = () => inRange(value, -1, 1) || bad('score.scaled must be a number from -1 to 1');
    let m: RegExpExecArray | null;

    if (element === 'cmi.location') maxLength(1000);
    else if (element === 'cmi.suspend_data') maxLength(64000);
    else if (element === 'cmi.exit') oneOf(VOCAB.exit2004);
    else if (element === 'cmi.session_time') DURATION.test(value) || bad('not an ISO 8601 duration with at most 2 decimals');
    else if (element === 'cmi.completion_status') oneOf(VOCAB.completion2004);
    else if (element === 'cmi.success_status') {
      oneOf(VOCAB.success2004);
      this.noteStatus('cmi', n, value);
    } else if (element === 'cmi.progress_measure') inRange(value, 0, 1) || bad('not from 0 to 1');
    else if (element === 'cmi.score.scaled') {
      scaled();
      this.noteScore('cmi', bad);
    } else if (/^cmi\.score\.(raw|min|max)$/.test(element)) {
      real();
      this.noteScore('cmi', bad);
    } else if (element === 'cmi.learner_preference.language') LANG.test(value) || bad('not a language code');
    else if (/^cmi\.learner_preference\.(audio_level|delivery_speed)$/.test(element)) real();
    else if (element === 'cmi.learner_preference.audio_captioning') ['-1', '0', '1'].includes(value) || bad('not -1, 0 or 1');
    else if (element === 'adl.nav.request') VOCAB.nav2004.includes(value) || /^\{target=[^}]+\}(choice|jump)$/.test(value) || bad('not a navigation request');
    else if ((m = /^cmi\.comments_from_learner\.(\d+)\.(comment|location|timestamp)$/.exec(element))) {
      const [, index = '', field = ''] = m;
      this.touch('cmi.comments_from_learner', Number(index), field, bad);
      if (field === 'comment') maxLength(4000);
      else if (field === 'location') maxLength(250);
      else TIMESTAMP.test(value) || bad('not a timestamp');
    } else if ((m = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(element))) {
      const [, index = '', field = ''] = m;
      const earlier = this.touch('cmi.objectives', Number(index), field, bad);
      const scope = `cmi.objectives.${index}`;
      if (field !== 'id' && !earlier.has('id') && !this.model.has(`${scope}.id`)) bad('set before the objective id');
      if (field === 'id') uri();
      else if (field === 'score.scaled') {
        scaled();
        this.noteScore(scope, bad);
      } else if (/^score\.(raw|min|max)$/.test(field)) {
        real();
        this.noteScore(scope, bad);
      } else if (field === 'success_status') {
        oneOf(VOCAB.success2004);
        this.noteStatus(scope, n, value);
      } else if (field === 'completion_status') oneOf(VOCAB.completion2004);
      else if (field === 'progress_measure') inRange(value, 0, 1) || bad('not from 0 to 1');
      else if (field === 'description') maxLength(250);
      else bad('not a writable objective element');
    } else if ((m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element))) {
      const [, index = '', field = ''] = m;
      const record = field.replace(/\.\d+\..*$/, '');
      const earlier = this.touch('cmi.interactions', Number(index), record, bad);
      if (field !== 'id' && !earlier.has('id') && !this.model.has(`cmi.interactions.${index}.id`)) {
        bad('set before the interaction id (the id must come first)');
      }
      let sub: RegExpExecArray | null;
      if (field === 'id') uri();
      else if (field === 'type') {
        oneOf(VOCAB.type2004);
        this.declaredTypes.set(index, value);
      } else if ((sub = /^objectives\.(\d+)\.id$/.exec(field))) {
        this.touch(`cmi.interactions.${index}.objectives`, Number(sub[1]), 'id', bad);
        uri();
      } else if (field === 'timestamp') TIMESTAMP.test(value) || bad('not a timestamp (YYYY-MM-DDThh:mm:ss)');
      else if (field === 'weighting') real();
      else if (field === 'latency') DURATION.test(value) || bad('not an ISO 8601 duration with at most 2 decimals');
      else if (field === 'description') maxLength(250);
      else if (field === 'result') VOCAB.result2004.includes(value) || REAL.test(value) || bad('not correct, incorrect, unanticipated, neutral or a number');
      else if (field === 'learner_response' || (sub = /^correct_responses\.(\d+)\.pattern$/.exec(field))) {
        if (sub) this.touch(`cmi.interactions.${index}.correct_responses`, Number(sub[1]), 'pattern', bad);
        const type = this.typeOf(index);
        if (!type) bad('set before the interaction type, so its format cannot be known');
        else {
          const why = response2004(type, value);
          if (why) bad(`not a SCORM 2004 ${type} response: ${why}`);
        }
      } else bad('not a writable interaction element');
    } else bad('not a writable SCORM 2004 element');
  }
}

/** Every violation in one page load's call log (one LMS session). */
export function checkCalls(calls: readonly LoggedCall[], version: ScormVersion, options: ConformanceOptions = {}): string[] {
  const recorder = new ConformanceRecorder(version, options);
  for (const call of calls) recorder.record(call);
  return recorder.violations;
}

/** Error readers only report the state left by the call before them. */
export const readsErrorState = (method: string) => /(GetLastError|GetErrorString|GetDiagnostic)$/.test(method);

/** Calls that failed with a non-zero error code and were not answered by a fault switch. */
export function unexpectedErrors(calls: readonly LoggedCall[]): string[] {
  return calls
    .filter((c) => c.error !== '0' && !c.fault && !readsErrorState(c.method))
    .map((c) => `${c.method}(${c.args.join(', ')}) -> ${c.result} (error ${c.error})`);
}
