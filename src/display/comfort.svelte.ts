// Comfort settings: how the course looks and moves for this learner on this device.
// They are kept in the browser's storage (never sent to the LMS: they are not learner
// data) and shown as data attributes on <html>, which theme.css turns into CSS
// variables, so every component follows without knowing about them.
//
// Headless: storage and the system's preferences are passed in, so tests need no
// browser. Only the learner's own choices are stored; anything not chosen follows the
// system (dark mode, reduced motion) or the default.
import { readJsonRecord } from '../shared/json';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const SPACINGS = ['standard', 'wide', 'wider'] as const;
export const THEMES = ['default', 'dark', 'cream', 'blue', 'yellow', 'green', 'grey'] as const;
/** The light tints, in the order the panel offers them. */
export const TINTS = ['cream', 'blue', 'yellow', 'green', 'grey'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Spacing = (typeof SPACINGS)[number];
export type Theme = (typeof THEMES)[number];

export interface ComfortSettings {
  /**
   * Text size as a percentage of the standard size.
   * @defaultValue 100
   */
  textSize: TextSize;
  /** @defaultValue 'standard' */
  lineSpacing: Spacing;
  /** Letter and word spacing. @defaultValue 'standard' */
  letterSpacing: Spacing;
  /**
   * A plain system sans-serif, wider spacing, text aligned to the start, no italics.
   * @defaultValue false
   */
  dyslexia: boolean;
  /** @defaultValue 'dark' when the system prefers a dark scheme, else 'default' */
  theme: Theme;
  /** @defaultValue true when the system asks for reduced motion */
  reduceMotion: boolean;
}

/** What the system says, read live (the learner may change it while the course is open). */
export interface SystemPreferences {
  readonly dark: boolean;
  readonly reducedMotion: boolean;
}

/** Where choices are kept: one string under one key. Failing storage must not throw. */
export interface ComfortStorage {
  get(): string | null;
  set(value: string | null): void;
}

export const STORAGE_VERSION = 1;

const DEFAULTS: Readonly<Omit<ComfortSettings, 'theme' | 'reduceMotion'>> = Object.freeze({
  textSize: 100,
  lineSpacing: 'standard',
  letterSpacing: 'standard',
  dyslexia: false,
});

export function defaultsFor(system: SystemPreferences): ComfortSettings {
  return { ...DEFAULTS, theme: system.dark ? 'dark' : 'default', reduceMotion: system.reducedMotion };
}

/** A check per setting: whether a stored value is one the course can show. */
const VALID: { [K in keyof ComfortSettings]: (v: unknown) => v is ComfortSettings[K] } = {
  textSize: (v): v is TextSize => TEXT_SIZES.includes(v as TextSize),
  lineSpacing: (v): v is Spacing => SPACINGS.includes(v as Spacing),
  letterSpacing: (v): v is Spacing => SPACINGS.includes(v as Spacing),
  dyslexia: (v): v is boolean => typeof v === 'boolean',
  theme: (v): v is Theme => THEMES.includes(v as Theme),
  reduceMotion: (v): v is boolean => typeof v === 'boolean',
};

const isKey = (k: string): k is keyof ComfortSettings => Object.hasOwn(VALID, k);

/**
 * Reads stored choices. Anything unreadable, from another version, or not a value the
 * course offers is dropped, so an old or tampered entry can never break the page.
 */
export function parseChoices(raw: string | null): Partial<ComfortSettings> {
  const data = readJsonRecord(raw);
  if (!data || data.v !== STORAGE_VERSION) return {};
  const out: Partial<Record<keyof ComfortSettings, unknown>> = {};
  for (const [k, v] of Object.entries(data)) {
    if (isKey(k) && VALID[k](v)) out[k] = v;
  }
  return out as Partial<ComfortSettings>;
}

export function serialiseChoices(choices: Partial<ComfortSettings>): string | null {
  return Object.keys(choices).length ? JSON.stringify({ v: STORAGE_VERSION, ...choices }) : null;
}

export class Comfort {
  /** The learner's own choices only. */
  #choices: Partial<ComfortSettings> = $state.raw({});
  readonly current: ComfortSettings = $derived({ ...defaultsFor(this.system), ...this.#choices });
  /** Whether the learner has changed anything (Reset has something to do). */
  readonly changed = $derived(Object.keys(this.#choices).length > 0);

  constructor(
    private readonly storage: ComfortStorage,
    private readonly system: SystemPreferences,
  ) {
    this.#choices = parseChoices(storage.get());
  }

  set<K extends keyof ComfortSettings>(key: K, value: ComfortSettings[K]): void {
    if (!VALID[key](value)) throw new RangeError(`Comfort setting "${key}" cannot be ${JSON.stringify(value)}`);
    this.#choices = { ...this.#choices, [key]: value };
    this.storage.set(serialiseChoices(this.#choices));
  }

  /** Back to the defaults (and the system's preferences). */
  reset(): void {
    this.#choices = {};
    this.storage.set(null);
  }
}

/** The data attributes on <html> for these settings; absent means the default look. */
export function documentAttributes(s: ComfortSettings): Record<string, string | null> {
  return {
    'data-text-size': s.textSize === 100 ? null : String(s.textSize),
    'data-line-spacing': s.lineSpacing === 'standard' ? null : s.lineSpacing,
    'data-letter-spacing': s.letterSpacing === 'standard' ? null : s.letterSpacing,
    'data-dyslexia': s.dyslexia ? '' : null,
    'data-theme': s.theme === 'default' ? null : s.theme,
    'data-motion': s.reduceMotion ? 'reduce' : null,
  };
}

export function applyToDocument(s: ComfortSettings, root: HTMLElement): void {
  for (const [name, value] of Object.entries(documentAttributes(s))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
}
