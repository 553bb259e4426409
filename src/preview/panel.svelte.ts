// What the side panel shows. A chatty course can make hundreds of calls a second, so the
// panel is refreshed at most once per animation frame, from the sources of truth.

import { failed, type ApiCall } from './bridge';
import type { SessionState } from '../tracking/in-page-lms';

/** Only the newest calls are rendered; window.__preview.calls keeps them all. */
export const LOG_LIMIT = 500;

export interface SaveStatus {
  readonly at: Date;
  readonly ok: boolean;
}

export interface PanelSource {
  readonly calls: readonly ApiCall[];
  cmi(): Record<string, string>;
  state(): SessionState;
  lastSave(): SaveStatus | null;
  /** The active fault switches, described (empty when none). */
  faults(): string[];
}

export class PanelState {
  /** The newest calls, at most LOG_LIMIT of them. */
  calls = $state.raw<readonly ApiCall[]>([]);
  /** Position of calls[0] in the whole log, so numbering stays true after trimming. */
  firstIndex = $state(0);
  totalCalls = $state(0);
  errorCount = $state(0);
  cmi = $state.raw<Readonly<Record<string, string>>>({});
  session = $state<SessionState>('not-started');
  lastSave = $state.raw<SaveStatus | null>(null);
  faults = $state.raw<readonly string[]>([]);

  #source: PanelSource;
  #scheduled = false;
  #countedErrors = 0;

  constructor(source: PanelSource) {
    this.#source = source;
    this.#flush();
  }

  /** Call after anything changed; the panel catches up on the next frame. */
  invalidate(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    requestAnimationFrame(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    const all = this.#source.calls;
    // Errors are counted incrementally so a long log is not rescanned every frame.
    let errors = this.errorCount;
    for (let i = this.#countedErrors; i < all.length; i++) {
      const call = all[i];
      if (call && failed(call)) errors++;
    }
    this.#countedErrors = all.length;
    this.errorCount = errors;
    this.firstIndex = Math.max(0, all.length - LOG_LIMIT);
    this.calls = all.slice(this.firstIndex);
    this.totalCalls = all.length;
    this.cmi = this.#source.cmi();
    this.session = this.#source.state();
    this.lastSave = this.#source.lastSave();
    this.faults = this.#source.faults();
  }
}
