// ADL API discovery: look for the LMS's API object up the frame chain, then in the
// window that opened us (and its parents). An LMS may host the course in nested
// frames or a pop-up; a cross-origin frame throws on access, which just ends that walk.

/** The SCORM runtime API a course talks to (the packages we build: scorm/manifest.ts PackageVersion). */
export type ScormVersion = '1.2' | '2004';

const API_NAME: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

/** ADL's reference walk gives up after 7 parents; deeper nesting is an LMS bug. */
const MAX_HOPS = 7;

function lookIn(win: Window, name: string): unknown {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return api && typeof api === 'object' ? api : null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function walk(start: Window | null, name: string): unknown {
  let win = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
    const api = lookIn(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

function openerOf(win: Window): Window | null {
  try {
    return win.top?.opener ?? win.opener ?? null;
  } catch {
    return null;
  }
}

/** Finds an API, preferring `prefer` when an LMS offers both versions. */
export function discoverApi(win: Window, prefer: ScormVersion = '2004'): { version: ScormVersion; api: unknown } | null {
  const order: ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const version of order) {
    const name = API_NAME[version];
    const api = walk(win, name) ?? walk(openerOf(win), name);
    if (api) return { version, api };
  }
  return null;
}
