// A module's pages and questions, downloaded on demand (each module is its own chunk).
import type { Course, Id, Module } from './types';

/** The module with this id, or null when the course has none. */
export async function loadModule(course: Course, moduleId: Id): Promise<Module | null> {
  const entry = course.modules.find((m) => m.id === moduleId);
  return entry ? (await entry.load()).default : null;
}
