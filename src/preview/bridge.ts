// The object the course finds as window.API / window.API_1484_11: it forwards each call
// to scorm-again and reports method, arguments, result and the error code that followed.

import type { PreviewLms } from './lms';

export interface ApiCall {
  readonly method: string;
  readonly args: readonly string[];
  readonly result: string;
  /** scorm-again's error code right after the call; "0" when it succeeded. */
  readonly error: string;
  /** Set when a fault switch answered instead of the LMS (see faults.ts). */
  readonly fault?: string;
  /** When the call began (ms since 1970, comparable across frames) and how long it took. */
  readonly at: number;
  readonly ms: number;
}

export type ApiBridge = Readonly<Record<string, (...args: unknown[]) => unknown>>;

export function createApiBridge(lms: PreviewLms & { injectedFault?: () => string | null }, onCall: (call: ApiCall) => void): ApiBridge {
  const bridge: Record<string, (...args: unknown[]) => unknown> = {};
  for (const method of lms.methods) {
    bridge[method] = (...args: unknown[]): unknown => {
      const logged = args.map((arg) => String(arg));
      const at = Date.now();
      const started = performance.now();
      const log = (result: string) => {
        const fault = lms.injectedFault?.() ?? null;
        // lastError() reads the code directly: calling GetLastError here would itself
        // be an API call and would muddle the log the course is judged by.
        const call: ApiCall = { method, args: logged, result, error: lms.lastError(), at, ms: performance.now() - started };
        onCall(fault ? { ...call, fault } : call);
      };
      let result: unknown;
      try {
        result = lms.call(method, args);
      } catch (error) {
        // A real LMS never throws at a course, but some adapters do (and a fault switch
        // can): show it, then let the course see the same failure.
        log(`threw ${String(error)}`);
        throw error;
      }
      log(String(result ?? ''));
      return result;
    };
  }
  return Object.freeze(bridge);
}

/**
 * GetLastError, GetErrorString and GetDiagnostic (and their LMS… forms) only read the
 * error state and never change it, so a non-zero code after them is the previous call's.
 */
export function readsErrorState(method: string): boolean {
  return /(GetLastError|GetErrorString|GetDiagnostic)$/.test(method);
}

/** A call that failed in its own right (the panel highlights and counts these). */
export function failed(call: ApiCall): boolean {
  return call.error !== '0' && !readsErrorState(call.method);
}
