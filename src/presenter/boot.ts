// Mounts the course for what the address asks: the notes window (`?present=notes`),
// presenter mode (`?present=1`), or the learner's course, with presenter mode a click
// away. A presenter launch has no learner session: `learner` makes one if presenting
// is left.
import { mount } from 'svelte';
import type { Session } from '../app/session.svelte';
import type { Course } from '../course/types';
import { presenter, type PresenterRequest } from './mode.svelte';
import ModeRoot from './ModeRoot.svelte';

export interface CourseMount {
  course: Course;
  session: Session | null;
  learner: () => Promise<Session>;
  presenting: PresenterRequest;
}

export async function mountCourse(target: HTMLElement, { course, session, learner, presenting }: CourseMount): Promise<void> {
  if (presenting === 'notes') {
    const { default: NotesWindow } = await import('./NotesWindow.svelte');
    mount(NotesWindow, { target, props: { course } });
    return;
  }
  if (presenting === 'slides') presenter.active = true;
  mount(ModeRoot, { target, props: { course, session, learner } });
}
