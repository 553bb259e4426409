// The pseudo-locale the build writes (locales/en-XA.json, git-ignored) is up to date
// with en-GB. The unit tests check the generator's output itself (tests/unit/locales.test.ts).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pseudoJson } from '../../scripts/pseudo-locale';

it('the build wrote the pseudo-locale, up to date with en-GB (or npm run pseudo)', () => {
  expect(readFileSync('locales/en-XA.json', 'utf8')).toBe(pseudoJson(readFileSync('locales/en-GB.json', 'utf8')));
});
