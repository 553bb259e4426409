// Mounts the course for what the address asks: the notes window (`?present=notes`),
// presenter mode (`?present=1`), or the learner's course, with presenter mode a click
// away. A presenter launch has no learner session: `learner` makes one if presenting
// is left. Presenter mode's own roots come in as lazy loaders (`roots`), so this folder
// never imports src/presenter.
import { markTookOverStartScreen } from './first-view';
import { flushSync, mount } from 'svelte';
import type { Session } from './session.svelte';
import type { Course } from '../course/types';
import { presenter, type PresenterRequest, type PresenterRoots } from './mode.svelte';
import ModeRoot from './ModeRoot.svelte';

export interface CourseMount {
  course: Course;
  session: Session | null;
  learner: () => Promise<Session>;
  presenting: PresenterRequest;
  roots: PresenterRoots;
}

export async function mountCourse(target: HTMLElement, { course, session, learner, presenting, roots }: CourseMount): Promise<void> {
  if (presenting === 'notes') {
    const { default: NotesWindow } = await roots.notes();
    takeOver(target, () => mount(NotesWindow, { target, props: { course } }));
    return;
  }
  if (presenting === 'slides') presenter.active = true;
  takeOver(target, () => mount(ModeRoot, { target, props: { course, session, learner, slides: roots.slides } }));
}

/** What can hold focus on the start screen: its controls, and <main> after the skip link. */
const FOCUSABLE = 'a[href], button, select, main';

/**
 * Mounts over the start screen index.html already shows (scripts/first-screen-plugin.ts),
 * in one task, so the browser never paints the gap; the same markup comes back, so
 * nothing moves. Keeps the learner's scroll position and the control they had focused.
 */
function takeOver(target: HTMLElement, mountApp: () => void): void {
  const before = [...target.querySelectorAll(FOCUSABLE)];
  if (target.querySelector('main')) markTookOverStartScreen();
  const focused = before.indexOf(document.activeElement as Element);
  const { scrollX, scrollY } = window;
  target.replaceChildren();
  mountApp();
  flushSync();
  if (window.scrollX !== scrollX || window.scrollY !== scrollY) window.scrollTo(scrollX, scrollY);
  if (focused >= 0) target.querySelectorAll<HTMLElement>(FOCUSABLE)[focused]?.focus();
}
