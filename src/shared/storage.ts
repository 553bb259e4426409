// This browser's localStorage, where it may be used: private modes, policies and some LMS
// frames block it (reading `localStorage` itself then throws). Callers still guard each
// read and write, which can throw too (storage full, or blocked later).

/** localStorage, or null when the browser blocks it. */
export function localStore(win: { localStorage: Storage } = globalThis): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}
