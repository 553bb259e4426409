// Comfort settings: only the learner's own choices are kept, anything unreadable is
// dropped, the system's dark mode and reduced motion are the defaults, and the page
// gets one data attribute per setting that differs from the standard look.
import { describe, expect, it } from 'vitest';
import {
  Comfort,
  STORAGE_VERSION,
  documentAttributes,
  defaultsFor,
  parseChoices,
  serialiseChoices,
  type ComfortStorage,
  type SystemPreferences,
} from '../../src/display/comfort.svelte';

function memoryStorage(initial: string | null = null): ComfortStorage & { value: string | null; writes: number } {
  return {
    value: initial,
    writes: 0,
    get() {
      return this.value;
    },
    set(value) {
      this.value = value;
      this.writes++;
    },
  };
}

const LIGHT: SystemPreferences = { dark: false, reducedMotion: false };
const DARK_STILL: SystemPreferences = { dark: true, reducedMotion: true };

describe('comfort settings', () => {
  it('start from the standard look, or from what the system asks for', () => {
    expect(new Comfort(memoryStorage(), LIGHT).current).toEqual({
      textSize: 100,
      lineSpacing: 'standard',
      letterSpacing: 'standard',
      dyslexia: false,
      theme: 'default',
      reduceMotion: false,
    });
    const followsSystem = new Comfort(memoryStorage(), DARK_STILL).current;
    expect(followsSystem.theme).toBe('dark');
    expect(followsSystem.reduceMotion).toBe(true);
  });

  it('keep each choice, and only the choices, in storage', () => {
    const storage = memoryStorage();
    const comfort = new Comfort(storage, DARK_STILL);
    expect(comfort.changed).toBe(false);
    comfort.set('textSize', 175);
    comfort.set('theme', 'cream');
    comfort.set('reduceMotion', false);
    expect(comfort.changed).toBe(true);
    expect(JSON.parse(storage.value!)).toEqual({ v: STORAGE_VERSION, textSize: 175, theme: 'cream', reduceMotion: false });
    // A learner's choice wins over the system's preference.
    expect(comfort.current.reduceMotion).toBe(false);

    const again = new Comfort(memoryStorage(storage.value), DARK_STILL);
    expect(again.current).toEqual(comfort.current);
  });

  it('reset forgets every choice', () => {
    const storage = memoryStorage();
    const comfort = new Comfort(storage, LIGHT);
    comfort.set('dyslexia', true);
    comfort.reset();
    expect(storage.value).toBeNull();
    expect(comfort.current).toEqual(defaultsFor(LIGHT));
  });

  it('refuse a value the course does not offer, naming the setting', () => {
    const comfort = new Comfort(memoryStorage(), LIGHT);
    // @ts-expect-error: not a text size the course offers
    expect(() => comfort.set('textSize', 300)).toThrow(/textSize/);
    // @ts-expect-error: not a theme
    expect(() => comfort.set('theme', 'pink')).toThrow(/theme/);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ v: 99, textSize: 150 })],
    ['a list', '[1,2]'],
    ['a number', '42'],
  ])('read %s as no choices', (_, raw) => {
    expect(parseChoices(raw)).toEqual({});
  });

  it('drop unknown or impossible stored values and keep the rest', () => {
    const raw = JSON.stringify({ v: STORAGE_VERSION, textSize: 150, theme: 'pink', dyslexia: 'yes', lineSpacing: 'wider', other: 1 });
    expect(parseChoices(raw)).toEqual({ textSize: 150, lineSpacing: 'wider' });
    expect(parseChoices(`{"v":${STORAGE_VERSION},"__proto__":{"textSize":200}}`)).toEqual({});
  });

  it('store nothing at all when nothing is chosen', () => {
    expect(serialiseChoices({})).toBeNull();
  });

  it('give the page one attribute per setting that differs from the standard look', () => {
    expect(documentAttributes(defaultsFor(LIGHT))).toEqual({
      'data-text-size': null,
      'data-line-spacing': null,
      'data-letter-spacing': null,
      'data-dyslexia': null,
      'data-theme': null,
      'data-motion': null,
    });
    expect(documentAttributes({ textSize: 200, lineSpacing: 'wide', letterSpacing: 'wider', dyslexia: true, theme: 'dark', reduceMotion: true })).toEqual({
      'data-text-size': '200',
      'data-line-spacing': 'wide',
      'data-letter-spacing': 'wider',
      'data-dyslexia': '',
      'data-theme': 'dark',
      'data-motion': 'reduce',
    });
  });
});
