// Finding the LMS's API object the way real LMSs host a course: in the same window,
// in nested frames, in the window that opened a pop-up, behind cross-origin frames.
import { describe, expect, it } from 'vitest';
import { discoverApi } from '../../src/tracking/discover';

interface FakeWin {
  name: string;
  parent: FakeWin | null;
  top: FakeWin | null;
  opener: FakeWin | null;
  API?: object;
  API_1484_11?: object;
}

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

function win(name: string): FakeWin {
  const w: FakeWin = { name, parent: null, top: null, opener: null };
  w.parent = w; // a top-level window is its own parent
  w.top = w;
  return w;
}

/** A frame chain: [0] is the course frame, [depth] the top window. */
function chain(depth: number, prefix = 'frame'): FakeWin[] {
  const wins = Array.from({ length: depth + 1 }, (_, i) => win(`${prefix}${i}`));
  const top = wins[depth]!;
  wins.forEach((w, i) => {
    w.parent = i < depth ? wins[i + 1]! : w;
    w.top = top;
  });
  return wins;
}

/** A window from another origin: every property read throws, as browsers do. */
function crossOrigin(allow: Partial<FakeWin> = {}): FakeWin {
  return new Proxy(allow as FakeWin, {
    get(target, key) {
      if (typeof key === 'string' && key in allow) return target[key as keyof FakeWin];
      throw new DOMException(`Blocked a frame from accessing "${String(key)}"`, 'SecurityError');
    },
  });
}

const discover = (w: FakeWin, prefer?: '1.2' | '2004') => discoverApi(w as unknown as Window, prefer);

describe('discoverApi', () => {
  it('finds a 1.2 API in the course window itself', () => {
    const [self] = chain(0);
    self!.API = api12;
    expect(discover(self!)).toEqual({ version: '1.2', api: api12 });
  });

  it('finds a 2004 API in a parent three frames up', () => {
    const wins = chain(5);
    wins[3]!.API_1484_11 = api2004;
    expect(discover(wins[0]!)).toEqual({ version: '2004', api: api2004 });
  });

  it('looks up to 7 parents, as ADL’s reference walk does, and no further', () => {
    const seven = chain(9);
    seven[7]!.API = api12;
    expect(discover(seven[0]!)?.api).toBe(api12);

    const eight = chain(9);
    eight[8]!.API = api12;
    expect(discover(eight[0]!)).toBeNull();
  });

  it('ends on a frame loop instead of hanging', () => {
    const a = win('a');
    const b = win('b');
    a.parent = b;
    b.parent = a;
    expect(discover(a)).toBeNull();
  });

  it('falls back to the window that opened the course', () => {
    const [course] = chain(0);
    const lms = win('lms');
    lms.API = api12;
    course!.opener = lms;
    expect(discover(course!)).toEqual({ version: '1.2', api: api12 });
  });

  it('uses the opener of the top window when the course runs in a frame of a pop-up', () => {
    const popup = chain(2, 'popup');
    const lms = chain(2, 'lms');
    lms[2]!.API_1484_11 = api2004;
    popup[2]!.opener = lms[0]!; // the pop-up was opened from a frame inside the LMS page
    expect(discover(popup[0]!)).toEqual({ version: '2004', api: api2004 });
  });

  it('survives a cross-origin parent that throws on every access, then tries the opener', () => {
    const course = win('course');
    course.parent = crossOrigin();
    const lms = win('lms');
    lms.API = api12;
    course.opener = lms;
    course.top = course;
    expect(() => discover(course)).not.toThrow();
    expect(discover(course)).toEqual({ version: '1.2', api: api12 });
  });

  it('walks past a cross-origin frame whose API cannot be read', () => {
    // Browsers let a frame read `parent` across origins, but not anything else.
    const top = win('lms');
    top.API_1484_11 = api2004;
    const middle = crossOrigin({ parent: top, top });
    const course = win('course');
    course.parent = middle;
    course.top = top;
    expect(discover(course)).toEqual({ version: '2004', api: api2004 });
  });

  it('survives a course window whose top and opener cannot be read', () => {
    const course = crossOrigin({ name: 'course', parent: null });
    expect(discover(course)).toBeNull();
  });

  it('prefers SCORM 2004 when the LMS offers both', () => {
    const [self] = chain(0);
    self!.API = api12;
    self!.API_1484_11 = api2004;
    expect(discover(self!)).toEqual({ version: '2004', api: api2004 });
  });

  it('prefers SCORM 2004 even when the 1.2 API is nearer', () => {
    const wins = chain(2);
    wins[0]!.API = api12;
    wins[2]!.API_1484_11 = api2004;
    expect(discover(wins[0]!)?.version).toBe('2004');
  });

  it('can be asked to prefer 1.2', () => {
    const [self] = chain(0);
    self!.API = api12;
    self!.API_1484_11 = api2004;
    expect(discover(self!, '1.2')).toEqual({ version: '1.2', api: api12 });
  });

  it('returns null when there is no API anywhere', () => {
    const wins = chain(3);
    wins[3]!.opener = chain(2, 'opener')[0]!;
    expect(discover(wins[0]!)).toBeNull();
  });

  it('ignores API globals that are not objects', () => {
    const [self] = chain(0);
    (self as unknown as Record<string, unknown>).API = 'API';
    (self as unknown as Record<string, unknown>).API_1484_11 = 0;
    expect(discover(self!)).toBeNull();
  });
});
