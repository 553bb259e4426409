// The object the course finds as window.API / window.API_1484_11: it forwards each call
// to scorm-again and reports method, arguments, result and the error code that followed.

import type { PreviewLms } from './lms';

export interface ApiCall {
  readonly method: string;
  readonly args: readonly string[];
  readonly result: string;
  /** scorm-again's error code right after the call; "0" when it succeeded. */
  readonly error: string;
}

export type ApiBridge = Readonly<Record<string, (...args: unknown[]) => unknown>>;

export function createApiBridge(lms: PreviewLms, onCall: (call: ApiCall) => void): ApiBridge {
  const bridge: Record<string, (...args: unknown[]) => unknown> = {};
  for (const method of lms.methods) {
    bridge[method] = (...args: unknown[]): unknown => {
      const logged = args.map((arg) => String(arg));
      let result: unknown;
      try {
        result = lms.call(method, args);
      } catch (error) {
        // A real LMS never throws at a course; if scorm-again does, show it, then let
        // the course see the same failure it would without the preview in between.
        onCall({ method, args: logged, result: `threw ${String(error)}`, error: lms.lastError() });
        throw error;
      }
      // lastError() reads the code directly: calling GetLastError here would itself
      // be an API call and would muddle the log the course is judged by.
      onCall({ method, args: logged, result: String(result ?? ''), error: lms.lastError() });
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
