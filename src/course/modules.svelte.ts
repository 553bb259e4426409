// The course's modules as loaded so far (each module is its own chunk, downloaded on
// demand), and which page a link to a module opens. The learner's session, the
// presenter's deck and the notes window each keep one of these.
import { loadModule } from './load';
import type { Course, Id, Module, Page } from './types';

export class ModuleCache {
  /** Modules loaded so far, by id. */
  loaded: Record<Id, Module> = $state.raw({});

  constructor(readonly course: Course) {}

  /** The module with this id (downloaded once), or null when the course has none. */
  async load(moduleId: Id): Promise<Module | null> {
    const cached = this.loaded[moduleId];
    if (cached) return cached;
    const module = await loadModule(this.course, moduleId);
    if (!module) return null;
    this.loaded = { ...this.loaded, [moduleId]: module };
    return module;
  }
}

/** Where a link to a module opens: its first page not yet seen, else its first page. */
export const firstPage = (module: Module, seen: readonly Id[] = []): Page | undefined => module.pages.find((p) => !seen.includes(p.id)) ?? module.pages[0];
