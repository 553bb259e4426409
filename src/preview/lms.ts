// The preview's LMS: scorm-again plus what a real LMS adds around it (learner identity,
// resume, stored attempts). Every SCORM 1.2 / 2004 difference lives in lms12.ts and
// lms2004.ts behind the PreviewLms interface; this file holds what they share.

import type { ScormVersion } from '../tracking/discover';
import type { StoredAttempt } from './storage';
import { isRecord } from '../shared/json';

export type SessionState = 'not-started' | 'running' | 'ended';
export type Entry = 'ab-initio' | 'resume' | '';
/**
 * How the LMS behaves around the course. `generic`: every launch is a normal, credited
 * one. `moodle`: as Moodle 4.5 does, a finished attempt (1.2 passed, completed or failed;
 * 2004 completed, passed or failed) opens again in review mode with no credit, and in
 * SCORM 2004 with an empty record (entry ab-initio, completion unknown, no suspend data),
 * while what the course sets is still stored over the attempt, element by element.
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

/** The parts of scorm-again's BaseAPI both versions use. */
export interface ScormAgainApi {
  lastErrorCode: string;
  isInitialized(): boolean;
  isTerminated(): boolean;
  renderCMIToJSONObject(): Record<string, unknown>;
  loadFromJSON(json: Record<string, unknown>): void;
  getLmsErrorMessageDetails(code: string | number, detail?: boolean): string;
}

/** No HTTP, no timers: every commit is the course's own call, and the log is the panel. */
export const API_SETTINGS = {
  autocommit: false,
  lmsCommitUrl: false,
  logLevel: 'NONE',
  uninitializedGetLogLevel: 'NONE',
} as const;

export const PREVIEW_LEARNER = { id: 'preview-learner', name: 'Learner, Preview' } as const;

/** Moodle's rule: a learner resumes only when the last session ended with exit=suspend. */
export function entryAfter(previous: StoredAttempt | null): Entry {
  return previous?.exit === 'suspend' ? 'resume' : 'ab-initio';
}

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
    snapshot(exitElement: string, sessionTimeElement: string, currentTotal: () => string): Snapshot {
      const totalTime = sets.has(sessionTimeElement) ? totalTimeOr(currentTotal, previous.totalTime) : previous.totalTime;
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

/**
 * The stored cmi object minus the elements the LMS sets itself for each new session.
 * `paths` are dotted paths inside `cmi`, e.g. `core.exit`.
 */
export function withoutSessionFields(cmi: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(cmi);
  for (const path of paths) {
    const parts = path.split('.');
    const last = parts.pop();
    let node: unknown = copy;
    for (const part of parts) node = isRecord(node) ? node[part] : undefined;
    if (last && isRecord(node)) delete node[last];
  }
  return copy;
}

const byElementName = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Flattens scorm-again's rendered cmi, keeping only values (not empty arrays/objects).
 * `extra` adds elements the render leaves out.
 */
export function flattenCmi(cmi: unknown, extra: Record<string, string> = {}): Record<string, string> {
  const pairs: [string, string][] = Object.entries(extra);
  const visit = (node: unknown, path: string): void => {
    if (isRecord(node) || Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
    } else if (node !== null && node !== undefined) {
      pairs.push([path, String(node)]);
    }
  };
  visit(cmi, 'cmi');
  pairs.sort((a, b) => byElementName(a[0], b[0]));
  return Object.fromEntries(pairs);
}

/** The rendered `cmi` object; scorm-again wraps it as `{ cmi: {...} }`. */
export function renderCmi(api: ScormAgainApi): Record<string, unknown> {
  const rendered = api.renderCMIToJSONObject();
  return isRecord(rendered.cmi) ? rendered.cmi : {};
}

export function readPath(cmi: Record<string, unknown>, path: string): string {
  let node: unknown = cmi;
  for (const part of path.split('.')) node = isRecord(node) ? node[part] : undefined;
  return typeof node === 'string' ? node : '';
}

/**
 * A fresh, uninitialised API with the previous attempt loaded (minus `sessionFields`,
 * which the LMS sets anew each session). If loading fails the attempt is dropped and a
 * clean API returned, rather than a half-loaded one; `previous` says which happened.
 */
export function startApi<T extends ScormAgainApi>(
  make: () => T,
  previous: StoredAttempt | null,
  sessionFields: readonly string[],
  notices: string[],
): { api: T; previous: StoredAttempt | null } {
  const api = make();
  if (!previous) return { api, previous };
  const saved = withoutSessionFields(previous.cmi, sessionFields);
  try {
    // loadFromJSON goes through scorm-again's own setters, which accept read-only
    // elements only before Initialize; that is why this runs before the iframe exists.
    api.loadFromJSON(saved);
  } catch (error) {
    // scorm-again throws on the first value of the wrong type.
    notices.push(`The saved attempt could not be restored (${String(error)}); starting a new one.`);
    return { api: make(), previous: null };
  }
  // Unknown elements and out-of-order indices are dropped without throwing, and the
  // error code is reset by the next value, so compare instead.
  const wanted = flattenCmi(saved);
  const got = flattenCmi(renderCmi(api));
  const dropped = Object.keys(wanted).filter((key) => wanted[key] !== '' && got[key] !== wanted[key]);
  if (dropped.length > 0) notices.push(`Saved values not restored: ${dropped.join(', ')}.`);
  // A dropped value can leave its error code behind; a course asking GetLastError before
  // Initialize must not see it.
  api.lastErrorCode = '0';
  return { api, previous };
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

export function callMethod(api: ScormAgainApi, method: string, args: readonly unknown[]): unknown {
  const fn: unknown = (api as unknown as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`scorm-again has no ${method}()`);
  return fn.apply(api, args) as unknown;
}

export function sessionState(api: ScormAgainApi): SessionState {
  if (api.isTerminated()) return 'ended';
  return api.isInitialized() ? 'running' : 'not-started';
}

/** The running total, or the stored one if scorm-again cannot add the times up. */
export function totalTimeOr(read: () => string, fallback = ''): string {
  try {
    return read() || fallback;
  } catch {
    return fallback;
  }
}
