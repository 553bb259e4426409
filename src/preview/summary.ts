// The status summary at the top of the CMI panel: what an LMS report would show for this
// attempt, read from the data model as it is now, each value with the element it came from.

import { failed, type ApiCall } from './bridge';
import type { ScormVersion } from '../tracking/discover';

/** SCORM 1.2's cmi.suspend_data limit; many LMSs hold no more even in 2004. */
export const SCORM12_SUSPEND_LIMIT = 4096;
/** SCORM 2004's (SPM 64000 characters). */
export const SCORM2004_SUSPEND_LIMIT = 64000;

/** The summary's row labels: one source for the panel and the tests that read it. */
export const SUMMARY_LABELS = {
  completion: 'Completion',
  success: 'Success',
  score: 'Score',
  location: 'Location',
  suspendData: 'Suspend data',
  sessionTime: 'Session time',
  totalTime: 'Total time',
  interactions: 'Interactions',
  objectives: 'Objectives',
  lastError: 'Last error',
} as const;

export type SummaryKey = keyof typeof SUMMARY_LABELS;

export interface SummaryRow {
  readonly key: SummaryKey;
  readonly label: string;
  readonly value: string;
  /** The data model elements the value is read from, for the reader to look up below. */
  readonly elements: string;
  /** Something an administrator should look at (over a limit, an error). */
  readonly warn: boolean;
}

const ELEMENTS: Readonly<Record<ScormVersion, Readonly<Record<Exclude<SummaryKey, 'interactions' | 'objectives' | 'lastError'>, string>>>> = {
  '1.2': {
    completion: 'cmi.core.lesson_status',
    success: 'cmi.core.lesson_status',
    score: 'cmi.core.score.raw',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.core.session_time',
    totalTime: 'cmi.core.total_time',
  },
  '2004': {
    completion: 'cmi.completion_status',
    success: 'cmi.success_status',
    score: 'cmi.score.raw',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.session_time',
    totalTime: 'cmi.total_time',
  },
};

const numberFormat = new Intl.NumberFormat('en-GB');

/** How many records a list element (`cmi.interactions`) holds: its highest index + 1. */
export function countRecords(cmi: Readonly<Record<string, string>>, list: string): number {
  const pattern = new RegExp(`^${list.replace(/\./g, '\\.')}\\.(\\d+)\\.`);
  let count = 0;
  for (const key of Object.keys(cmi)) {
    const n = pattern.exec(key)?.[1];
    if (n !== undefined) count = Math.max(count, Number(n) + 1);
  }
  return count;
}

/** The latest call that failed in its own right, or null. */
export function lastFailedCall(calls: readonly ApiCall[]): ApiCall | null {
  for (let i = calls.length - 1; i >= 0; i--) {
    const call = calls[i];
    if (call && failed(call)) return call;
  }
  return null;
}

export function summarise(
  version: ScormVersion,
  cmi: Readonly<Record<string, string>>,
  calls: readonly ApiCall[],
  errorText: (code: string) => string,
): SummaryRow[] {
  const e = ELEMENTS[version];
  const read = (element: string): string => cmi[element] ?? '';
  const shown = (value: string): string => (value === '' ? '(not set)' : value);
  const row = (key: SummaryKey, value: string, elements: string, warn = false): SummaryRow => ({
    key,
    label: SUMMARY_LABELS[key],
    value,
    elements,
    warn,
  });

  const status = read(e.completion);
  // SCORM 1.2 has one status for both; say which half each row is, from the same value.
  const completion12 = ['passed', 'failed', 'completed'].includes(status) ? `completed (${status})` : shown(status);
  const success12 = status === 'passed' || status === 'failed' ? status : `unknown (${shown(status)})`;

  const prefix = version === '1.2' ? 'cmi.core.score' : 'cmi.score';
  const raw = read(e.score);
  const range = [read(`${prefix}.min`), read(`${prefix}.max`)];
  const scaled = version === '2004' ? read('cmi.score.scaled') : '';
  const score =
    raw === ''
      ? '(not set)'
      : `${raw}${range[0] !== '' || range[1] !== '' ? ` (range ${range[0] || '?'}–${range[1] || '?'})` : ''}${scaled ? `, scaled ${scaled}` : ''}`;

  const suspend = read(e.suspendData).length;
  const share = Math.round((suspend / SCORM12_SUSPEND_LIMIT) * 100);
  const suspendText =
    `${numberFormat.format(suspend)} characters, ${share}% of the SCORM 1.2 limit of ${numberFormat.format(SCORM12_SUSPEND_LIMIT)}` +
    (version === '2004' ? ` (2004 allows ${numberFormat.format(SCORM2004_SUSPEND_LIMIT)})` : '');

  const error = lastFailedCall(calls);
  const errorValue = error ? `${error.error} ${errorText(error.error)}, after ${error.method}(${error.args.map((a) => JSON.stringify(a)).join(', ')})` : 'none';

  return [
    row('completion', version === '1.2' ? completion12 : shown(status), e.completion),
    row('success', version === '1.2' ? success12 : shown(read(e.success)), e.success),
    row('score', score, e.score),
    row('location', shown(read(e.location)), e.location),
    row('suspendData', suspendText, e.suspendData, suspend > SCORM12_SUSPEND_LIMIT),
    row('sessionTime', shown(read(e.sessionTime)), e.sessionTime),
    row('totalTime', shown(read(e.totalTime)), e.totalTime),
    row('interactions', String(countRecords(cmi, 'cmi.interactions')), 'cmi.interactions.n'),
    row('objectives', String(countRecords(cmi, 'cmi.objectives')), 'cmi.objectives.n'),
    row('lastError', errorValue, 'the API log', error !== null),
  ];
}
