// What keeps a part from being finished, so "Finish this part" can say so and take the
// learner there rather than leave the part "In progress" with no reason.
import type { Id, Module } from './types';
import type { ModuleProgress } from './progress';

export type LeftToDo = { pageId: Id; kind: 'answer'; count: number } | { pageId: Id; kind: 'read' };

/** The first thing left in the module's own order, or null when nothing is. */
export function leftToDo(module: Module, progress: ModuleProgress | undefined): LeftToDo | null {
  for (const page of module.pages) {
    if (!progress?.seen.includes(page.id)) return { pageId: page.id, kind: 'read' };
    if (page.kind !== 'quiz') continue;
    const count = page.questions.filter((q) => !(progress.answers[q.id]?.length ?? 0)).length;
    if (count > 0) return { pageId: page.id, kind: 'answer', count };
  }
  return null;
}
