// An LMS inside the page. scorm-again holds the data model; what a real LMS adds around
// it is here: restore the stored attempt (minus what each session sets anew), resume
// only after a suspend, and know which calls save. Two hosts use it: the standalone
// course's fallback when there is no LMS (local.ts) and the preview (src/preview). Each
// SCORM version is a thin layer (LAYERS). This file imports no scorm-again: each host
// loads the version it needs (statically in local.ts, lazily in the preview), so no
// launch downloads a version it does not use.
import type { ScormVersion } from './discover';
import { isRecord } from '../shared/json';

export type SessionState = 'not-started' | 'running' | 'ended';
export type Entry = 'ab-initio' | 'resume' | '';

/** What differs between SCORM 1.2 and 2004 for a host. */
export interface VersionLayer {
  readonly version: ScormVersion;
  /** Where the course looks for the API: `window.API` (1.2) or `window.API_1484_11` (2004). */
  readonly windowKey: 'API' | 'API_1484_11';
  /** The runtime methods a course may call, in the spec's order. */
  readonly methods: readonly string[];
  /** Methods whose "true" result means data reached the LMS, so the attempt is saved. */
  readonly persistingMethods: readonly string[];
  /** Dotted paths inside `cmi` set by the LMS for every session, so never carried over. */
  readonly sessionFields: readonly string[];
  /** cmi.core.exit (1.2) or cmi.exit (2004), inside `cmi`. */
  readonly exitPath: string;
  readonly sessionTimePath: string;
}

export const LAYERS: Readonly<Record<ScormVersion, VersionLayer>> = {
  '1.2': {
    version: '1.2',
    windowKey: 'API',
    methods: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    persistingMethods: ['LMSCommit', 'LMSFinish'],
    sessionFields: ['core.entry', 'core.exit', 'core.session_time', 'core.total_time'],
    exitPath: 'core.exit',
    sessionTimePath: 'core.session_time',
  },
  '2004': {
    version: '2004',
    windowKey: 'API_1484_11',
    methods: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
    persistingMethods: ['Commit', 'Terminate'],
    sessionFields: ['entry', 'exit', 'session_time', 'total_time'],
    exitPath: 'exit',
    sessionTimePath: 'session_time',
  },
};

/** The parts of scorm-again's BaseAPI both versions use. */
export interface ScormAgainApi {
  lastErrorCode: string;
  isInitialized(): boolean;
  isTerminated(): boolean;
  renderCMIToJSONObject(): Record<string, unknown>;
  loadFromJSON(json: Record<string, unknown>): void;
  getLmsErrorMessageDetails(code: string | number, detail?: boolean): string;
  on(event: string, callback: (...args: unknown[]) => void): void;
}

/** No HTTP, no timers, no console: every commit is the course's own call. */
export const API_SETTINGS = {
  autocommit: false,
  lmsCommitUrl: false,
  logLevel: 'NONE',
  uninitializedGetLogLevel: 'NONE',
} as const;

/** As real LMSs do (Moodle among them): a learner resumes only after the last session ended with exit=suspend. */
export function entryAfter(previous: { exit: string } | null): Entry {
  return previous?.exit === 'suspend' ? 'resume' : 'ab-initio';
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
 * A fresh, uninitialised API with the previous attempt loaded (minus the layer's session
 * fields, which the LMS sets anew each session). If loading fails the attempt is dropped
 * and a clean API returned, rather than a half-loaded one; `previous` says which happened.
 */
export function restoreApi<T extends ScormAgainApi, P extends { cmi: Record<string, unknown> }>(
  make: () => T,
  layer: VersionLayer,
  previous: P | null,
  notices: string[],
): { api: T; previous: P | null } {
  const api = make();
  if (!previous) return { api, previous };
  const saved = withoutSessionFields(previous.cmi, layer.sessionFields);
  try {
    // loadFromJSON goes through scorm-again's own setters, which accept read-only
    // elements only before Initialize.
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

/** Calls `save` after each call that reaches the LMS (commit, finish / terminate). */
export function saveOnCommit(api: ScormAgainApi, layer: VersionLayer, save: () => void): void {
  for (const method of layer.persistingMethods) api.on(method, save);
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
