// The presenter's keys: one table, read by both the key handler (key-handler.ts) and
// the on-screen key guide (KeyGuide.svelte), so the two can never drift apart.
// Keys are named by `KeyboardEvent.key`, never by numeric key codes. Presentation
// clickers send these same keys: Page Down / Page Up (or the arrows) for next and back,
// and B or "." for the black-screen button.
import type { MessageKey } from '../course/types';

export type Action = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'fullscreen' | 'overview' | 'notes' | 'guide';

export interface KeyBinding {
  action: Action;
  /** `KeyboardEvent.key` values; letters in lower case (either case matches). */
  keys: readonly string[];
  /** What it does, for the key guide. */
  description: MessageKey;
  /** Works only while presenting (the learner's course binds none of these keys). */
  presenterOnly: boolean;
  /** Also works from the notes window, which passes it on to the slides. */
  fromNotes: boolean;
}

export const KEY_MAP: readonly KeyBinding[] = [
  { action: 'next', keys: ['ArrowRight', 'PageDown', ' '], description: 'presenter.keys.next', presenterOnly: true, fromNotes: true },
  { action: 'prev', keys: ['ArrowLeft', 'PageUp'], description: 'presenter.keys.prev', presenterOnly: true, fromNotes: true },
  { action: 'first', keys: ['Home'], description: 'presenter.keys.first', presenterOnly: true, fromNotes: true },
  { action: 'last', keys: ['End'], description: 'presenter.keys.last', presenterOnly: true, fromNotes: true },
  { action: 'blank', keys: ['b', '.'], description: 'presenter.keys.blank', presenterOnly: true, fromNotes: true },
  { action: 'fullscreen', keys: ['f'], description: 'presenter.keys.fullscreen', presenterOnly: true, fromNotes: false },
  { action: 'overview', keys: ['o'], description: 'presenter.keys.overview', presenterOnly: true, fromNotes: false },
  { action: 'notes', keys: ['s'], description: 'presenter.keys.notes', presenterOnly: true, fromNotes: false },
  { action: 'guide', keys: ['?'], description: 'presenter.keys.guide', presenterOnly: true, fromNotes: true },
];

/** Where keys are read: the slides themselves, or the facilitator's notes window. */
export type KeyPlace = 'slides' | 'notes';

export interface KeyContext {
  place: KeyPlace;
  /** Presenter mode is on (the learner's course binds no presenter keys). */
  presenting: boolean;
  /** Text direction: in right-to-left text the arrows swap, so "next" still points forward. */
  dir: 'ltr' | 'rtl';
}

const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** The key as the table names it: letters in lower case, arrows as in left-to-right text. */
function tableKey(key: string, dir: 'ltr' | 'rtl'): string {
  if (key.length === 1) return key.toLowerCase();
  return dir === 'rtl' ? (MIRRORED[key] ?? key) : key;
}

/** The bindings that apply in a place, in table order (the key guide lists these). */
export function bindingsFor(context: Pick<KeyContext, 'place' | 'presenting'>): KeyBinding[] {
  return KEY_MAP.filter((b) => (context.presenting || !b.presenterOnly) && (context.place === 'slides' || b.fromNotes));
}

/**
 * The action for a key press, or null. Presses with Ctrl, Alt or Meta are never ours
 * (they are the browser's and the system's); Shift only counts for a typed character,
 * such as "?", so Shift+arrow is left to text selection.
 */
export function actionFor(press: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean; shiftKey: boolean }, context: KeyContext): Action | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.shiftKey && press.key.length !== 1) return null;
  const key = tableKey(press.key, context.dir);
  return bindingsFor(context).find((b) => b.keys.includes(key))?.action ?? null;
}

/** How the key guide names a key: a translated name, or the character itself. */
export function keyLabel(key: string, dir: 'ltr' | 'rtl'): { message: MessageKey } | { text: string } {
  const shown = dir === 'rtl' ? (MIRRORED[key] ?? key) : key;
  const named: Record<string, MessageKey> = {
    ArrowRight: 'presenter.keyName.right',
    ArrowLeft: 'presenter.keyName.left',
    PageDown: 'presenter.keyName.pageDown',
    PageUp: 'presenter.keyName.pageUp',
    Home: 'presenter.keyName.home',
    End: 'presenter.keyName.end',
    ' ': 'presenter.keyName.space',
    '.': 'presenter.keyName.fullStop',
  };
  const message = named[shown];
  return message ? { message } : { text: shown.toUpperCase() };
}
