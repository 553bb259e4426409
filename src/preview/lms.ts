// The preview's LMS: the in-page LMS host (src/tracking/in-page-lms.ts) plus what the
// preview adds around it (learner identity, Moodle's review mode, stored attempts, the
// panel's view of the data model). What each SCORM version presets before the course
// starts lives in lms12.ts and lms2004.ts; this file holds what they share.

import type { ScormVersion } from '../tracking/discover';
import {
  callMethod,
  flattenCmi,
  readPath,
  renderCmi,
  sessionState,
  totalTimeOr,
  type Entry,
  type ScormAgainApi,
  type SessionState,
  type VersionLayer,
} from '../tracking/in-page-lms';
import { isRecord } from '../shared/json';
import type { StoredAttempt } from './storage';

/**
 * How the LMS behaves around the course. `generic`: every launch is a normal, credited
 * one. `moodle`: as Moodle 4.5 does, a finished attempt (1.2 passed, completed or failed;
 * 2004 completed, passed or failed) opens again in review mode with no credit, and in
 * SCORM 2004 with an empty record (entry ab-initio, completion unknown, no suspend data),
 * while what the course sets is still stored over the attempt, element by element; but a
 * 2004 attempt the course closed with exit "normal" is followed by a new attempt (normal,
 * with credit, ab-initio and empty), as a real Moodle 4.5 did after a pass.
 */
export type Behaviour = 'generic' | 'moodle';

/** What the LMS knows before the course starts. */
export interface Launch {
  /** The attempt saved by an earlier page load, or null for a first launch. */
  readonly previous: StoredAttempt | null;
  /** Learner language preference to preset, from `?lang=`. */
  readonly language: string | null;
  /**
   * The mastery score (0-100) a real LMS takes from the manifest (1.2 masteryscore, 2004
   * minNormalizedMeasure) and gives the course; none when absent.
   */
  readonly masteryScore?: number | null;
  /** Default: generic. */
  readonly behaviour?: Behaviour;
  /** The learner's id, from `?learner=`; default PREVIEW_LEARNER. */
  readonly learner?: string | null;
}

export interface Snapshot {
  readonly cmi: Record<string, unknown>;
  readonly exit: string;
  readonly totalTime: string;
}

export interface PreviewLms {
  readonly version: ScormVersion;
  /** Where the course looks for the API: `window.API` (1.2) or `window.API_1484_11` (2004). */
  readonly windowKey: 'API' | 'API_1484_11';
  /** The runtime methods a course may call, in the spec's order. */
  readonly methods: readonly string[];
  /** Methods whose "true" result means data reached the LMS, so the attempt is saved. */
  readonly persistingMethods: readonly string[];
  readonly entry: Entry;
  /** The launch mode the LMS gave the course. */
  readonly mode: 'normal' | 'review';
  /** Problems met while preparing the launch, for the page to show. */
  readonly notices: readonly string[];
  call(method: string, args: readonly unknown[]): unknown;
  /** scorm-again's current error code, read without making an API call. */
  lastError(): string;
  errorText(code: string): string;
  state(): SessionState;
  /** The data model as `cmi.a.b` → value, sorted by element name. */
  flatCmi(): Record<string, string>;
  snapshot(): Snapshot;
}

export const PREVIEW_LEARNER = { id: 'preview-learner', name: 'Learner, Preview' } as const;

/** Who the LMS says the learner is: `?learner=` names another (a shared PC's next user). */
export const learnerOf = (launch: Pick<Launch, 'learner'>) => (launch.learner ? { id: launch.learner, name: `Learner, ${launch.learner}` } : PREVIEW_LEARNER);

/** Moodle reopens a finished attempt for review, whatever the course wants. */
export function reviewsAfter(launch: Launch, finished: (cmi: Record<string, unknown>) => boolean): boolean {
  return launch.behaviour === 'moodle' && launch.previous !== null && finished(launch.previous.cmi);
}

