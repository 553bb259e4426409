// A thin, typed call layer over a discovered LMS API object: turns its string results
// into booleans, survives an API that throws, and records non-zero error codes.
export interface CallNames {
  init: string;
  finish: string;
  get: string;
  set: string;
  commit: string;
  lastError: string;
  /** The code a get answers for an element never set, which is no fault (2004: 403). */
  notInitialised?: string;
}

type ApiFn = (...args: string[]) => unknown;

/**
 * Codes that say the LMS refuses this element or value (not implemented, read-only, out
 * of range…), the same in 1.2 and 2004. Sending again will not help, so they are logged
 * but never retried. Any other code (a general failure, a session that is not or no
 * longer initialised, a failed commit) or an exception means the LMS may come back.
 */
const REFUSALS = new Set(['201', '202', '203', '401', '402', '403', '404', '405', '406', '407', '408']);
export const isTransient = (code: string) => !REFUSALS.has(code);

export class LmsCall {
  readonly errors: { call: string; code: string }[] = [];
  constructor(
    private readonly api: unknown,
    private readonly names: CallNames,
  ) {}

  private invoke(name: string, args: string[]): string | undefined {
    const fn = (this.api as Record<string, unknown>)[name];
    if (typeof fn !== 'function') return undefined;
    try {
      const out = (fn as ApiFn).apply(this.api, args);
      return out === undefined || out === null ? '' : String(out);
    } catch {
      this.errors.push({ call: `${name}(${args[0] ?? ''})`, code: 'exception' });
      return undefined;
    }
  }

  private check(call: string): void {
    const code = this.invoke(this.names.lastError, []);
    if (code && code !== '0') this.errors.push({ call, code });
  }

  private ok(name: string, args: string[]): boolean {
    const out = this.invoke(name, args);
    if (out === undefined) return false;
    const ok = out === 'true';
    if (!ok) this.check(`${name}(${args[0] ?? ''})`);
    return ok;
  }

  init(): boolean {
    return this.ok(this.names.init, ['']);
  }
  finish(): boolean {
    return this.ok(this.names.finish, ['']);
  }
  commit(): boolean {
    return this.ok(this.names.commit, ['']);
  }
  set(element: string, value: string): boolean {
    return this.ok(this.names.set, [element, value]);
  }
  get(element: string): string {
    const out = this.invoke(this.names.get, [element]);
    // undefined: the call threw (logged as "exception") or the API has no such method.
    let failure: string | null = out === undefined ? 'exception' : null;
    if (out === '') {
      const code = this.invoke(this.names.lastError, []);
      if (code && code !== '0' && code !== this.names.notInitialised) {
        this.errors.push({ call: `${this.names.get}(${element})`, code });
        failure = code;
      }
    }
    // A count the LMS cannot give just now is not zero: taking it as 0 would write the
    // next interaction or objective over the first one. Stop before anything is written.
    // (An LMS that does not implement the list at all answers a refusal: then 0 is fine,
    // as every write to it will be refused too.)
    if (failure && element.endsWith('._count') && isTransient(failure)) throw new Error(`The LMS could not count ${element}`);
    return out ?? '';
  }
}
