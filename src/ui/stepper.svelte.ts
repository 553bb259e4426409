// A headless stepper (as bits-ui's state classes): which step of a fixed run is shown,
// kept as a short saved value. Activities that step through a figure (a button pair, a
// slider, presenter mode's clicker) share it; they keep only their drawing and words.

export interface StepperOptions {
  /** How many steps there are. */
  count: number;
  /** The saved value, read reactively: '' (not started) or the step's saved number. */
  saved: () => string;
  /** Called with the new saved value after each move. */
  onchange: (value: string) => void;
  /** The saved number of the first step (the pathway saves '1'..'3', the timeline '0'..'3'). */
  firstSaved?: number;
}

export class Stepper {
  readonly count: number;
  readonly #first: number;
  readonly #onchange: (value: string) => void;

  /** The step shown, from 0. Follows the saved value; a move overrides it until a new one comes. */
  index: number = $derived.by(() => this.parse(this.#saved()));
  readonly #saved: () => string;

  constructor({ count, saved, onchange, firstSaved = 0 }: StepperOptions) {
    this.count = count;
    this.#first = firstSaved;
    this.#saved = saved;
    this.#onchange = onchange;
  }

  /** A saved value's step; anything unreadable or out of range is the first step. */
  parse(saved: string): number {
    const n = Number.parseInt(saved, 10) - this.#first;
    return Number.isInteger(n) && n >= 0 && n < this.count ? n : 0;
  }

  get atFirst(): boolean {
    return this.index === 0;
  }

  get atLast(): boolean {
    return this.index === this.count - 1;
  }

  /** Shows step `to` and saves it; false (nothing changes) outside the run or where it already is. */
  go(to: number): boolean {
    if (!Number.isInteger(to) || to < 0 || to >= this.count || to === this.index) return false;
    this.index = to;
    this.#onchange(String(to + this.#first));
    return true;
  }

  /** One step on or back: presenter mode's Next and Back (ActivityStepper), false past either end. */
  move(direction: 1 | -1): boolean {
    return this.go(this.index + direction);
  }
}
