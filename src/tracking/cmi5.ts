// The cmi5 back end (an AU sending xAPI to the LMS's LRS), behind the tracker's one
// Backend interface. Loaded only on a cmi5 launch: its own chunk.
// Over 300 lines: the cmi5 rules (statement order, once-only verbs, the token kept for a
// reload, the outbox) must be read together; the xAPI client and the launch parsing are
// apart in their own files.
//
// How asynchronous xAPI fits the tracker's synchronous commit/retry/journal semantics:
// - Before the tracker exists, prepare() does the launch's network work (auth token, once
//   per launch and kept in sessionStorage for reloads; LMS.LaunchData; the learner
//   preferences; the AU's own progress document). The tracker then starts with
//   initialize() answering at once; if preparing failed, initialize() says false and starts
//   it again, so the tracker's back-off retries of Initialize drive it.
// - The setters never touch the network: setProgress() notes the progress document,
//   recordAnswer() and setResult() put statements in an outbox, in order, each with an id
//   made here (name-based, so a statement made again keeps its id and the LRS keeps one).
//   The outbox lives in sessionStorage too, so a reload sends what the last page could not.
// - commit() starts a flush (statements one by one with PUT ?statementId, then the
//   progress document) and answers 'pending'; the tracker waits for settled() and asks
//   again. It answers true when everything has reached the LRS, and false once after a
//   failed flush: the tracker then journals, shows "not saved" and retries with back-off,
//   and its retry calls the setters again (harmless: statements already queued are not
//   queued again) and commit(), which flushes again.
// - terminate() queues Terminated and sends the whole outbox in one keepalive POST with
//   the progress document beside it, so it can still go while the page is hidden; on an
//   explicit exit with a returnURL, the window goes there once Terminated has arrived.
// - Completed, passed and failed are sent once: a flag in the progress document remembers
//   what the LRS has (per registration), the ids of completed and passed are derived from
//   the registration, and in Browse or Review only Initialized and Terminated go.
import { interactionType, type Answer, type Backend, type Launch } from './backend';
import type { CourseResult } from '../course/result';
import type { Cmi5Launch } from './cmi5-launch';
import { urn } from './scorm2004';
import { duration2004 } from './time-format';
import { namedUuid, uuid, xapiClient, XapiError, type Json, type XapiClient } from './xapi';
import { isRecord } from '../shared/json';

const ADL = 'http://adlnet.gov/expapi/verbs/';
type Verb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated' | 'answered';
const CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/';
const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/** The AU's own state document (not LMS.LaunchData): the course's compact progress. */
export const PROGRESS_STATE = 'progress';
/** The learner's preferences, an agent profile the LMS keeps (11.0.0.0-4). */
const PREFERENCES = 'cmi5LearnerPreferences';

interface LaunchData {
  contextTemplate: Json;
  launchMode: string;
  masteryScore?: number;
  returnURL?: string;
  moveOn?: string;
}

/** What the LRS has of this registration's results, kept in the progress document. */
interface Sent {
  completed: boolean;
  passed: boolean;
  /** The score of the last failed statement sent (a new failure is reported again). */
  failed: number | null;
}

interface Progress {
  suspendData: string;
  location: string;
  sent: Sent;
}

/** One launch session, in sessionStorage so a reload carries on with it. */
interface Session {
  token: string;
  initializedAt: number | null;
  terminated: boolean;
  outbox: Json[];
}

function readProgress(doc: Json | null): Progress | null {
  if (!doc) return null;
  const sent = isRecord(doc.sent) ? doc.sent : {};
  return {
    suspendData: typeof doc.suspendData === 'string' ? doc.suspendData : '',
    location: typeof doc.location === 'string' ? doc.location : '',
    sent: { completed: sent.completed === true, passed: sent.passed === true, failed: typeof sent.failed === 'number' ? sent.failed : null },
  };
}

