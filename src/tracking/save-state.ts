// Whether what the learner did has reached the LMS, as a tiny observable the UI can
// subscribe to (Svelte's createSubscriber fits it), without knowing about any LMS.

/**
 * - saved: the LMS has confirmed everything (or there is nothing to save);
 * - saving: changes are on their way;
 * - unsaved: the LMS refused or did not answer; the changes are kept on this device
 *   and retried;
 * - not-open: the LMS refused to open this visit (Initialize); the work is kept on this
 *   device only for now, and Initialize is retried;
 * - no-lms: launched from another page (a frame or a pop-up), but no LMS could be found:
 *   nothing reaches a learning system, and the work is kept on this device only;
 * - review: the LMS opened the attempt for review or browsing (or without credit), so
 *   nothing is sent and nothing is kept.
 */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'not-open' | 'no-lms' | 'review';

export interface SaveStateSource {
  readonly saveState: SaveState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export class SaveStateCell implements SaveStateSource {
  #state: SaveState = 'saved';
  readonly #listeners = new Set<() => void>();

  get saveState(): SaveState {
    return this.#state;
  }

  set(state: SaveState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
