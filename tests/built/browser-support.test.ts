// The browsers the course supports (README, "Browsers"): the oldest are Safari on iOS and
// iPadOS 15.4, Chrome and Edge 98, Firefox 94, the first versions with every built-in the
// course and Svelte's runtime use (structuredClone, Array.prototype.at, Object.hasOwn).
// Everything shipped to a learner is checked: its syntax parses as ES2020 (the build's
// target) and it calls no built-in those browsers lack.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

const WEB = 'dist/web';

/** Built-ins newer than the oldest supported browsers, as they appear in minified code. */
const TOO_NEW: [RegExp, string][] = [
  [/\.(toSorted|toReversed|toSpliced)\(/, 'Array change-by-copy (ES2023; Safari 16)'],
  [/\.with\(\d/, 'Array.prototype.with (ES2023; Safari 16)'],
  [/Array\.fromAsync\(/, 'Array.fromAsync (Safari 16.4)'],
  [/(Object|Map)\.groupBy\(/, 'Object.groupBy / Map.groupBy (Safari 17.4)'],
  [/Promise\.withResolvers\(/, 'Promise.withResolvers (Safari 17.4)'],
  [/\.(isWellFormed|toWellFormed)\(/, 'String well-formed methods (Safari 16.4)'],
  [/\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, 'Set methods (Safari 17)'],
  [/\.transferToFixedLength\(|ArrayBuffer\.prototype\.transfer/, 'ArrayBuffer transfer (Safari 17.4)'],
  [/Iterator\.from\(|\.toArray\(\)/, 'iterator helpers (Safari 18.4)'],
  [/RegExp\.escape\(/, 'RegExp.escape (Safari 18.2)'],
];

function shippedScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

describe('what a learner’s browser runs', () => {
  const files = shippedScripts(WEB);

  it('is there to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s parses as ES2020', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'module' })).not.toThrow();
  });

  it('calls no built-in newer than the supported browsers', () => {
    const found: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const [pattern, what] of TOO_NEW) if (pattern.test(code)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('the inline start-screen script parses as ES5, for the very oldest browsers to show the first screen', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script data-entry[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    expect(() => parse(inline[0]!, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });
});
