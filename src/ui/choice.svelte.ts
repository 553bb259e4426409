// A headless choice group (as bits-ui's radio-group state): radio buttons (one) or
// checkboxes (any, up to a limit), over native inputs so arrow keys, Space, switch
// access and screen readers work as everywhere. The chosen values live with the owner
// (a quiz answer, a setting, a plan): the group reads them and reports each change.

export interface ChoiceOptions<T extends string> {
  /** The inputs' shared name: one radio group, or one set of checkboxes. */
  name: string;
  /** Checkboxes (any number) rather than radio buttons (exactly one). */
  multiple?: boolean;
  /** The chosen values, read reactively. */
  value: () => readonly T[];
  /** After each change: all chosen values, and the one that changed. */
  onchange: (next: T[], changed: T, on: boolean) => void;
  /** With `multiple`: at most this many. The others stay focusable but do nothing. */
  max?: number;
  /** Pressed where the limit blocks it: say why. */
  onblocked?: (value: T) => void;
  /** Nothing can change (an answer that has been checked). */
  locked?: () => boolean;
}

export class ChoiceGroup<T extends string> {
  readonly name: string;
  readonly multiple: boolean;
  readonly #opts: ChoiceOptions<T>;

  constructor(opts: ChoiceOptions<T>) {
    this.#opts = opts;
    this.name = opts.name;
    this.multiple = opts.multiple ?? false;
  }

  get chosen(): readonly T[] {
    return this.#opts.value();
  }

  get locked(): boolean {
    return this.#opts.locked?.() ?? false;
  }

  /** True when no more can be chosen. */
  get atLimit(): boolean {
    return this.multiple && this.#opts.max !== undefined && this.chosen.length >= this.#opts.max;
  }

  isChosen(value: T): boolean {
    return this.chosen.includes(value);
  }

  /** Unchosen while the limit is reached: shown as unavailable, and a press does nothing. */
  isBlocked(value: T): boolean {
    return this.atLimit && !this.isChosen(value);
  }

  /** A press on `value`'s input: false if it must do nothing (the caller cancels it). */
  press(value: T): boolean {
    if (this.locked) return false;
    if (!this.isBlocked(value)) return true;
    this.#opts.onblocked?.(value);
    return false;
  }

  /** Chooses or unchooses `value`; false where nothing changes. */
  select(value: T, on: boolean): boolean {
    if (this.locked || on === this.isChosen(value) || (on && this.isBlocked(value))) return false;
    if (!this.multiple && !on) return false; // a radio button is unchosen only by choosing another
    const next = !this.multiple ? [value] : on ? [...this.chosen, value] : this.chosen.filter((v) => v !== value);
    this.#opts.onchange(next, value, on);
    return true;
  }
}
