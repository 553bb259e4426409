// Byte and file budgets on the production build (npm test builds first). Computed from the
// built files alone (bench/first-screen.mjs), so they give the same answer on any machine.
// The figures are printed for the record; `npm run bench` measures the same in a browser.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseBuild, allFiles, deferredScripts, gzipSize, kb, sourceLocales, staticClosure } from '../../bench/first-screen.mjs';
import { SCORM_VERSIONS } from '../../scorm/manifest';
import { schemaFiles } from '../../scorm/validate';

const DIST = 'dist';
const WEB = `${DIST}/web`;
const KB = 1024;
/** What loads before the start screen is painted (HTML + the CSS and JS it names, gzipped). */
const BEFORE_PAINT = 30 * KB;
/** The start screen, locale included (HTML + JS + CSS, gzipped). */
const FIRST_SCREEN = 60 * KB;
/** Each module, view or locale part loaded later. */
const LAZY_CHUNK = 25 * KB;
const ZIP_BYTES = 500 * KB;
const ZIP_FILES = 60;

const built = existsSync(`${WEB}/index.html`);
/** The languages the build includes (not the pseudo-locale, which is for development). */
const locales = sourceLocales('locales');
const build = built ? analyseBuild(WEB, { locales, defaultLocale: 'en-GB' }) : null;

const figures: string[] = [];
const note = (label: string, gz: number, raw?: number, extra = '') =>
  figures.push(`${label.padEnd(44)} ${`${kb(gz)} KB gz`.padStart(11)}${raw === undefined ? '' : `  ${`${kb(raw)} KB`.padStart(9)} raw`}${extra}`);
afterAll(() => {
  if (figures.length) console.log(`\nBudgets (gzip level 6; budget in brackets)\n${figures.join('\n')}\n`);
});

describe.runIf(built)('the first screen', () => {
  it('is painted from index.html alone: at most 30 KB gzipped, no script before it', () => {
    const paint = build!.beforePaint;
    note('before the first paint (every language)', paint.gz, paint.raw, `  ${paint.files.length} files [30 KB]`);
    expect(paint.gz, paint.files.map((f) => `${f.path} ${f.gz}`).join('\n')).toBeLessThanOrEqual(BEFORE_PAINT);
    expect(paint.files.filter((f) => f.path.endsWith('.js')).map((f) => f.path)).toEqual([]);
  });

  it.each(locales)('of the SCORM package in %s is at most 60 KB gzipped, locale included', (code) => {
    const screen = build!.firstScreen[code]!;
    note(`first screen, ${code}`, screen.gz, screen.raw, `  ${screen.files.length} files [60 KB]`);
    expect(screen.gz, screen.files.map((f) => `${f.path} ${f.gz}`).join('\n')).toBeLessThanOrEqual(FIRST_SCREEN);
  });

  it('of the standalone course adds only the in-page LMS (scorm-again), which an LMS launch never loads', () => {
    const lms = build!.standaloneLms;
    expect(lms, 'the local (scorm-again) chunk').not.toBeNull();
    const base = new Set(build!.base.files.map((f) => f.path));
    for (const f of lms!.files) expect(base.has(f.path), `${f.path} is in the first screen`).toBe(false);
    const worst = Math.max(...locales.map((c) => build!.firstScreen[c]!.gz));
    note('first screen, standalone (largest locale)', worst + lms!.gz, undefined, `  = ${kb(worst)} + scorm-again ${kb(lms!.gz)} [60 + scorm-again]`);
    expect(worst + lms!.gz).toBeLessThanOrEqual(FIRST_SCREEN + lms!.gz);
  });

  it('loads the cmi5 back end only on a cmi5 launch: its own chunk, outside the first screen and the in-page LMS', () => {
    const chunks = allFiles(WEB).filter((p) => /(^|\/)cmi5-[\w-]+\.js$/.test(p));
    expect(chunks, 'one cmi5 chunk').toHaveLength(1);
    const cmi5 = chunks[0]!;
    // What it imports statically is what a cmi5 launch downloads on top of the first screen.
    const first = new Set(build!.base.files.map((f) => f.path));
    const own = staticClosure(WEB, [cmi5]).filter((p) => !first.has(p));
    expect(own, 'the cmi5 chunk shares nothing with the in-page LMS').not.toContain(build!.standaloneLms!.files[0]!.path);
    for (const code of locales)
      expect(
        build!.firstScreen[code]!.files.map((f) => f.path),
        code,
      ).not.toContain(cmi5);
    expect(build!.standaloneLms!.files.map((f) => f.path)).not.toContain(cmi5);
    const gz = own.reduce((sum, p) => sum + gzipSize(readFileSync(`${WEB}/${p}`)), 0);
    note('  cmi5 back end (a cmi5 launch only)', gz, undefined, '  [25 KB]');
    expect(gz).toBeLessThanOrEqual(LAZY_CHUNK);
  });

  it('preloads nothing but what the entry imports statically (no module, view or language)', () => {
    const [entry, ...deferred] = deferredScripts(WEB);
    expect(entry, 'the entry script index.html loads after the first paint').toBeDefined();
    const closure = new Set(staticClosure(WEB, [entry!]));
    const html = readFileSync(`${WEB}/index.html`, 'utf8');
    const preloads = [...deferred, ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!)];
    for (const p of preloads) expect(closure.has(p), `${p} is preloaded`).toBe(true);
    const lazy = build!.modules.flatMap((m) => m.files.map((f) => f.path));
    for (const p of closure) expect(lazy.includes(p), `${p} loads with the first screen`).toBe(false);
  });
});

