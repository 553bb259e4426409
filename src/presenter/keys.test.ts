import { describe, expect, it } from 'vitest';
import { KEY_MAP, actionFor, bindingsFor, keyLabel, type KeyContext } from './keys';

const slides: KeyContext = { place: 'slides', presenting: true, dir: 'ltr' };
const press = (key: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the presenter key table', () => {
  it('maps the clicker and keyboard keys the issue names', () => {
    const expected: Record<string, string> = {
      ArrowRight: 'next',
      PageDown: 'next',
      ' ': 'next',
      ArrowLeft: 'prev',
      PageUp: 'prev',
      Home: 'first',
      End: 'last',
      b: 'blank',
      B: 'blank',
      '.': 'blank',
      f: 'fullscreen',
      o: 'overview',
      s: 'notes',
      '?': 'guide',
    };
    for (const [key, action] of Object.entries(expected)) expect(actionFor(press(key), slides), key).toBe(action);
  });

  it('gives each key one action only', () => {
    const keys = KEY_MAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves presses with Ctrl, Alt or Meta to the browser', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(actionFor(press('ArrowRight', { [mod]: true }), slides)).toBeNull();
      expect(actionFor(press('b', { [mod]: true }), slides)).toBeNull();
    }
  });

  it('takes Shift only for typed characters such as ?', () => {
    expect(actionFor(press('?', { shiftKey: true }), slides)).toBe('guide');
    expect(actionFor(press('B', { shiftKey: true }), slides)).toBe('blank');
    expect(actionFor(press('ArrowRight', { shiftKey: true }), slides)).toBeNull();
  });

  it('ignores keys it does not know', () => {
    expect(actionFor(press('Enter'), slides)).toBeNull();
    expect(actionFor(press('x'), slides)).toBeNull();
    expect(actionFor(press('Escape'), slides)).toBeNull();
  });

  it('binds nothing outside presenter mode', () => {
    expect(actionFor(press('ArrowRight'), { ...slides, presenting: false })).toBeNull();
  });

  it('swaps the arrows in right-to-left text, so Next still points forward', () => {
    const rtl = { ...slides, dir: 'rtl' as const };
    expect(actionFor(press('ArrowLeft'), rtl)).toBe('next');
    expect(actionFor(press('ArrowRight'), rtl)).toBe('prev');
    expect(actionFor(press('PageDown'), rtl)).toBe('next');
    expect(keyLabel('ArrowRight', 'rtl')).toEqual({ message: 'presenter.keyName.left' });
  });

  it('in the notes window, offers only the keys it can pass on (and the guide)', () => {
    const notes = bindingsFor({ place: 'notes', presenting: true }).map((b) => b.action);
    expect(notes).toEqual(['next', 'prev', 'first', 'last', 'blank', 'guide']);
    expect(actionFor(press('s'), { ...slides, place: 'notes' })).toBeNull();
  });

  it('names every key for the guide', () => {
    for (const key of KEY_MAP.flatMap((b) => b.keys)) {
      const label = keyLabel(key, 'ltr');
      expect('message' in label ? label.message : label.text, key).toMatch(/\S/);
    }
  });
});
