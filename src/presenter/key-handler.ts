// The presenter's one keydown listener, bound and unbound here. Checks run first (an
// earlier handler took the key, a form control or widget owns it, a modifier is held);
// the default action is prevented only when one of ours really fired, so a key we do
// not use (or cannot use right now) keeps doing what the browser does with it.
import { actionFor, type Action, type KeyContext } from './keys';

/** Controls that take every key: typing, choosing, sliding. */
const TAKES_ALL_KEYS =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), ' +
  '[role="textbox"], [role="slider"], [role="spinbutton"], [role="listbox"], [role="combobox"], ' +
  '[role="radiogroup"], [role="radio"], [role="tablist"], [role="tab"], [role="menu"], [role="menuitem"], ' +
  '[role="grid"], [role="tree"], [role="option"]';
/** Controls that a press of Space or Enter activates. */
const PRESSED_BY_SPACE_OR_ENTER = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"]';

/** Whether the focused element has its own use for this key. */
export function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TAKES_ALL_KEYS)) return true;
  return (key === ' ' || key === 'Enter') && target.closest(PRESSED_BY_SPACE_OR_ENTER) !== null;
}

export interface KeyHandlerOptions {
  /** Read at each press: where keys are read, and the text direction. */
  context: () => KeyContext;
  /** Carries out an action; true when it did something (only then is the key used up). */
  run: (action: Action) => boolean;
}

/** Listens for presenter keys on `win`; returns the function that stops listening. */
export function bindKeys(win: Window, { context, run }: KeyHandlerOptions): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const action = actionFor(event, context());
    if (!action || ownedByControl(event.target, event.key)) return;
    if (run(action)) event.preventDefault();
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}

/** The document's text direction, as the key table needs it. */
export const documentDir = (doc: Document): 'ltr' | 'rtl' => (doc.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');
