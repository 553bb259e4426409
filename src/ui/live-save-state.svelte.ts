// The tracker's save state, readable reactively by components: createSubscriber
// subscribes only while something on screen reads it, and unsubscribes after.
import { createSubscriber } from 'svelte/reactivity';
import type { SaveState, SaveStateSource } from '../tracking/save-state';

export class LiveSaveState {
  readonly #source: SaveStateSource;
  readonly #subscribe: () => void;

  constructor(source: SaveStateSource) {
    this.#source = source;
    this.#subscribe = createSubscriber((update) => source.subscribe(update));
  }

  get current(): SaveState {
    this.#subscribe();
    return this.#source.saveState;
  }
}
