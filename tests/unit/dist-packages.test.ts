// The zips the build actually wrote (npm test builds first): valid, complete, clean.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../scorm/check-package';

const DIST = 'dist';
const zips = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith('.zip')) : [];

describe('the built SCORM packages', () => {
  it('exist for SCORM 1.2, 2004 4th edition and 2004 3rd edition (run npm run build first)', () => {
    expect(zips.some((z) => z.includes('scorm12'))).toBe(true);
    expect(zips.some((z) => /scorm2004\.zip$/.test(z))).toBe(true);
    expect(zips.some((z) => z.includes('scorm2004-3rd'))).toBe(true);
  });

  for (const zip of zips) {
    it(`${zip} validates and holds every file the course loads, and nothing else`, async () => {
      expect(await checkPackage(`${DIST}/${zip}`)).toEqual([]);
    });
  }
});
