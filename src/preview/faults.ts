// Fault switches: the preview LMS misbehaving the ways real ones do, so the course's
// recovery can be seen and tested. Chosen in the URL, e.g. `?fault=commit-fail:3&fault=slow`
// (or comma-separated), so a test or a bug report can link to the exact situation.

import type { PreviewLms } from './lms';
import type { SessionState } from '../tracking/in-page-lms';
import type { ScormVersion } from '../tracking/discover';

export interface Faults {
  /** No API object at all (the course then runs on its own and says so). */
  readonly noApi: boolean;
  /** The API appears this many ms after the page starts (0: at once). */
  readonly apiLateMs: number;
  /** Initialize answers "false" this many times (Infinity: always). */
  readonly initFail: number;
  /** Commit answers "false" this many times. */
  readonly commitFail: number;
  /** Commit throws this many times. */
  readonly commitThrow: number;
  /** Every call busy-waits this long, as a synchronous LMS on a slow network does. */
  readonly slowMs: number;
  /** The LMS ends the session after this many calls (null: never). */
  readonly endAfterCalls: number | null;
}

export const NO_FAULTS: Faults = Object.freeze({
  noApi: false,
  apiLateMs: 0,
  initFail: 0,
  commitFail: 0,
  commitThrow: 0,
  slowMs: 0,
  endAfterCalls: null,
});

/**
 * The switches, as the URL names them, with their default count or time. `label` says in
 * plain words what an administrator would see happen; `technical` what the API does.
 */
export const FAULT_SWITCHES = [
  { name: 'no-api', label: 'The course cannot find the LMS', technical: 'no API object', takes: null },
  { name: 'api-late', label: 'The LMS is slow to appear (ms)', technical: 'the API object appears late', takes: 1000 },
  {
    name: 'init-fail',
    label: 'The LMS refuses to start the session (times; empty: always)',
    technical: 'Initialize answers "false"',
    takes: Infinity,
  },
  { name: 'commit-fail', label: 'The LMS refuses to save (times)', technical: 'Commit answers "false"', takes: 3 },
  { name: 'commit-throw', label: 'The LMS does not answer a save (times)', technical: 'Commit throws an exception', takes: 3 },
  { name: 'slow', label: 'The LMS is very slow (ms per call)', technical: 'every API call blocks the page', takes: 2000 },
  { name: 'end-early', label: 'The LMS ends the session early (after calls)', technical: 'the session expires', takes: 20 },
] as const;

export type FaultName = (typeof FAULT_SWITCHES)[number]['name'];

/** Reads every `fault` query value; unknown or malformed ones are reported, not applied. */
export function parseFaults(values: readonly string[]): { faults: Faults; unknown: string[] } {
  const faults: { -readonly [K in keyof Faults]: Faults[K] } = { ...NO_FAULTS };
  const unknown: string[] = [];
  for (const item of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const [name = '', arg] = item.split(':');
    const sw = FAULT_SWITCHES.find((s) => s.name === name);
    const n = arg === undefined || arg === '' ? sw?.takes : Number(arg);
    if (!sw || (sw.takes !== null && (n === null || n === undefined || !(n >= 0)))) {
      unknown.push(item);
      continue;
    }
    const count = n ?? 0;
    switch (sw.name) {
      case 'no-api':
        faults.noApi = true;
        break;
      case 'api-late':
        faults.apiLateMs = count;
        break;
      case 'init-fail':
        faults.initFail = count;
        break;
      case 'commit-fail':
        faults.commitFail = count;
        break;
      case 'commit-throw':
        faults.commitThrow = count;
        break;
      case 'slow':
        faults.slowMs = count;
        break;
      case 'end-early':
        faults.endAfterCalls = count;
        break;
    }
  }
  return { faults, unknown };
}

/** The query values that reproduce `faults`. */
export function faultQuery(faults: Faults): string[] {
  const out: string[] = [];
  if (faults.noApi) out.push('no-api');
  if (faults.apiLateMs) out.push(`api-late:${faults.apiLateMs}`);
  if (faults.initFail) out.push(faults.initFail === Infinity ? 'init-fail' : `init-fail:${faults.initFail}`);
  if (faults.commitFail) out.push(`commit-fail:${faults.commitFail}`);
  if (faults.commitThrow) out.push(`commit-throw:${faults.commitThrow}`);
  if (faults.slowMs) out.push(`slow:${faults.slowMs}`);
  if (faults.endAfterCalls !== null) out.push(`end-early:${faults.endAfterCalls}`);
  return out;
}

const times = (n: number) => (n === Infinity ? 'always' : n === 1 ? 'once' : `${n} times`);

