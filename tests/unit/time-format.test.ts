// SCORM time values: an LMS rejects a session time or latency in the wrong shape.
import { describe, expect, it } from 'vitest';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from '../../src/tracking/time-format';

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (2-4 hour digits, optional 1-2 decimals). */
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 2004 timeinterval (second,10,2), as this engine writes it: hours, minutes under 60, seconds. */
const DURATION_2004_RE = /^PT(\d+H)?([1-5]?\dM)?[1-5]?\d(\.\d{1,2})?S$/;
/** SCORM 2004 time (second,10,0): local date and time, to the second, no zone. */
const TIMESTAMP_2004 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

const samples = [0, 1, 4, 5, 9, 10, 994, 995, 999, 1000, 59_994, 59_995, 59_999, 60_000, 3_599_995, 3_600_000, 3_723_456, 86_400_000, 123_456_789];

describe('timespan12 (SCORM 1.2 session time and latency)', () => {
  it('formats known values', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(3_723_456)).toBe('0001:02:03.46');
    expect(timespan12(1_000)).toBe('0000:00:01.00');
    expect(timespan12(59_999)).toBe('0000:01:00.00');
    expect(timespan12(86_400_000)).toBe('0024:00:00.00');
  });

  it('never goes negative', () => {
    expect(timespan12(-5_000)).toBe('0000:00:00.00');
  });

  it.each(samples)('%i ms is a valid CMITimespan', (ms) => {
    expect(timespan12(ms)).toMatch(TIMESPAN_12);
  });
});

describe('timeOfDay12 (SCORM 1.2 interaction time)', () => {
  it('is HH:MM:SS local time', () => {
    expect(timeOfDay12(new Date(2024, 0, 2, 3, 4, 5))).toBe('03:04:05');
    expect(timeOfDay12(new Date(2024, 11, 31, 23, 59, 59, 999))).toBe('23:59:59');
  });
});

describe('duration2004 (SCORM 2004 session time and latency)', () => {
  it('formats known values', () => {
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(3_723_456)).toBe('PT1H2M3.46S');
    expect(duration2004(1_230)).toBe('PT1.23S');
    expect(duration2004(60_000)).toBe('PT1M0S');
    expect(duration2004(3_600_000)).toBe('PT1H0S');
    expect(duration2004(-1)).toBe('PT0S');
  });

  it.each(samples)('%i ms has at most 2 decimals and a valid shape', (ms) => {
    const out = duration2004(ms);
    expect(out).toMatch(DURATION_2004_RE);
    expect(out).not.toMatch(/\.\d{3}/);
  });

  it('has no floating-point noise over a sweep of values', () => {
    for (let ms = 0; ms < 200_000; ms += 37) expect(duration2004(ms)).toMatch(DURATION_2004_RE);
  });
});

describe('timestamp2004 (SCORM 2004 interaction timestamp)', () => {
  it('is local date and time to the second', () => {
    expect(timestamp2004(new Date(2024, 0, 2, 3, 4, 5, 678))).toBe('2024-01-02T03:04:05');
    expect(timestamp2004(new Date(2031, 11, 31, 23, 59, 59))).toBe('2031-12-31T23:59:59');
  });

  it('matches the SCORM 2004 time format', () => {
    for (const d of [new Date(), new Date(2000, 1, 29, 0, 0, 0), new Date(1999, 8, 9, 12, 30, 1)]) {
      expect(timestamp2004(d)).toMatch(TIMESTAMP_2004);
    }
  });
});
