// Hash routes, so the browser's Back button moves through the course as a learner
// expects and any static host (or LMS folder) serves it without server rules.
import { ID_PATTERN, type Id } from '../course/types';

/** The id of the page's main content, the skip link's target. */
export const CONTENT_ID = 'main';

export type Route =
  | { name: 'start' }
  | { name: 'menu' }
  | { name: 'assessment' }
  | { name: 'summary' }
  | { name: 'accessibility' }
  /** A copy of an earlier attempt's plan and summary, kept on this device (take-home.ts). */
  | { name: 'earlier' }
  /** A module's way in: resolves to the first page not yet seen. */
  | { name: 'module'; moduleId: Id }
  | { name: 'page'; moduleId: Id; pageId: Id };

export function parseRoute(hash: string): Route {
  // The skip link's target (followed before the app took over the first screen) is a
  // place in the page, not a route.
  if (hash === `#${CONTENT_ID}`) return { name: 'start' };
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 1 && (parts[0] === 'menu' || parts[0] === 'assessment')) return { name: parts[0] };
  if (parts.length === 1 && (parts[0] === 'summary' || parts[0] === 'accessibility' || parts[0] === 'earlier')) return { name: parts[0] };
  if (parts.length === 1 && ID_PATTERN.test(parts[0]!)) return { name: 'module', moduleId: parts[0]! };
  if (parts.length === 2 && parts.every((p) => ID_PATTERN.test(p))) {
    return { name: 'page', moduleId: parts[0]!, pageId: parts[1]! };
  }
  return { name: 'start' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'menu':
      return '#/menu';
    case 'assessment':
      return '#/assessment';
    case 'summary':
      return '#/summary';
    case 'accessibility':
      return '#/accessibility';
    case 'earlier':
      return '#/earlier';
    case 'module':
      return `#/${route.moduleId}`;
    case 'page':
      return `#/${route.moduleId}/${route.pageId}`;
  }
}

/** The SCORM bookmark is the same text as the hash, without '#'. */
export const locationOf = (route: Route) => routeHash(route).slice(1);
export const routeFromLocation = (location: string) => parseRoute(`#${location}`);
