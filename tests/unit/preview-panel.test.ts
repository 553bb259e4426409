// The preview's side panel: the status summary an administrator reads first, the CMI
// filter with answers grouped per question, and the API log's filter and errors-first order.
import { describe, expect, it } from 'vitest';
import type { ApiCall } from '../../src/preview/bridge';
import { filterCalls, groupCmi } from '../../src/preview/panel-filters';
import { SCORM12_SUSPEND_LIMIT, summarise } from '../../src/preview/summary';

const call = (method: string, args: string[], error = '0', result = 'true'): ApiCall => ({ method, args, result, error, at: 0, ms: 0 });
const errorText = (code: string) => (code === '0' ? 'No error' : `Error ${code}`);
const byKey = (rows: ReturnType<typeof summarise>) => Object.fromEntries(rows.map((r) => [r.key, r.value]));

describe('the status summary', () => {
  it('reads SCORM 1.2, where one status stands for completion and success', () => {
    const cmi = {
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '90',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_location': 'endorphins/how',
      'cmi.suspend_data': 'x'.repeat(2048),
      'cmi.core.session_time': '00:05:00',
      'cmi.core.total_time': '0000:25:00',
      'cmi.interactions.0.id': 'endorphins.q1',
      'cmi.interactions.1.id': 'endorphins.q1',
      'cmi.interactions.2.id': 'endorphins.q2',
      'cmi.objectives.0.id': 'endorphins',
    };
    expect(byKey(summarise('1.2', cmi, [], errorText))).toEqual({
      completion: 'completed (passed)',
      success: 'passed',
      score: '90 (range 0–100)',
      location: 'endorphins/how',
      suspendData: '2,048 characters, 50% of the SCORM 1.2 limit of 4,096',
      sessionTime: '00:05:00',
      totalTime: '0000:25:00',
      interactions: '3',
      objectives: '1',
      lastError: 'none',
    });
  });

  it('reads SCORM 2004, flags suspend data past the 1.2 limit, and names the last failed call', () => {
    const cmi = { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'unknown', 'cmi.suspend_data': 'y'.repeat(SCORM12_SUSPEND_LIMIT + 1) };
    const calls = [call('SetValue', ['cmi.location', 'x'.repeat(2000)], '405', 'false'), call('GetLastError', [], '405', '405'), call('Commit', [''])];
    const rows = summarise('2004', cmi, calls, errorText);
    const shown = byKey(rows);
    expect(shown).toMatchObject({ completion: 'incomplete', success: 'unknown', score: '(not set)', location: '(not set)', interactions: '0' });
    expect(shown.suspendData).toBe('4,097 characters, 100% of the SCORM 1.2 limit of 4,096 (2004 allows 64,000)');
    expect(rows.find((r) => r.key === 'suspendData')?.warn).toBe(true);
    // GetLastError only reports the earlier failure; the SetValue is the one named.
    expect(shown.lastError).toMatch(/^405 Error 405, after SetValue\("cmi\.location", "x+"\)$/);
  });
});

describe('the CMI filter', () => {
  const cmi = {
    'cmi.core.lesson_status': 'incomplete',
    'cmi.interactions.0.id': 'endorphins.q1',
    'cmi.interactions.0.result': 'wrong',
    'cmi.interactions.1.id': 'endorphins.q2',
    'cmi.interactions.1.result': 'correct',
    'cmi.interactions.2.id': 'endorphins.q1',
    'cmi.interactions.2.result': 'correct',
    'cmi.suspend_data': '',
  };

  it('gathers the answers to each question, in the place of the first', () => {
    const groups = groupCmi(cmi, '', false);
    expect(groups.map((g) => [g.question, g.records, g.rows.length])).toEqual([
      [null, [], 1],
      ['endorphins.q1', [0, 2], 4],
      ['endorphins.q2', [1], 2],
      [null, [], 1],
    ]);
  });

  it('keeps rows whose element, value or question matches, in any case; hides empty values on demand', () => {
    expect(groupCmi(cmi, 'CORRECT', false).flatMap((g) => g.rows.map(([k]) => k))).toEqual(['cmi.interactions.1.result', 'cmi.interactions.2.result']);
    expect(groupCmi(cmi, 'q2', false).flatMap((g) => g.rows.map(([k]) => k))).toEqual(['cmi.interactions.1.id', 'cmi.interactions.1.result']);
    expect(groupCmi(cmi, 'suspend', true)).toEqual([]);
    expect(groupCmi(cmi, 'nothing like it', false)).toEqual([]);
  });
});

describe('the API log filter', () => {
  const calls = [
    call('LMSInitialize', ['']),
    call('LMSSetValue', ['cmi.core.lesson_location', 'a']),
    call('LMSCommit', [''], '101', 'false'),
    call('LMSGetLastError', [], '101', '101'),
    call('LMSSetValue', ['cmi.suspend_data', 'commit later']),
  ];

  it('matches the method or the element, keeping each call its number', () => {
    expect(filterCalls(calls, 10, 'commit', false).map((c) => c.n)).toEqual([13]);
    expect(filterCalls(calls, 0, 'suspend_data', false).map((c) => c.call.method)).toEqual(['LMSSetValue']);
    expect(filterCalls(calls, 0, '', false).map((c) => c.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts the calls that failed in their own right first, on demand', () => {
    expect(filterCalls(calls, 0, '', true).map((c) => c.n)).toEqual([3, 1, 2, 4, 5]);
    expect(filterCalls(calls, 0, 'setvalue', true).map((c) => c.n)).toEqual([2, 5]);
  });
});
