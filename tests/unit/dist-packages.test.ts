// The zips the build actually wrote (npm test builds first): valid, complete, clean.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../scorm/check-package';

const DIST = 'dist';
const zips = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith('.zip')) : [];

describe('the built SCORM packages', () => {
  it('exist for SCORM 1.2, 2004 4th edition and 2004 3rd edition (run npm run build first)', () => {
    // The standalone course beside them is the one with the offline files.
    expect(existsSync(`${DIST}/web/sw.js`) && existsSync(`${DIST}/web/manifest.webmanifest`)).toBe(true);
    expect(zips.some((z) => z.includes('scorm12'))).toBe(true);
    expect(zips.some((z) => /scorm2004\.zip$/.test(z))).toBe(true);
    expect(zips.some((z) => z.includes('scorm2004-3rd'))).toBe(true);
  });

  for (const zip of zips) {
    it(`${zip} validates and holds every file the course loads, and nothing else`, async () => {
      expect(await checkPackage(`${DIST}/${zip}`)).toEqual([]);
    });

    it(`${zip} has no service worker, web app manifest or home-screen icon (the standalone course's), nor links to them`, () => {
      const files = unzipSync(readFileSync(`${DIST}/${zip}`));
      expect(Object.keys(files).filter((f) => /(^|\/)(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest|icons\/.*)$/.test(f))).toEqual([]);
      const html = new TextDecoder().decode(files['index.html']);
      expect(html).not.toMatch(/rel="(manifest|apple-touch-icon)"|serviceWorker/);
    });
  }
});
