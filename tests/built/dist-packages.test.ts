// The zips the build actually wrote (npm test builds first): valid, complete, clean.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../scorm/check-package';
import { localeFiles } from '../../scripts/locale-files';

const DIST = 'dist';
const zips = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith('.zip')) : [];
/** Development-only locales (the build writes locales/en-XA.json). */
const pseudoCodes = localeFiles('locales', { pseudo: true })
  .filter((f) => f.meta?.pseudo)
  .map((f) => f.code);

describe('the built SCORM packages', () => {
  it('exist for SCORM 1.2, 2004 4th edition and 2004 3rd edition (run npm run build first)', () => {
    // The standalone course beside them is the one with the offline files.
    expect(existsSync(`${DIST}/web/sw.js`) && existsSync(`${DIST}/web/manifest.webmanifest`)).toBe(true);
    expect(zips.some((z) => z.includes('scorm12'))).toBe(true);
    expect(zips.some((z) => /scorm2004\.zip$/.test(z))).toBe(true);
    expect(zips.some((z) => z.includes('scorm2004-3rd'))).toBe(true);
    expect(pseudoCodes).toContain('en-XA');
  });

  for (const zip of zips) {
    it(`${zip} validates and holds every file the course loads, and nothing else`, async () => {
      expect(await checkPackage(`${DIST}/${zip}`)).toEqual([]);
    });

    it(`${zip} holds no pseudo-locale: no file of it, and no file naming it`, () => {
      const entries = unzipSync(readFileSync(`${DIST}/${zip}`));
      const found = Object.entries(entries).flatMap(([name, bytes]) => {
        const text = /\.(js|css|html|json|xml)$/.test(name) ? new TextDecoder().decode(bytes) : '';
        return pseudoCodes.filter((code) => name.includes(code) || text.includes(code)).map((code) => `${name}: ${code}`);
      });
      expect(found).toEqual([]);
    });

    it(`${zip} has no service worker, web app manifest or home-screen icon (the standalone course's), nor links to them`, () => {
      const files = unzipSync(readFileSync(`${DIST}/${zip}`));
      expect(Object.keys(files).filter((f) => /(^|\/)(sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest|icons\/.*)$/.test(f))).toEqual([]);
      const html = new TextDecoder().decode(files['index.html']);
      expect(html).not.toMatch(/rel="(manifest|apple-touch-icon)"|serviceWorker/);
    });
  }
});