function readLaunchData(doc: Json | null): LaunchData {
  if (!doc || !isRecord(doc.contextTemplate)) throw new XapiError('GET LMS.LaunchData', 'missing');
  return {
    contextTemplate: doc.contextTemplate,
    launchMode: typeof doc.launchMode === 'string' ? doc.launchMode : 'Normal',
    ...(typeof doc.masteryScore === 'number' ? { masteryScore: doc.masteryScore } : {}),
    // Early drafts and some LMSs spell it returnUrl.
    ...(typeof (doc.returnURL ?? doc.returnUrl) === 'string' ? { returnURL: String(doc.returnURL ?? doc.returnUrl) } : {}),
    ...(typeof doc.moveOn === 'string' ? { moveOn: doc.moveOn } : {}),
  };
}

export class Cmi5Backend implements Backend {
  readonly version = 'cmi5';
  readonly learnerBeforeInit = true;
  readonly errors: { call: string; code: string }[] = [];

  readonly #params: Cmi5Launch;
  readonly #courseId: string;
  readonly #win: Window;
  readonly #now: () => number;
  #client: XapiClient | null = null;
  #launchData: LaunchData | null = null;
  #language = '';
  #audio: Launch['audio'];
  #progress: Progress = { suspendData: '', location: '', sent: { completed: false, passed: false, failed: null } };
  #resumed = false;
  #session: Session | null = null;
  #preparing: Promise<boolean> | null = null;
  /** What this page has queued (the LRS may not have it yet). */
  #queued: Sent = { completed: false, passed: false, failed: null };
  #failedThisSession = false;
  #stateDirty = false;
  #stateRev = 0;
  #flight: Promise<boolean> | null = null;
  #flushFailed = false;
  #ended = false;
  #unloading = false;

