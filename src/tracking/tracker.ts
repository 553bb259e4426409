// The one tracking interface the UI uses. It owns the commit policy and keeps what the
// learner did safe when the LMS misbehaves:
// - sync() only notes the snapshot and journals it on this device. The LMS calls run
//   afterwards, one back-end operation per task (deferred mode), so the page has already
//   updated and input is handled between slow calls; snapshots that arrive meanwhile
//   share one commit.
// - A refused commit (false, an error or an exception) is retried with back-off, on
//   timers; while everything is saved no timer runs at all.
// - At launch, and when the LMS comes back, the journal and the LMS are reconciled:
//   the newer state wins (see reconcile.ts).
// - It terminates exactly once; on the way out of the page, Terminate alone (it commits),
//   as an LMS that sends each call as a beacon during unload may keep only the first.
// - A review, browse or no-credit launch is read-only: Initialize, reads and Terminate,
//   nothing that could change the learner's record (see `recording`).
// The phases and the choice of the next operation are in decide.ts (pure, tested on their
// own); this file carries them out: back-end calls, timers and the journal. It is over 300
// lines because those three share one session's state; splitting them would spread it.
import { NOTHING_RECORDED, records, type Answer, type Backend, type Launch, type Recorded } from './backend';
import type { CourseResult } from '../course/result';
import type { CourseSettings } from '../course/types';
import { backoff, realClock, type Clock } from './clock';
import {
  decide,
  exitFor,
  exitWanted,
  hasWork,
  isEnded,
  progressKey,
  resultKey,
  sessionOpen,
  UNKNOWN,
  type Phase,
  type TrackerState,
  type Wanted,
  type Written,
} from './decide';
import type { Journal } from './journal';
import { isTransient } from './lms-call';
import { reconcile } from './reconcile';
import { floorResult, higher } from './recorded';
import { SaveStateCell, type SaveState, type SaveStateSource } from './save-state';

export type { SaveState } from './save-state';
export type TrackerMode = 'lms' | 'local';

export interface Snapshot {
  suspendData: string;
  location: string;
  result: CourseResult;
  /** Answers checked since the last snapshot. */
  answers?: Answer[];
}

export interface Tracker extends SaveStateSource {
  readonly mode: TrackerMode;
  readonly launch: Launch;
  readonly version: Backend['version'];
  /**
   * False when the LMS opened this attempt for review or browsing, or without credit:
   * nothing the learner does is sent (the UI says so). True until the LMS has answered.
   */
  readonly recording: boolean;
  /** The LMS's id for the learner, once a session has opened ('' until then, or when it gives none). */
  readonly learnerId: string;
  /** Send what changed since the last snapshot, in one commit. */
  sync(snapshot: Snapshot): void;
  /**
   * Session time, exit and terminate. Safe to call more than once. `unloading`: the page
   * is going away, so Terminate goes alone, without a Commit before it.
   */
  end(options?: { unloading?: boolean }): void;
  /** Non-zero LMS error codes seen so far. */
  readonly errors: readonly { call: string; code: string }[];
  /** Whether what the learner did has reached the LMS. */
  readonly saveState: SaveState;
  subscribe(listener: () => void): () => void;
  /** Send everything pending now, and commit (the page is being hidden). */
  flush(): void;
  /** True once end() has run. */
  readonly ended: boolean;
  /**
   * The page came back from the back/forward cache after end(). With `backend` (a fresh
   * LMS session the LMS offers), tracking carries on there; without, changes are kept
   * in the journal for the next launch, as the ended session must not be called again.
   */
  resume(backend?: Backend): void;
}

export interface TrackerOptions {
  /**
   * Run LMS calls in later tasks, after the UI has updated (what the browser uses).
   * Without it they run inside sync(), which suits tests that read the LMS at once.
   */
  deferred?: boolean;
  clock?: Clock;
  /** Opens the local journal once the learner is known; none in standalone mode. */
  journal?: (learnerId: string) => Journal | null;
  /** The caller has already tried Initialize: true if it succeeded, false if it kept failing. */
  initialized?: boolean;
  /**
   * The page was launched from another (a frame or a pop-up) but no LMS was found, so this
   * (in-page) tracker records nothing for a learning system: the save state says so.
   */
  lmsMissing?: boolean;
}

type Step = 'more' | 'idle' | 'failed';