/**
 * What the course sets in a review session, and the attempt as Moodle then stores it:
 * the finished attempt with those values written over it, element by element.
 */
export function reviewStore(previous: StoredAttempt) {
  const sets = new Map<string, string>();
  return {
    /** Notes a successful SetValue / LMSSetValue. */
    note(method: string, args: readonly unknown[], result: unknown) {
      if (/SetValue$/.test(method) && result === 'true') sets.set(String(args[0]), String(args[1]));
    },
    /** `currentTotal` only when the course set a session time (Moodle then replaced the total with it). */
    snapshot(layer: VersionLayer, currentTotal: () => string): Snapshot {
      const exitElement = `cmi.${layer.exitPath}`;
      const totalTime = sets.has(`cmi.${layer.sessionTimePath}`) ? totalTimeOr(currentTotal, previous.totalTime) : previous.totalTime;
      return { cmi: overlay(previous.cmi, sets), exit: sets.get(exitElement) ?? previous.exit, totalTime };
    },
  };
}

/**
 * `cmi` with `sets` (`cmi.a.0.b` → value) written over it, as an LMS that stores each
 * element the course sets (Moodle's scoes_track) keeps the attempt.
 */
export function overlay(cmi: Record<string, unknown>, sets: ReadonlyMap<string, string>): Record<string, unknown> {
  const copy = structuredClone(cmi);
  for (const [element, value] of sets) {
    const parts = element.split('.').slice(1);
    const last = parts.pop();
    let node: Record<string, unknown> = copy;
    for (const part of parts) {
      const next = node[part];
      node = isRecord(next) ? next : (node[part] = {});
    }
    if (last) node[last] = value;
  }
  return copy;
}

/** Sets one LMS-owned value, turning scorm-again's validation error into a notice. */
export function presetValue(label: string, apply: () => void): string | null {
  try {
    apply();
    return null;
  } catch {
    return `The data model rejected ${label}.`;
  }
}

/** What one version's side has prepared before the course starts. */
export interface PreparedLaunch {
  readonly api: ScormAgainApi & { cmi: { getCurrentTotalTime(): string } };
  /** The attempt carried over (null: a new one). */
  readonly previous: StoredAttempt | null;
  readonly entry: Entry;
  readonly review: boolean;
  /** In review: the finished attempt the course's values are written over. */
  readonly reviewed: ReturnType<typeof reviewStore> | null;
  readonly notices: readonly string[];
  /** Elements the version's render leaves out, for the panel. */
  readonly extraCmi?: () => Record<string, string>;
}

/** The preview's LMS over a prepared scorm-again API, the same for both versions. */
export function previewLms(layer: VersionLayer, { api, previous, entry, review, reviewed, notices, extraCmi }: PreparedLaunch): PreviewLms {
  return {
    version: layer.version,
    windowKey: layer.windowKey,
    methods: layer.methods,
    persistingMethods: layer.persistingMethods,
    entry,
    mode: review ? 'review' : 'normal',
    notices,
    call: (method, args) => {
      const result = callMethod(api, method, args);
      reviewed?.note(method, args, result);
      return result;
    },
    lastError: () => api.lastErrorCode,
    errorText: (code) => api.getLmsErrorMessageDetails(code, false),
    state: () => sessionState(api),
    flatCmi: () => flattenCmi(renderCmi(api), extraCmi?.()),
    snapshot() {
      // A session time set in review replaced the total in Moodle (4 min 45 s became 5.6 s).
      if (reviewed) return reviewed.snapshot(layer, () => api.cmi.getCurrentTotalTime());
      const cmi = renderCmi(api);
      // getCurrentTotalTime adds the session_time the course reported to the stored total.
      const totalTime = totalTimeOr(() => api.cmi.getCurrentTotalTime(), previous?.totalTime);
      return { cmi, exit: readPath(cmi, layer.exitPath), totalTime };
    },
  };
}
