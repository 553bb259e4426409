// Whether the course is being presented to a group. Presenter mode is entered from the
// start screen or with `?present=1` in the address, and left the same way; the address
// follows the mode, so a reload (or a clicker's F5) keeps presenting.
// `?present=notes` opens the facilitator's notes window instead (see NotesWindow).
import type { Component } from 'svelte';
import type { Course } from '../course/types';

export type PresenterRequest = 'slides' | 'notes' | null;

/**
 * Presenter mode's roots (src/presenter), each loaded only when used. src/main.ts hands
 * them to the app, which so depends on their props and never on their folder.
 */
export interface PresenterRoots {
  slides: () => Promise<{ default: Component<{ course: Course; onleave: () => void }> }>;
  notes: () => Promise<{ default: Component<{ course: Course }> }>;
}

export const PRESENT_PARAM = 'present';

/** What the address asks for: `present=notes`, presenting (`present`, `present=1`), or nothing. */
export function presenterRequest(search: string): PresenterRequest {
  const value = new URLSearchParams(search).get(PRESENT_PARAM);
  if (value === null || value === '0' || value === 'false') return null;
  return value === 'notes' ? 'notes' : 'slides';
}

/** This address with the presenter parameter set (or removed, with null) and the given hash. */
export function withPresentParam(href: string, value: string | null, hash: string, extra: Record<string, string> = {}): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(PRESENT_PARAM);
  else url.searchParams.set(PRESENT_PARAM, value);
  for (const [name, v] of Object.entries(extra)) url.searchParams.set(name, v);
  url.hash = hash;
  return url.href;
}

class PresenterMode {
  /** True while presenting: the learner's course (and its tracking) is set aside. */
  active = $state(false);

  /** From the start screen: presenting starts at the choice of part. */
  enter(): void {
    history.replaceState(history.state, '', withPresentParam(location.href, '1', '#/'));
    this.active = true;
  }

  /** Back to the learner's start screen, as it was. */
  leave(): void {
    history.replaceState(history.state, '', withPresentParam(location.href, null, '#/'));
    this.active = false;
  }
}

export const presenter = new PresenterMode();