/** How long the launch step waits for the first screen's progress, to share its commit. */
export const LAUNCH_WAIT_MS = 1000;
const NO_LAUNCH: Launch = {
  suspendData: '',
  location: '',
  resumed: false,
  language: '',
  mode: 'normal',
  credit: true,
  recorded: NOTHING_RECORDED,
};

/** A safety stop when draining at once: far more operations than any snapshot needs. */
const MAX_STEPS = 500;

/** The base of a journal begun without knowing what the LMS holds: matches no LMS state. */
const UNREAD = '\u0000unread';

class LmsTracker implements Tracker {
  readonly mode: TrackerMode;
  readonly version: Backend['version'];
  launch: Launch = NO_LAUNCH;
  recording = true;
  learnerId = '';
  /** Which fields mean what in each phase: see decide.ts. */
  #phase: Phase = 'connecting';
  /** A session has opened in this page at some point (see sync's 'not-open'). */
  #opened = false;

  readonly #cell = new SaveStateCell();
  readonly #settings: CourseSettings;
  readonly #clock: Clock;
  readonly #deferred: boolean;
  readonly #openJournal: TrackerOptions['journal'];
  readonly #startedAt: number;
  readonly #lmsMissing: boolean;
  #backend: Backend;
  #journal: Journal | null = null;
  /** Something may be in the journal (so clearing it is not a wasted storage call). */
  #journalled = false;
  /** The launch step (status off "not attempted", exit suspend) has been sent. */
  #started = false;
  #wanted: Wanted | null = null;
  /** When the wanted result last changed, by the clock answers are timed by (Date). */
  #resultSince: number | null = null;
  /** Checked answers not yet sent. */
  #pending: Answer[] = [];
  /** Answers sent but not yet confirmed by a commit. */
  #unconfirmed: Answer[] = [];
  #written: Written = { ...UNKNOWN };
  /** Something was set since the last confirmed commit. */
  #dirty = false;
  /** The suspend data the LMS holds, as last confirmed: the journal's base. */
  #base = '';
  #seq = 0;
  /** What the LMS holds as far as this session knows: the floor under what it reports. */
  #recorded = NOTHING_RECORDED;
  /** The result set since the last confirmed commit: part of the floor once confirmed. */
  #sentResult: Recorded | null = null;
  #failures = 0;
  #cancelStep: (() => void) | null = null;
  #cancelRetry: (() => void) | null = null;
  /** Cancels the launch step's wait for the first sync. */
  #cancelLaunchWait: (() => void) | null = null;
  /** Waiting for a background send (commit answered 'pending'). */
  #awaiting = false;

