// The preview's fault switches: read from the URL, described in the toolbar, and
// misbehaving exactly as asked (and only as asked).
import { describe, expect, it } from 'vitest';
import { describeFaults, faultQuery, NO_FAULTS, parseFaults } from '../../src/preview/faults';
import { readOptions } from '../../src/preview/options';
import { storageKey } from '../../src/preview/storage';
import { MemoryStorage, openLms } from './lms-harness';

describe('parseFaults', () => {
  it('reads each switch, with its default or given count', () => {
    const { faults, unknown } = parseFaults(['no-api', 'api-late:500,init-fail', 'commit-fail:3', 'commit-throw', 'slow:250', 'end-early:12']);
    expect(unknown).toEqual([]);
    expect(faults).toEqual({ noApi: true, apiLateMs: 500, initFail: Infinity, commitFail: 3, commitThrow: 3, slowMs: 250, endAfterCalls: 12 });
    expect(parseFaults(['slow']).faults.slowMs).toBe(2000);
  });

  it('reports what it does not know instead of guessing', () => {
    expect(parseFaults(['commit-fail:lots', 'explode', 'slow:-1']).unknown).toEqual(['commit-fail:lots', 'explode', 'slow:-1']);
    expect(parseFaults([]).faults).toEqual(NO_FAULTS);
  });

  it('round-trips through the URL', () => {
    const { faults } = parseFaults(['init-fail', 'commit-fail:2', 'end-early:0']);
    expect(parseFaults(faultQuery(faults)).faults).toEqual(faults);
    expect(readOptions('?scorm=1.2&fault=commit-fail:2&fault=slow:100').faults).toMatchObject({ commitFail: 2, slowMs: 100 });
  });

  it('opens on SCORM 1.2, the version the README recommends, unless 2004 is asked for', () => {
    expect(readOptions('').version).toBe('1.2');
    expect(readOptions('?scorm=nonsense').version).toBe('1.2');
    expect(readOptions('?scorm=2004&lang=cy').version).toBe('2004');
  });

  it('names another learner from ?learner= (a shared PC), with attempts of their own; an id no LMS would give is ignored', () => {
    expect(readOptions('?scorm=2004&learner=ward-3.nurse').learner).toBe('ward-3.nurse');
    expect(readOptions('?learner=<b>').learner).toBeNull();
    expect(readOptions('').learner).toBeNull();
    expect(storageKey('2004', 'ward-3.nurse')).not.toBe(storageKey('2004'));
  });

  it('describes the active faults for the toolbar', () => {
    expect(describeFaults(parseFaults(['init-fail']).faults, { initFail: Infinity, commitFail: 0, commitThrow: 0, ended: false })).toEqual([
      'the LMS always refuses to start the session',
    ]);
    const { faults } = parseFaults(['commit-fail:3', 'slow']);
    expect(describeFaults(faults, { initFail: 0, commitFail: 1, commitThrow: 0, ended: false })).toEqual([
      'the LMS refuses to save 3 times (1 left)',
      'the LMS is very slow: every call takes 2 s',
    ]);
  });
});

describe.each(['1.2', '2004'] as const)('the faulty SCORM %s LMS', (version) => {
  const names =
    version === '1.2'
      ? { init: 'LMSInitialize', commit: 'LMSCommit', set: 'LMSSetValue', get: 'LMSGetValue', error: 'LMSGetLastError' }
      : { init: 'Initialize', commit: 'Commit', set: 'SetValue', get: 'GetValue', error: 'GetLastError' };

  async function api(faults: Parameters<typeof openLms>[2]) {
    const page = await openLms(version, new MemoryStorage(), faults);
    return { page, call: page.bridge as Record<string, (...args: string[]) => string> };
  }

  it('refuses Initialize the given number of times, then accepts it', async () => {
    const { page, call } = await api({ initFail: 2 });
    expect(call[names.init]!('')).toBe('false');
    expect(call[names.error]!()).toBe(version === '1.2' ? '101' : '102');
    expect(call[names.init]!('')).toBe('false');
    expect(call[names.init]!('')).toBe('true');
    expect(page.calls.map((c) => c.fault ?? '')).toEqual(['init-fail', 'earlier fault', 'init-fail', '']);
  });

  it('refuses, then throws on, commits as many times as asked', async () => {
    const { call } = await api({ commitFail: 1, commitThrow: 1 });
    call[names.init]!('');
    expect(() => call[names.commit]!('')).toThrow(/fault switch/);
    expect(call[names.commit]!('')).toBe('false');
    expect(call[names.error]!()).toBe(version === '1.2' ? '101' : '391');
    expect(call[names.commit]!('')).toBe('true');
    expect(call[names.error]!()).toBe('0');
  });

  it('ends the session after the given number of calls', async () => {
    const { page, call } = await api({ endAfterCalls: 2 });
    call[names.init]!('');
    expect(call[names.set]!(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location', 'x')).toBe('true');
    expect(call[names.get]!(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location')).toBe('');
    expect(call[names.error]!()).toBe(version === '1.2' ? '301' : '123');
    expect(call[names.commit]!('')).toBe('false');
    expect(page.lms.state()).toBe('ended');
  });

  it('makes every call take as long as asked', async () => {
    const { page, call } = await api({ slowMs: 30 });
    call[names.init]!('');
    expect(page.calls[0]!.ms).toBeGreaterThanOrEqual(29);
  });
});

describe('the preview LMS, as an LMS reads the manifest', () => {
  it('hands the course the mastery score: 1.2 mastery_score, 2004 scaled_passing_score', async () => {
    const v12 = await openLms('1.2', new MemoryStorage());
    v12.lms.call('LMSInitialize', ['']);
    expect(v12.lms.call('LMSGetValue', ['cmi.student_data.mastery_score'])).toBe('80');
    const v2004 = await openLms('2004', new MemoryStorage());
    v2004.lms.call('Initialize', ['']);
    expect(Number(v2004.lms.call('GetValue', ['cmi.scaled_passing_score']))).toBe(0.8);
  });
});