/** What the toolbar says about the active faults, in plain words, with what is left of each. */
export function describeFaults(faults: Faults, left: FaultsLeft): string[] {
  const out: string[] = [];
  if (faults.noApi) out.push('the course cannot find the LMS');
  if (faults.apiLateMs) out.push(`the LMS appears after ${faults.apiLateMs} ms`);
  if (faults.initFail === Infinity) out.push('the LMS always refuses to start the session');
  else if (faults.initFail) out.push(`the LMS refuses to start the session ${times(faults.initFail)} (${left.initFail} left)`);
  if (faults.commitFail) out.push(`the LMS refuses to save ${times(faults.commitFail)} (${left.commitFail} left)`);
  if (faults.commitThrow) out.push(`the LMS does not answer a save ${times(faults.commitThrow)} (${left.commitThrow} left)`);
  if (faults.slowMs) out.push(`the LMS is very slow: every call takes ${faults.slowMs / 1000} s`);
  if (faults.endAfterCalls !== null) out.push(left.ended ? 'session ended by the LMS' : `the LMS ends the session after ${faults.endAfterCalls} calls`);
  return out;
}

export interface FaultsLeft {
  readonly initFail: number;
  readonly commitFail: number;
  readonly commitThrow: number;
  readonly ended: boolean;
}

/** The preview LMS with faults: the bridge calls this instead of the LMS itself. */
export interface FaultyLms extends PreviewLms {
  /** The fault that answered the last call, or null when the LMS did. */
  injectedFault(): string | null;
  left(): FaultsLeft;
  /** Ends the session now, as an LMS whose server session has expired. */
  endSession(): void;
}

/** Codes an LMS gives for each kind of failure, per version. */
const CODES: Record<ScormVersion, { initFail: string; commitFail: string; ended: (method: string) => string }> = {
  '1.2': { initFail: '101', commitFail: '101', ended: () => '301' },
  '2004': {
    initFail: '102',
    commitFail: '391',
    ended: (method) => ({ Initialize: '104', Terminate: '113', GetValue: '123', SetValue: '133', Commit: '143' })[method] ?? '101',
  },
};

const isInit = (m: string) => m === 'Initialize' || m === 'LMSInitialize';
const isCommit = (m: string) => m === 'Commit' || m === 'LMSCommit';
const readsError = (m: string) => /(GetLastError|GetErrorString|GetDiagnostic)$/.test(m);

/** A busy-wait, on purpose: a synchronous LMS call holds the page's thread the same way. */
function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

export function withFaults(lms: PreviewLms, faults: Faults): FaultyLms {
  let initFail = faults.initFail;
  let commitFail = faults.commitFail;
  let commitThrow = faults.commitThrow;
  let calls = 0;
  let ended = false;
  /** The error a fault left, which GetLastError must report instead of the LMS's. */
  let injectedCode: string | null = null;
  let injected: string | null = null;
  const codes = CODES[lms.version];

  const inject = (fault: string, code: string, result: string): string => {
    injected = fault;
    injectedCode = code;
    return result;
  };

  const call = (method: string, args: readonly unknown[]): unknown => {
    injected = null;
    if (faults.slowMs > 0) busyWait(faults.slowMs);
    if (readsError(method)) {
      if (injectedCode === null) return lms.call(method, args);
      injected = 'earlier fault';
      if (method.endsWith('GetLastError')) return injectedCode;
      return method.endsWith('GetErrorString') ? lms.errorText(String(args[0] ?? injectedCode)) : `Fault switch (${injectedCode})`;
    }
    calls++;
    if (!ended && faults.endAfterCalls !== null && calls > faults.endAfterCalls) ended = true;
    if (ended) return inject('session ended', codes.ended(method), method.endsWith('GetValue') ? '' : 'false');
    if (isInit(method) && initFail > 0) {
      initFail--;
      return inject('init-fail', codes.initFail, 'false');
    }
    if (isCommit(method) && commitThrow > 0) {
      commitThrow--;
      injected = 'commit-throw';
      injectedCode = codes.commitFail;
      throw new Error('Commit failed: the LMS did not answer (preview fault switch)');
    }
    if (isCommit(method) && commitFail > 0) {
      commitFail--;
      return inject('commit-fail', codes.commitFail, 'false');
    }
    injectedCode = null;
    return lms.call(method, args);
  };

  return {
    ...lms,
    call,
    lastError: () => injectedCode ?? lms.lastError(),
    state: (): SessionState => (ended ? 'ended' : lms.state()),
    injectedFault: () => injected,
    left: () => ({ initFail, commitFail, commitThrow, ended }),
    endSession: () => {
      ended = true;
    },
  };
}