  constructor(backend: Backend, mode: TrackerMode, settings: CourseSettings, options: TrackerOptions) {
    this.#backend = backend;
    this.mode = mode;
    this.version = backend.version;
    this.#settings = settings;
    this.#clock = options.clock ?? realClock;
    this.#deferred = options.deferred ?? false;
    this.#openJournal = options.journal;
    this.#startedAt = this.#clock.now();
    this.#lmsMissing = options.lmsMissing ?? false;
    let ok = options.initialized;
    if (ok === undefined) ok = this.#initialize();
    if (ok) {
      this.#connect(true);
      // Deferred (a page): the launch step waits for the first screen's sync, so the two
      // go to the LMS in one commit; if no sync comes, it goes alone after a moment.
      // Work kept from an earlier session (the journal) goes at once.
      const carried = this.#wanted !== null || this.#pending.length > 0;
      if (this.#deferred && !carried) this.#cancelLaunchWait = this.#clock.later(() => this.#kick(), LAUNCH_WAIT_MS);
      else this.#kick();
    } else {
      // Start anyway: the learner is never kept waiting for an LMS. Initialize is
      // retried in the background and what they do meanwhile is sent when it succeeds.
      // Meanwhile it is kept on this device, if the back end can say whose it is.
      if (backend.learnerBeforeInit) this.#journal = this.#openJournal?.(backend.learnerId()) ?? null;
      this.#cell.set('not-open');
      this.#failures = 1;
      this.#scheduleRetry();
    }
  }

  get ended() {
    return isEnded(this.#phase);
  }
  get errors() {
    return this.#backend.errors;
  }
  get saveState() {
    // No LMS to reach: whatever the in-page stand-in holds, no learning system records it.
    return this.#lmsMissing ? 'no-lms' : this.#cell.saveState;
  }
  subscribe(listener: () => void) {
    return this.#cell.subscribe(listener);
  }

  sync({ suspendData, location, result, answers = [] }: Snapshot): void {
    if (this.ended || !this.recording) return;
    if (!this.#wanted || resultKey(this.#wanted.result) !== resultKey(result)) this.#resultSince = Date.now();
    this.#wanted = { suspendData, location, result, exit: exitFor(result) };
    this.#pending.push(...answers);
    if (!this.#hasWork()) {
      // Back to what the LMS has confirmed (say, the learner stepped back a page after a
      // refused save): an older journal entry must not win at the next launch.
      this.#clearJournal();
      return;
    }
    this.#writeJournal();
    // Not open yet only while no session has ever opened in this page; a session that
    // opened and was lost (the LMS went away) is unsaved work, not a refused visit.
    this.#cell.set(this.#phase === 'connecting' && !this.#opened ? 'not-open' : this.#failures > 0 || !sessionOpen(this.#phase) ? 'unsaved' : 'saving');
    this.#kick();
  }

  flush(): void {
    if (!(this.#phase === 'connected' || this.#phase === 'backing-off') || !this.recording) return;
    // The page may never come back: try now, even in the middle of a back-off wait.
    this.#cancelTimers();
    this.#phase = 'connected';
    if (this.#hasWork()) this.#drain();
  }

  end({ unloading = false }: { unloading?: boolean } = {}): void {
    if (this.ended) return;
    this.#cancelTimers();
    if (!sessionOpen(this.#phase)) {
      this.#phase = 'ended';
      if (this.recording && this.#hasWork()) this.#writeJournal();
      return;
    }
    const backend = this.#backend;
    if (!this.recording) {
      // No session time either: in review, even the time spent is not the record's.
      this.#phase = 'ended';
      try {
        backend.terminate();
      } catch {
        // Nothing of the learner's was at stake.
      }
      return;
    }
    // Everything still pending, then one final commit with the session time and exit.
    this.#phase = 'ending';
    const drained = this.#drain();
    const errorsBefore = backend.errors.length;
    let saved: boolean;
    let pending = false;
    try {
      backend.setSessionTime(this.#clock.now() - this.#startedAt);
      const exit = this.#wanted ? this.#exitWanted(this.#wanted) : (this.#written.exit ?? this.#exitWanted(null));
      if (exit) backend.setExit(exit);
      const setsOk = drained !== 'failed' && !backend.errors.slice(errorsBefore).some((e) => isTransient(e.code));
      const commit = unloading ? false : backend.commit();
      pending = commit === 'pending';
      // Terminate commits too (Finish does in 1.2), so it counts even if Commit did not.
      const terminated = backend.terminate();
      saved = setsOk && (commit === true || terminated);
    } catch {
      saved = false;
    }
    this.#phase = 'ended';
    if (saved) {
      this.#unconfirmed = [];
      this.#dirty = false;
      if (this.#written.suspendData !== null) this.#base = this.#written.suspendData;
      this.#clearJournal();
      this.#cell.set('saved');
    } else {
      this.#writeJournal();
      this.#cell.set(pending && backend.settled ? 'saving' : 'unsaved');
      // A background send (xAPI) goes on after the session ends: its answer decides.
      if (pending) void backend.settled?.().then((ok) => this.#settledAfterEnd(ok));
    }
  }

  #settledAfterEnd(ok: boolean): void {
    if (ok) this.#clearJournal();
    this.#cell.set(ok ? 'saved' : 'unsaved');
  }

  resume(backend?: Backend): void {
    if (this.#phase !== 'ended') return;
    if (!backend) {
      // The old session is over and the LMS offers no new one: journal only.
      this.#phase = 'journal-only';
      return;
    }
    this.#backend = backend;
    this.#phase = 'connecting';
    if (this.#initialize()) {
      this.#connect(false);
      this.#kick();
    } else {
      this.#failures = Math.max(1, this.#failures);
      this.#scheduleRetry();
    }
  }

  // -- session --------------------------------------------------------------------------

  #initialize(): boolean {
    try {
      return this.#backend.initialize();
    } catch {
      return false;
    }
  }

  /**
   * A session has just opened. At launch the LMS and the journal are reconciled and the
   * winner becomes `launch`; later (the LMS came back), what the learner has done in this
   * page since is the newer state, so it is sent as it stands.
   */
  #connect(atLaunch: boolean): void {
    this.#opened = true;
    const backend = this.#backend;
    const errorsBefore = backend.errors.length;
    // The learner first: if the session dies a few calls in, the journal is still theirs.
    this.learnerId = backend.learnerId();
    this.#journal = this.#openJournal?.(this.learnerId) ?? null;
    const lms = backend.launch();
    if (!records(lms)) return this.#readOnly(lms, atLaunch);
    this.#recorded = atLaunch ? lms.recorded : higher(this.#recorded, lms.recorded);
    // Suspend data the LMS failed to give is not "no progress": writing this page's
    // progress over it could wipe the learner's. Such a session is never written to.
    const unreadable = backend.errors.slice(errorsBefore).some((e) => e.call.includes('suspend_data') && isTransient(e.code));
    const entry = atLaunch ? (this.#journal?.read() ?? null) : null;
    this.#base = unreadable ? UNREAD : lms.suspendData;
    this.#written = { ...UNKNOWN, progress: progressKey(lms), suspendData: lms.suspendData };
    this.#dirty = false;
    this.#started = false;
    this.#failures = 0;
    this.#phase = unreadable ? 'journal-only' : 'connected';
    if (!atLaunch) {
      this.#pending = [...this.#unconfirmed, ...this.#pending];
      this.#unconfirmed = [];
      this.#writeJournal();
      return;
    }
    // Unreadable: this device's journal, if any, is the best place to carry on from.
    const decision = unreadable ? (entry ? ({ use: 'journal', entry } as const) : null) : reconcile(lms, entry, this.#clock.now());
    if (decision?.use === 'journal') {
      const e = decision.entry;
      this.launch = { ...lms, suspendData: e.suspendData, location: e.location, resumed: true };
      this.#wanted = { suspendData: e.suspendData, location: e.location, result: e.result, exit: e.exit };
      this.#resultSince = null;
      this.#pending = [...e.answers];
      this.#seq = e.seq;
      if (unreadable) this.#base = e.base;
      this.#journalled = true; // cleared once the LMS has confirmed it
    } else {
      this.launch = unreadable ? { ...lms, suspendData: '', location: '', resumed: false } : lms;
      if (decision?.use === 'lms' && decision.why === 'lms-moved-on') this.#pending = [...decision.answers];
      if (entry) this.#journal?.clear();
    }
  }

  /** The LMS opened the attempt for review or browsing: show it, change nothing. */
  #readOnly(lms: Launch, atLaunch: boolean): void {
    this.recording = false;
    if (atLaunch) this.launch = lms;
    this.#wanted = null;
    this.#pending = [];
    this.#unconfirmed = [];
    this.#dirty = false;
    this.#started = true;
    this.#failures = 0;
    this.#phase = 'read-only';
    this.#cell.set('review');
  }

  #hasWork(): boolean {
    return hasWork(this.#state());
  }

  #exitWanted(w: Wanted | null) {
    return exitWanted(this.#state(), w);
  }

  /** The fields decide() reads. */
  #state(): TrackerState {
    return {
      phase: this.#phase,
      recording: this.recording,
      started: this.#started,
      pending: this.#pending,
      wanted: this.#wanted,
      resultSince: this.#resultSince,
      written: this.#written,
      dirty: this.#dirty,
      base: this.#base,
      launchSuspendData: this.launch.suspendData,
    };
  }

  // -- sending ----------------------------------------------------------------------------

  /** Sends the next operation soon (deferred) or everything at once. */
  #kick(): void {
    this.#cancelLaunchWait?.();
    this.#cancelLaunchWait = null;
    if (this.#phase !== 'connected' && this.#phase !== 'read-only') return;
    if (!this.#deferred) {
      this.#drain();
      return;
    }
    if (this.#cancelStep) return;
    this.#cancelStep = this.#clock.later(() => {
      this.#cancelStep = null;
      if (this.#runStep() === 'more') this.#kick();
    }, 0);
  }

  #drain(): Step {
    let step: Step = 'idle';
    for (let i = 0; i < MAX_STEPS; i++) {
      step = this.#runStep();
      if (step !== 'more') break;
    }
    return step;
  }

  /** One back-end operation: the one decide() picks. */
  #runStep(): Step {
    const op = decide(this.#state());
    if (op.kind === 'none') return 'idle';
    const backend = this.#backend;
    const errorsBefore = backend.errors.length;
    // Refusals (an element the LMS does not implement…) are logged, not retried.
    const failed = () => backend.errors.slice(errorsBefore).some((e) => isTransient(e.code));
    try {
      switch (op.kind) {
        case 'start':
          backend.markStarted();
          if (op.exit) backend.setExit(op.exit);
          if (failed()) return this.#fail();
          this.#started = true;
          if (op.exit) this.#written.exit = op.exit;
          break;
        case 'answer':
          // Throws before writing anything when the LMS cannot say where the record goes:
          // the answer then stays pending, to be sent again.
          backend.recordAnswer(op.answer);
          this.#pending.shift();
          // Written, perhaps in part: never sent again in this session, as a half-written
          // interaction sent again would be a duplicate. The journal keeps it until a commit.
          this.#unconfirmed.push(op.answer);
          if (failed()) return this.#fail();
          break;
        case 'skip-progress':
          this.#written.progress = op.key;
          return 'more';
        case 'progress':
          backend.setProgress(op.suspendData, op.location);
          if (failed()) return this.#fail();
          this.#written.progress = op.key;
          this.#written.suspendData = op.suspendData;
          break;
        case 'result': {
          const floored = floorResult(op.result, this.#recorded);
          backend.setResult(floored, this.#settings);
          if (failed()) return this.#fail();
          this.#sentResult = floored;
          this.#written.result = op.key;
          break;
        }
        case 'exit':
          backend.setExit(op.exit);
          if (failed()) return this.#fail();
          this.#written.exit = op.exit;
          break;
        case 'commit': {
          const commit = backend.commit();
          if (commit === 'pending') return this.#awaitBackend(backend);
          if (!commit || failed()) return this.#fail();
          return this.#confirmed();
        }
      }
    } catch {
      return this.#fail();
    }
    this.#dirty = true;
    return 'more';
  }

  /** Asks again once the back end's background send has ended. */
  #awaitBackend(backend: Backend): Step {
    if (!this.#awaiting && backend.settled) {
      this.#awaiting = true;
      void backend.settled().then(() => {
        this.#awaiting = false;
        if (this.#backend === backend) this.#kick();
      });
    }
    return 'idle';
  }

  #confirmed(): Step {
    this.#dirty = false;
    if (this.#sentResult) this.#recorded = higher(this.#recorded, this.#sentResult);
    this.#sentResult = null;
    this.#failures = 0;
    this.#unconfirmed = [];
    if (this.#written.suspendData !== null) this.#base = this.#written.suspendData;
    if (this.#hasWork()) {
      this.#writeJournal();
      return 'more';
    }
    this.#clearJournal();
    this.#cell.set('saved');
    return 'idle';
  }

  #fail(): Step {
    this.#failures++;
    this.#sentResult = null;
    // A refused commit may have dropped what was set before it: send it all again
    // (except interactions, above).
    this.#written = { ...UNKNOWN };
    this.#dirty = true;
    this.#writeJournal();
    this.#cell.set('unsaved');
    this.#scheduleRetry();
    return 'failed';
  }

  /** Back off: Initialize again (connecting) or send again (a session is open). */
  #scheduleRetry(): void {
    if (this.#cancelRetry || this.ended) return;
    this.#cancelStep?.();
    this.#cancelStep = null;
    if (this.#phase === 'connected') this.#phase = 'backing-off';
    this.#cancelRetry = this.#clock.later(() => {
      this.#cancelRetry = null;
      if (this.#phase === 'backing-off') {
        this.#phase = 'connected';
        this.#kick();
      } else this.#retryInitialize();
    }, backoff(this.#failures));
  }

  #retryInitialize(): void {
    if (this.#phase !== 'connecting') return;
    if (this.#initialize()) {
      this.#connect(false);
      this.#kick();
    } else {
      this.#failures++;
      this.#scheduleRetry();
    }
  }

  #cancelTimers(): void {
    this.#cancelLaunchWait?.();
    this.#cancelLaunchWait = null;
    this.#cancelStep?.();
    this.#cancelStep = null;
    this.#cancelRetry?.();
    this.#cancelRetry = null;
  }

  #clearJournal(): void {
    if (!this.#journalled) return;
    this.#journal?.clear();
    this.#journalled = false;
  }

  #writeJournal(): void {
    const w = this.#wanted;
    if (!this.#journal || !w) return;
    this.#journalled = true;
    this.#journal.write({
      seq: ++this.#seq,
      savedAt: this.#clock.now(),
      ...w,
      answers: [...this.#unconfirmed, ...this.#pending],
      base: this.#base,
    });
  }
}

export function createTracker(backend: Backend, mode: TrackerMode, settings: CourseSettings, options: TrackerOptions = {}): Tracker {
  return new LmsTracker(backend, mode, settings, options);
}
