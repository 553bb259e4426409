import { describe, expect, it } from 'vitest';
import { readMessage } from './channel';
import { formatElapsed } from './timer';

const state = { moduleId: 'endorphins', pageId: 'what', quiz: null, blank: false, startedAt: 1 };

describe('presenter channel messages', () => {
  it('accepts the messages the two windows send', () => {
    expect(readMessage({ kind: 'hello', deck: null })).toEqual({ kind: 'hello', deck: null });
    expect(readMessage({ kind: 'state', deck: 'd1', state })).toEqual({ kind: 'state', deck: 'd1', state });
    expect(readMessage({ kind: 'command', deck: 'd1', action: 'next' })).toEqual({ kind: 'command', deck: 'd1', action: 'next' });
    expect(readMessage({ kind: 'state', deck: 'd1', state: { ...state, quiz: { question: 2, revealed: 1 } } })).not.toBeNull();
  });

  it('drops anything else', () => {
    for (const bad of [
      null,
      'next',
      { kind: 'command', deck: 'd1', action: 'explode' },
      { kind: 'command', action: 'next' },
      { kind: 'state', deck: 'd1', state: { ...state, blank: 'yes' } },
      { kind: 'state', deck: 'd1', state: { ...state, quiz: { question: -1, revealed: 0 } } },
      { kind: 'unknown', deck: 'd1' },
    ]) {
      expect(readMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('session timer', () => {
  it('shows minutes and seconds, then hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
