// The SCORM zips built from a fake web folder: layout, file lists, hrefs, and the checker
// (scorm/check-package.ts) that the e2e suite also runs on the real dist/ zips.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORM_VERSIONS, STANDARD_LABELS } from '../../scorm/manifest';
import { checkPackage, checkPackageBytes } from '../../scorm/check-package';
import { buildPackage, collectFiles, writePackages, zipName, type PackageCourse } from '../../scorm/package';
import { schemaFiles } from '../../scorm/validate';
import { scormPackages } from '../../scorm/vite-plugin';

const course: PackageCourse = { courseId: 'fake_course', title: 'Fake course', masteryScore: 80 };
let tmp = '';
let webDir = '';

async function put(path: string, text: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'scorm-zip-'));
  webDir = join(tmp, 'web');
  await put(join(webDir, 'index.html'), '<!doctype html><script src="./assets/a.js"></script>');
  await put(join(webDir, 'assets', 'a.js'), 'console.log("a");\n//# sourceMappingURL=a.js.map');
  await put(join(webDir, 'assets', 'a.js.map'), '{"version":3}');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Rebuilds a zip with some entries changed, to show the checker catches each fault. */
function altered(zip: Uint8Array, change: (entries: Unzipped) => void): Uint8Array {
  const entries = unzipSync(zip);
  change(entries);
  return zipSync(entries);
}

it('collects the web files without source maps', async () => {
  expect(await collectFiles(webDir)).toEqual(['assets/a.js', 'index.html']);
});

describe.each(SCORM_VERSIONS)('%s zip', (version) => {
  let zip: Uint8Array = new Uint8Array();
  let zipPath = '';
  beforeAll(async () => {
    zip = await buildPackage(version, { webDir, course });
    zipPath = join(tmp, zipName(course.courseId, version));
    await writeFile(zipPath, zip);
  });

  it('passes checkPackage with no problems', async () => {
    expect(await checkPackage(zipPath)).toEqual([]);
  });

  it('has the manifest at the root, the official schemas beside it, the web files, and no map', async () => {
    const entries = unzipSync(zip);
    const schemas = await schemaFiles(version);
    expect(Object.keys(entries).sort()).toEqual(['imsmanifest.xml', 'index.html', 'assets/a.js', ...schemas.map((schema) => schema.fileName)].sort());
    for (const schema of schemas) expect(entries[schema.fileName]).toEqual(schema.contents);
  });

  it('lists exactly the web files in the manifest, with relative hrefs', () => {
    const manifest = new TextDecoder().decode(unzipSync(zip)['imsmanifest.xml']);
    const hrefs = [...manifest.matchAll(/<file href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.sort()).toEqual(['assets/a.js', 'index.html']);
    for (const [, href = ''] of manifest.matchAll(/\shref="([^"]*)"/g)) {
      expect(href).not.toMatch(/^\/|\.\.|^https?:/);
    }
  });

  it('is byte-for-byte the same when built again', async () => {
    expect(await buildPackage(version, { webDir, course })).toEqual(zip);
  });

  it('checkPackage reports each fault', async () => {
    const expectProblem = async (bytes: Uint8Array, pattern: RegExp) => expect((await checkPackageBytes(bytes)).join('\n')).toMatch(pattern);
    const schemaName = (await schemaFiles(version))[0]?.fileName ?? '';
    await expectProblem(
      altered(zip, (e) => void (e['assets/a.js.map'] = new Uint8Array(1))),
      /source map assets\/a\.js\.map/,
    );
    await expectProblem(
      altered(zip, (e) => void (e['extra.txt'] = new Uint8Array(1))),
      /extra\.txt is in the zip but not listed/,
    );
    await expectProblem(
      altered(zip, (e) => delete e['assets/a.js']),
      /"assets\/a\.js" names a file that is not in the zip/,
    );
    await expectProblem(
      altered(zip, (e) => delete e[schemaName]),
      /schema file .* is missing/,
    );
    await expectProblem(
      altered(zip, (e) => delete e['imsmanifest.xml']),
      /imsmanifest\.xml is not at the root/,
    );
    const withHref = (href: string) =>
      altered(zip, (e) => {
        const text = new TextDecoder().decode(e['imsmanifest.xml']).replace('<file href="assets/a.js"/>', `<file href="${href}"/>`);
        e['imsmanifest.xml'] = new TextEncoder().encode(text);
      });
    for (const href of ['/assets/a.js', '../assets/a.js', 'http://example.com/a.js']) {
      await expectProblem(withHref(href), /is not a relative path inside the package/);
    }
  });
});

it('refuses a web file that would replace the manifest', async () => {
  const clash = join(tmp, 'clash');
  await put(join(clash, 'index.html'), '<!doctype html>');
  await put(join(clash, 'imsmanifest.xml'), '<manifest/>');
  await expect(buildPackage('scorm12', { webDir: clash, course })).rejects.toThrow(/clashes/);
});

it('writes one zip per version, named after the course', async () => {
  const outDir = join(tmp, 'out');
  const written = await writePackages({ webDir, course, outDir });
  expect(written.map((zip) => zip.path)).toEqual([
    join(outDir, 'fake_course-scorm12.zip'),
    join(outDir, 'fake_course-scorm2004.zip'),
    join(outDir, 'fake_course-scorm2004-3rd.zip'),
  ]);
  for (const zip of written) expect((await readFile(zip.path)).byteLength).toBe(zip.bytes);
});

it('the Vite plugin writes the three zips and the cmi5 zip beside dist/web after a build', async () => {
  // Temporary fixture course: the plugin loads modules/course.ts and locales/ from the root.
  const root = join(tmp, 'project');
  await put(join(root, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  await put(join(root, 'modules', 'course.ts'), "export const course = { id: 'fixture_course', title: 'course.title', settings: { masteryScore: 75 } };\n");
  await put(join(root, 'locales', 'en-GB.json'), JSON.stringify({ course: { title: 'Fixture & title', lmsItem: 'The whole <course>' } }));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir: 'dist/web', emptyOutDir: true },
    plugins: [scormPackages({ lang: 'en-GB' })],
  });
  for (const version of SCORM_VERSIONS) {
    const zipPath = join(root, 'dist', zipName('fixture_course', version));
    expect(await checkPackage(zipPath)).toEqual([]);
    const manifest = new TextDecoder().decode(unzipSync(await readFile(zipPath))['imsmanifest.xml']);
    // The course title names the standard; the item has its own title, from the locale.
    expect(manifest).toContain(`<title>Fixture &amp; title (${STANDARD_LABELS[version]})</title>`);
    expect(manifest).toContain('<title>The whole &lt;course&gt;</title>');
    expect(manifest).toMatch(version === 'scorm12' ? />75<\/adlcp:masteryscore>/ : />0.75<\/imsss:minNormalizedMeasure>/);
  }
  const cmi5Zip = join(root, 'dist', zipName('fixture_course', 'cmi5'));
  expect(await checkPackage(cmi5Zip)).toEqual([]);
  const structure = new TextDecoder().decode(unzipSync(await readFile(cmi5Zip))['cmi5.xml']);
  // No description in this course: its title stands in.
  expect(structure.match(/<langstring lang="en-GB">Fixture &amp; title<\/langstring>/g)).toHaveLength(4);
  expect(structure).toContain('masteryScore="0.75"');
});
