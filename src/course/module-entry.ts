// A module is one folder, modules/<id>/: its id is the folder's name, and its menu title and
// summary are the locale keys "<id>.title" and "<id>.summary" (every key of a module starts
// with its id, which is how its text is split into its own chunk). So module.ts holds only
// pages, and the course lists each module once, by id.
import type { Id, Module, ModuleEntry } from './types';

/** What modules/<id>/module.ts exports: the pages; the identity comes from the folder. */
export type ModuleContent = Omit<Module, 'id' | 'title' | 'summary'>;

/** The course's entry for modules/<id>/; `load` imports its module.ts (a chunk of its own). */
export function moduleEntry(id: Id, load: () => Promise<{ default: ModuleContent }>): ModuleEntry {
  const title = `${id}.title`;
  const summary = `${id}.summary`;
  return { id, title, summary, load: () => load().then((m) => ({ default: { id, title, summary, ...m.default } })) };
}
