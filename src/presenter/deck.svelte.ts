// The presenter's own session: which slide is showing, how far a question's answer is
// revealed, the blank screen, the overlays and the session timer. It lives in memory
// only. It holds no tracker and no storage, so nothing a room does while presenting can
// reach the LMS or this device's storage: that is the whole of the no-tracking design.
import { ModuleCache, firstPage } from '../course/modules.svelte';
import type { ActivityStepper, Course, Id, Module, Page } from '../course/types';
import { routeHash, type Route } from '../app/route';
import type { Action } from './keys';
import type { DeckState } from './channel';
import { newDeckId } from './channel';
import { firstPosition, lastPosition, stepBack, stepForward, type QuizPosition } from './steps';

export type DeckView = { name: 'home' } | { name: 'slide'; moduleId: Id; pageId: Id };
export type Overlay = 'none' | 'guide' | 'overview';

export class Deck {
  /** Names this presenter session on the notes channel. */
  readonly id = newDeckId();
  view: DeckView = $state({ name: 'home' });
  readonly modules: ModuleCache = new ModuleCache(this.course);
  quiz: QuizPosition = $state(firstPosition());
  blank = $state(false);
  overlay: Overlay = $state('none');
  /** Notes beside the slide (when no notes window can be used). */
  notesPanel = $state(false);
  startedAt = $state(Date.now());

  readonly module: Module | undefined = $derived(this.view.name === 'slide' ? this.modules.loaded[this.view.moduleId] : undefined);
  readonly index: number = $derived.by(() => {
    const view = this.view;
    return view.name === 'slide' && this.module ? this.module.pages.findIndex((p) => p.id === view.pageId) : -1;
  });
  readonly page: Page | undefined = $derived(this.module?.pages[this.index]);

  /**
   * Where each activity was left, by "module/page": going back to a diagram shows the step
   * it was on, not its first again. In memory only, as everything here.
   */
  activities: Record<string, string> = $state({});

  /** The activity on the slide showing, where it steps with the clicker (set by Slide). */
  stepper: ActivityStepper | undefined = $state.raw(undefined);

  /** How the next page shown is entered: at its start, or (going back) at its end. */
  #entry: 'start' | 'end' = 'start';

  constructor(readonly course: Course) {}

  /** Shows what a route names; the start screen, the menu and the final check become the choice of part. */
  async show(route: Route): Promise<void> {
    const entry = this.#entry;
    this.#entry = 'start';
    if (route.name !== 'module' && route.name !== 'page') {
      this.view = { name: 'home' };
      this.overlay = 'none';
      return;
    }
    const module = await this.modules.load(route.moduleId);
    // A part always opens at its start here: a room has no "seen" pages.
    const page = route.name === 'page' ? module?.pages.find((p) => p.id === route.pageId) : module && firstPage(module);
    if (!module || !page) return this.show({ name: 'start' });
    if (route.name === 'module') {
      // Replace, not push: Back should not land on the bare module link again.
      history.replaceState(history.state, '', routeHash({ name: 'page', moduleId: module.id, pageId: page.id }));
    }
    this.quiz = page.kind === 'quiz' && entry === 'end' ? lastPosition(page.questions) : firstPosition();
    this.view = { name: 'slide', moduleId: module.id, pageId: page.id };
    this.overlay = 'none';
  }

  /** Goes to a page of the current part by its index. */
  goTo(index: number, entry: 'start' | 'end' = 'start'): boolean {
    const module = this.module;
    const page = module?.pages[index];
    if (!module || !page) return false;
    if (index === this.index) {
      // Same page (Home on the first page): back to its start.
      this.quiz = page.kind === 'quiz' && entry === 'end' ? lastPosition(page.questions) : firstPosition();
      return true;
    }
    this.#entry = entry;
    location.hash = routeHash({ name: 'page', moduleId: module.id, pageId: page.id });
    return true;
  }

  next(): boolean {
    // On the choice of part, a clicker alone can only go forward: into the first part.
    const first = this.course.modules[0];
    if (this.view.name === 'home' && first) {
      location.hash = routeHash({ name: 'module', moduleId: first.id });
      return true;
    }
    const page = this.page;
    if (!page) return false;
    if (page.kind === 'quiz') {
      const step = stepForward(page.questions, this.quiz);
      if (step) {
        this.quiz = step;
        return true;
      }
    }
    if (page.kind === 'activity' && this.stepper?.move?.(1)) return true;
    return this.goTo(this.index + 1);
  }

  prev(): boolean {
    const page = this.page;
    if (!page) return false;
    if (page.kind === 'quiz') {
      const step = stepBack(page.questions, this.quiz);
      if (step) {
        this.quiz = step;
        return true;
      }
    }
    if (page.kind === 'activity' && this.stepper?.move?.(-1)) return true;
    return this.goTo(this.index - 1, 'end');
  }

  /**
   * Carries out a key's action (notes and full screen need the window, so the
   * component does those). True when something happened. While the screen is blank
   * only the blank key works, and while an overlay is open only the overlay keys do.
   */
  run(action: Action): boolean {
    if (this.blank && action !== 'blank') return false;
    if (this.overlay !== 'none' && action !== 'guide' && action !== 'overview' && action !== 'blank') return false;
    switch (action) {
      case 'next':
        return this.next();
      case 'prev':
        return this.prev();
      case 'first':
        return this.goTo(0);
      case 'last':
        return this.goTo((this.module?.pages.length ?? 0) - 1);
      case 'blank':
        // A modal overlay sits above everything, even the black screen: close it first.
        this.overlay = 'none';
        this.blank = !this.blank;
        return true;
      case 'guide':
        this.overlay = this.overlay === 'guide' ? 'none' : 'guide';
        return true;
      case 'overview':
        if (!this.module) return false;
        this.overlay = this.overlay === 'overview' ? 'none' : 'overview';
        return true;
      default:
        return false;
    }
  }

  /** What the notes window needs to follow the slides. */
  snapshot(): DeckState {
    const view = this.view;
    return {
      moduleId: view.name === 'slide' ? view.moduleId : null,
      pageId: view.name === 'slide' ? view.pageId : null,
      quiz: this.page?.kind === 'quiz' ? { ...this.quiz } : null,
      blank: this.blank,
      startedAt: this.startedAt,
    };
  }
}
