// Hash routes and the SCORM bookmark made from them: what the address bar shows and
// what brings a learner back to the same page.
import { describe, expect, it } from 'vitest';
import { locationOf, parseRoute, routeFromLocation, routeHash, type Route } from '../../src/app/route';

const routes: Route[] = [
  { name: 'start' },
  { name: 'menu' },
  { name: 'earlier' },
  { name: 'module', moduleId: 'endorphins' },
  { name: 'page', moduleId: 'endorphins', pageId: 'check' },
  { name: 'page', moduleId: 'm2', pageId: 'page_2' },
];

describe('routes', () => {
  it.each(routes)('$name round-trips through the hash and the bookmark', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeFromLocation(locationOf(route))).toEqual(route);
  });

  it('writes readable hashes, and the bookmark without "#"', () => {
    expect(routeHash({ name: 'start' })).toBe('#/');
    expect(routeHash({ name: 'menu' })).toBe('#/menu');
    expect(routeHash({ name: 'page', moduleId: 'endorphins', pageId: 'check' })).toBe('#/endorphins/check');
    expect(locationOf({ name: 'page', moduleId: 'endorphins', pageId: 'check' })).toBe('/endorphins/check');
  });

  it('takes the skip link’s #main for a place in the page, not a module', () => {
    expect(parseRoute('#main')).toEqual({ name: 'start' });
  });

  it('accepts hashes typed or pasted without the leading slash or with a trailing one', () => {
    expect(parseRoute('#menu')).toEqual({ name: 'menu' });
    expect(parseRoute('#/endorphins/check/')).toEqual({ name: 'page', moduleId: 'endorphins', pageId: 'check' });
  });

  it.each([
    '',
    '#',
    '#/',
    '#/Endorphins',
    '#/endorphins/Check',
    '#/a/b/c',
    '#/1abc',
    '#/a%20b',
    '#/a b',
    '#/../etc',
    '#/endorphins/check?x=1',
    `#/${'a'.repeat(33)}`,
    '#javascript:alert(1)',
    '#/<script>',
  ])('garbage %j gives the start route', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'start' });
  });

  it('an empty or unreadable bookmark gives the start route', () => {
    expect(routeFromLocation('')).toEqual({ name: 'start' });
    expect(routeFromLocation('not a route')).toEqual({ name: 'start' });
  });
});