  constructor(params: Cmi5Launch, courseId: string, win: Window, now: () => number = Date.now) {
    this.#params = params;
    this.#courseId = courseId;
    this.#win = win;
    this.#now = now;
    win.addEventListener('pagehide', () => (this.#unloading = true));
    win.addEventListener('pageshow', () => (this.#unloading = false));
  }

  // -- launch -----------------------------------------------------------------------------

  /** The launch's network work; true when the back end is ready. Errors are logged, not thrown. */
  prepare(): Promise<boolean> {
    this.#preparing ??= this.#prepare().then(
      () => true,
      (error: unknown) => {
        this.#log(error);
        this.#preparing = null;
        return false;
      },
    );
    return this.#preparing;
  }

  async #prepare(): Promise<void> {
    const p = this.#params;
    if (!p.actor || !p.registration || !p.activityId) throw new XapiError('launch parameters', 'missing');
    const fetchFn = this.#win.fetch.bind(this.#win);
    // The fetch url gives a token once (8.2.3.0-1): a reload must use the one it gave.
    let session = this.#readSession();
    if (!session) {
      let body: Json = {};
      let status: number;
      try {
        const response = await fetchFn(p.fetch, { method: 'POST' });
        status = response.status;
        const data: unknown = await response.json().catch(() => null);
        if (isRecord(data)) body = data;
      } catch {
        throw new XapiError('POST fetch', 'network');
      }
      const token = body['auth-token'];
      if (typeof token !== 'string' || !token) {
        throw new XapiError('POST fetch', body['error-code'] !== undefined ? `fetch-error-${String(body['error-code'])}` : `http-${status}`);
      }
      session = { token, initializedAt: null, terminated: false, outbox: [] };
      this.#session = session;
      this.#saveSession();
    }
    this.#session = session;
    const client = xapiClient(p.endpoint, session.token, fetchFn);
    const at = this.#stateQuery();
    const agent = { agent: JSON.stringify(p.actor) };
    const [states, profiles] = await Promise.all([
      client.listDocuments('activities/state', at),
      // Preferences are optional, and an LRS may refuse them (11.0.0.0-2): not an error.
      client.listDocuments('agents/profile', agent).catch((): string[] => []),
    ]);
    const [launchData, preferences, progress] = await Promise.all([
      client.getDocument('activities/state', { ...at, stateId: 'LMS.LaunchData' }),
      profiles.includes(PREFERENCES) ? client.getDocument('agents/profile', { ...agent, profileId: PREFERENCES }).catch(() => null) : null,
      states.includes(PROGRESS_STATE) ? client.getDocument('activities/state', { ...at, stateId: PROGRESS_STATE }) : null,
    ]);
    this.#launchData = readLaunchData(launchData);
    const languages = typeof preferences?.languagePreference === 'string' ? preferences.languagePreference : '';
    this.#language = languages.split(',')[0]?.trim() ?? '';
    const audio = preferences?.audioPreference;
    this.#audio = audio === 'on' || audio === 'off' ? audio : undefined;
    const saved = readProgress(progress);
    if (saved) this.#progress = saved;
    this.#resumed = saved !== null;
    this.#queued = { ...this.#progress.sent };
    // Statements the last page of this session queued but could not send.
    for (const s of session.outbox) if (s.verb && isRecord(s.verb)) this.#noteQueued(s);
    this.#client = client;
  }

  initialize(): boolean {
    if (this.#ended) return false;
    if (!this.#client || !this.#session) {
      void this.prepare();
      return false;
    }
    const session = this.#session;
    if (session.initializedAt === null && !session.terminated) {
      session.initializedAt = this.#now();
      this.#queue(this.#statement('initialized'));
    }
    return true;
  }

  launch(): Launch {
    const mode = this.#launchData?.launchMode;
    return {
      suspendData: this.#progress.suspendData,
      location: this.#progress.location,
      resumed: this.#resumed,
      language: this.#language,
      ...(this.#audio && { audio: this.#audio }),
      mode: mode === 'Browse' ? 'browse' : mode === 'Review' ? 'review' : 'normal',
      credit: true,
      // What the LRS has acknowledged; a score is not kept (statements carry it once).
      recorded: { completed: this.#progress.sent.completed, passed: this.#progress.sent.passed },
    };
  }

  learnerId(): string {
    const account = this.#params.actor?.account;
    if (isRecord(account)) return `${String(account.homePage)}|${String(account.name)}`;
    return String(this.#params.actor?.mbox ?? this.#params.actor?.mbox_sha1sum ?? '');
  }

  // -- what the tracker sets --------------------------------------------------------------

  markStarted(): void {
    // Initialized says it (9.3.2); cmi5 has no "incomplete" to set.
  }

  setProgress(suspendData: string, location: string): void {
    if (suspendData === this.#progress.suspendData && location === this.#progress.location && !this.#stateDirty) return;
    this.#progress = { ...this.#progress, suspendData, location };
    this.#stateDirty = true;
    this.#stateRev++;
  }

  recordAnswer(a: Answer): void {
    if (!this.#mayRecord()) return;
    const p = this.#params;
    const id = namedUuid(`${p.registration}|answered|${a.moduleId}|${a.questionId}|${a.at.getTime()}`);
    const pattern = (ids: string[]) => ids.map((x) => (a.type === 'sort' ? x.replace('_', '[.]') : x)).join('[,]');
    const template = this.#launchData!.contextTemplate;
    const templateActivities = isRecord(template.contextActivities) ? template.contextActivities : {};
    // A cmi5 allowed statement: about the question, with the AU as its parent, and no
    // cmi5 category (that marks cmi5 defined statements only).
    this.#queue({
      id,
      // An answer replayed from the journal of an earlier session is sent in this one, after its initialized.
      timestamp: new Date(Math.max(a.at.getTime(), this.#session?.initializedAt ?? 0)).toISOString(),
      actor: p.actor,
      verb: { id: `${ADL}answered`, display: { en: 'answered' } },
      object: {
        objectType: 'Activity',
        id: urn(this.#courseId, a.moduleId, a.questionId),
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: interactionType(a),
          correctResponsesPattern: [pattern(a.correct)],
          ...(a.description ? { description: { und: a.description } } : {}),
        },
      },
      result: { response: pattern(a.response), success: a.result, duration: duration2004(a.latencyMs) },
      context: {
        ...structuredClone(template),
        registration: p.registration,
        contextActivities: { ...structuredClone(templateActivities), parent: [{ objectType: 'Activity', id: p.activityId }] },
      },
    });
  }

  setResult(result: CourseResult, settings: { masteryScore: number }): void {
    if (!this.#mayRecord()) return;
    // Sent as soon as earned: Terminated often never arrives when a tab is closed.
    if (result.completed && !this.#queued.completed) this.#queue(this.#statement('completed'));
    if (!result.scored || result.score === undefined || this.#queued.passed) return;
    const scaled = result.score / 100;
    // 10.2.4.0-2: the LMS's mastery score decides, if it gives one.
    const mastery = this.#launchData!.masteryScore ?? settings.masteryScore / 100;
    if (scaled >= mastery) this.#queue(this.#statement('passed', scaled));
    else if (!this.#failedThisSession && this.#queued.failed !== result.score) this.#queue(this.#statement('failed', scaled));
  }

  setExit(): void {
    // cmi5 has no exit to set: Terminated closes the session.
  }

  setSessionTime(): void {
    // Terminated carries the session's duration itself.
  }

  // -- sending ----------------------------------------------------------------------------

  commit(): boolean | 'pending' {
    if (this.#flight) return 'pending';
    if (this.#flushFailed) {
      this.#flushFailed = false;
      return false;
    }
    if (!this.#hasUnsent()) return true;
    this.#track(this.#send(false));
    return 'pending';
  }

  settled(): Promise<boolean> {
    return this.#flight ?? Promise.resolve(!this.#flushFailed && !this.#hasUnsent());
  }

  terminate(): boolean {
    if (this.#ended || !this.#client || !this.#session) return false;
    this.#ended = true;
    const session = this.#session;
    if (session.initializedAt !== null && !session.terminated) {
      this.#queue(this.#statement('terminated'));
      session.terminated = true;
      this.#saveSession();
    }
    // One request for the statements and one for progress, both keepalive: they go on
    // while the page is hidden or unloading, where a chain of requests would be cut.
    const sent = this.#send(true);
    this.#track(sent);
    const returnURL = this.#launchData?.returnURL;
    void sent.then((ok) => {
      // 10.2.6.0-1: on the learner's way out (not a page being hidden or closed).
      if (ok && returnURL && !this.#unloading) this.#win.location.assign(returnURL);
    });
    return false;
  }

  // -- inside -----------------------------------------------------------------------------

  /** Browse and Review send Initialized and Terminated only (10.2.2.0-9, -11). */
  #mayRecord(): boolean {
    return !!this.#launchData && this.#launchData.launchMode === 'Normal' && !this.#session?.terminated;
  }

  #stateQuery() {
    const p = this.#params;
    return { activityId: p.activityId, agent: JSON.stringify(p.actor), registration: p.registration };
  }

  #statement(verb: Exclude<Verb, 'answered'>, scaled?: number): Json {
    const p = this.#params;
    const template = structuredClone(this.#launchData!.contextTemplate);
    const activities = isRecord(template.contextActivities) ? template.contextActivities : {};
    const category = Array.isArray(activities.category) ? [...(activities.category as unknown[])] : [];
    category.push({ objectType: 'Activity', id: `${CATEGORY}cmi5` });
    const judged = verb === 'completed' || verb === 'passed' || verb === 'failed';
    if (judged) category.push({ objectType: 'Activity', id: `${CATEGORY}moveon` });
    const extensions = isRecord(template.extensions) ? template.extensions : {};
    const mastery = this.#launchData!.masteryScore;
    const session = this.#session!;
    const duration = duration2004(this.#now() - (session.initializedAt ?? this.#now()));
    const result =
      verb === 'completed'
        ? { completion: true, duration }
        : verb === 'passed' || verb === 'failed'
          ? { success: verb === 'passed', score: { scaled }, duration }
          : verb === 'terminated'
            ? { duration }
            : undefined;
    // Completed and passed happen once per registration: their ids say so.
    const once = verb === 'completed' || verb === 'passed';
    return {
      id: once ? namedUuid(`${p.registration}|${p.activityId}|${verb}`) : uuid(),
      timestamp: new Date(this.#now()).toISOString(),
      actor: p.actor,
      verb: { id: `${ADL}${verb}`, display: { en: verb } },
      object: { objectType: 'Activity', id: p.activityId },
      ...(result ? { result } : {}),
      context: {
        ...template,
        registration: p.registration,
        contextActivities: { ...activities, category },
        extensions: { ...extensions, ...((verb === 'passed' || verb === 'failed') && mastery !== undefined ? { [MASTERY_EXTENSION]: mastery } : {}) },
      },
    };
  }

  #queue(statement: Json): void {
    const outbox = this.#session!.outbox;
    if (outbox.some((s) => s.id === statement.id)) return;
    outbox.push(statement);
    this.#noteQueued(statement);
    this.#saveSession();
  }

  #noteQueued(statement: Json): void {
    const verb = String((statement.verb as Json).id).slice(ADL.length);
    if (verb === 'completed') this.#queued.completed = true;
    if (verb === 'passed') this.#queued.passed = true;
    if (verb === 'failed') {
      this.#failedThisSession = true;
      const score = (statement.result as { score?: { scaled?: number } } | undefined)?.score?.scaled;
      this.#queued.failed = score === undefined ? null : Math.round(score * 100);
    }
  }

  /** The LRS has this statement: remember it (in the progress document too, for results). */
  #acknowledged(statement: Json): void {
    const session = this.#session!;
    session.outbox = session.outbox.filter((s) => s.id !== statement.id);
    this.#saveSession();
    const verb = String((statement.verb as Json).id).slice(ADL.length);
    const sent = this.#progress.sent;
    if (verb === 'completed') sent.completed = true;
    else if (verb === 'passed') sent.passed = true;
    else if (verb === 'failed') sent.failed = this.#queued.failed;
    else return;
    this.#stateDirty = true;
    this.#stateRev++;
  }

  #hasUnsent(): boolean {
    return this.#stateDirty || (this.#session?.outbox.length ?? 0) > 0;
  }

  #track(flight: Promise<boolean>): void {
    const tracked = flight.then((ok) => {
      if (this.#flight === tracked) this.#flight = null;
      if (!ok) this.#flushFailed = true;
      return ok;
    });
    this.#flight = tracked;
  }

  async #send(keepalive: boolean): Promise<boolean> {
    const client = this.#client!;
    const session = this.#session!;
    const state = async () => {
      if (!this.#stateDirty) return;
      const rev = this.#stateRev;
      await client.putDocument('activities/state', { ...this.#stateQuery(), stateId: PROGRESS_STATE }, { ...this.#progress }, keepalive);
      if (rev === this.#stateRev) this.#stateDirty = false;
    };
    try {
      if (keepalive) {
        const batch = [...session.outbox];
        await Promise.all([batch.length ? client.postStatements(batch, true) : null, state()]);
        for (const s of batch) this.#acknowledged(s);
        // The flags the acknowledgements set: best effort while the page can still send.
        await state();
        return true;
      }
      // In order, one at a time: the LRS stores them as they happened.
      while (session.outbox.length > 0) {
        const next = session.outbox[0]!;
        await client.putStatement(next);
        this.#acknowledged(next);
      }
      await state();
      return !this.#hasUnsent();
    } catch (error) {
      this.#log(error);
      return false;
    }
  }

  #log(error: unknown): void {
    this.errors.push(error instanceof XapiError ? { call: error.call, code: error.code } : { call: 'cmi5', code: 'exception' });
  }

  get #sessionKey() {
    return `cmi5:session:${this.#params.fetch}`;
  }

  #readSession(): Session | null {
    try {
      const data: unknown = JSON.parse(this.#win.sessionStorage.getItem(this.#sessionKey) ?? 'null');
      if (!isRecord(data) || typeof data.token !== 'string' || !Array.isArray(data.outbox)) return null;
      return {
        token: data.token,
        initializedAt: typeof data.initializedAt === 'number' ? data.initializedAt : null,
        terminated: data.terminated === true,
        outbox: data.outbox.filter(isRecord),
      };
    } catch {
      return null;
    }
  }

  #saveSession(): void {
    try {
      this.#win.sessionStorage.setItem(this.#sessionKey, JSON.stringify(this.#session));
    } catch {
      // Blocked storage: a reload would fetch again and be refused; the journal keeps the work.
    }
  }
}

/** The back end for a cmi5 launch, prepared (or not: initialize() then says false and retries). */
export async function startCmi5(params: Cmi5Launch, courseId: string, win: Window): Promise<Cmi5Backend> {
  const backend = new Cmi5Backend(params, courseId, win);
  await backend.prepare();
  return backend;
}