describe.runIf(built)('what loads later', () => {
  it('each module, view or feature chunk (JS + its CSS) is at most 25 KB gzipped', () => {
    expect(build!.modules.length).toBeGreaterThan(0);
    for (const m of build!.modules) {
      note(`  ${m.name}`, m.gz, m.raw, '  [25 KB]');
      expect(m.gz, m.name).toBeLessThanOrEqual(LAZY_CHUNK);
    }
  });

  it('each language loads in parts: start-up strings, then one part per module, each at most 25 KB gzipped', () => {
    for (const code of locales) {
      const parts = build!.localeParts.filter((p) => p.code === code);
      expect(
        parts.map((p) => p.part),
        code,
      ).toContain('shell');
      expect(parts.length, `${code} has a part per module`).toBeGreaterThan(1);
      for (const p of parts) expect(p.gz, `${code}.${p.part}`).toBeLessThanOrEqual(LAZY_CHUNK);
      const largest = [...parts].sort((a, b) => b.gz - a.gz)[0]!;
      note(`  locale ${code}: ${parts.length} parts, largest ${largest.part}`, largest.gz, largest.raw, '  [25 KB]');
    }
  });
});

describe.runIf(built)('the packages', () => {
  const zips = readdirSync(DIST).filter((f) => f.endsWith('.zip'));

  it.each(zips)('%s is at most 500 KB and 60 files besides the schemas', async (zip) => {
    const bytes = readFileSync(`${DIST}/${zip}`);
    const version = SCORM_VERSIONS.find((v) => zip.endsWith(`-${v}.zip`));
    const cmi5 = zip.endsWith('-cmi5.zip');
    expect(version ?? cmi5, `SCORM version of ${zip}`).toBeTruthy();
    // The cmi5 zip ships no schemas (cmi5.xml names none).
    const schemas = new Set(version ? (await schemaFiles(version)).map((s) => s.fileName) : []);
    const files = Object.keys(unzipSync(bytes)).filter((n) => !n.endsWith('/') && !schemas.has(n));
    figures.push(`${zip.padEnd(44)} ${`${kb(bytes.length)} KB`.padStart(11)}  ${files.length} files + ${schemas.size} schemas [500 KB, 60 files]`);
    expect(bytes.length).toBeLessThanOrEqual(ZIP_BYTES);
    expect(files.length).toBeLessThanOrEqual(ZIP_FILES);
  });

  it("name no other host, except XML namespaces, xAPI identifiers, the manifests' schema locations and licence comments", async () => {
    // Identifiers, never fetched: XML namespaces (Svelte creates SVG and MathML elements
    // by namespace), the address in the text of Svelte's production error messages, the
    // one in the text of a Workbox warning (the standalone course's service worker), and
    // xAPI and cmi5 verb, category and extension ids (IRIs that name, never fetched).
    const IDENTIFIERS = [
      /^http:\/\/www\.w3\.org\//,
      /^https:\/\/svelte\.dev\/e\/\w*$/,
      /^https:\/\/bit\.ly\/wb-precache$/,
      /^http:\/\/adlnet\.gov\/expapi\//,
      /^https:\/\/w3id\.org\/xapi\//,
    ];
    const offending: string[] = [];
    const check = (name: string, text: string, manifest: boolean) => {
      // Licence comments (/*! … */, /** @license … */) may cite where the code came from.
      const code = text.replace(/\/\*[!*][\s\S]*?\*\//g, '');
      const urls = [
        ...[...code.matchAll(/\bhttps?:\/\/[^\s"'`)<>\\]*/gi)].map((m) => m[0]),
        // Protocol-relative addresses in markup and style sheets.
        ...[...code.matchAll(/(?:\b(?:src|href|action)\s*=\s*["']?|url\(\s*["']?)(\/\/[^\s"'`)<>]*)/gi)].map((m) => m[1]!),
      ];
      for (const url of urls) {
        // In a manifest, namespace URIs and xsi:schemaLocation name schemas; nothing is fetched.
        if (manifest || IDENTIFIERS.some((re) => re.test(url))) continue;
        offending.push(`${name}: ${url}`);
      }
    };
    for (const path of allFiles(WEB)) {
      if (/\.(js|css|html|json|svg|txt)$/.test(path)) check(`dist/web/${path}`, readFileSync(`${WEB}/${path}`, 'utf8'), false);
    }
    for (const zip of readdirSync(DIST).filter((f) => f.endsWith('.zip'))) {
      const manifest = unzipSync(readFileSync(`${DIST}/${zip}`))['imsmanifest.xml'];
      if (manifest) check(`${zip}/imsmanifest.xml`, new TextDecoder().decode(manifest), true);
    }
    expect(offending).toEqual([]);
  });

  it('use the system fonts: no web font file and no @font-face', () => {
    const files = allFiles(WEB);
    expect(files.filter((p) => /\.(woff2?|ttf|otf|eot)$/i.test(p))).toEqual([]);
    expect(files.filter((p) => p.endsWith('.css') && /@font-face/i.test(readFileSync(`${WEB}/${p}`, 'utf8')))).toEqual([]);
  });
});

it('the production build is there (npm test builds before the unit tests)', () => {
  expect(built, 'run npm run build first').toBe(true);
});
