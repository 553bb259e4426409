// The manifests against the official SCORM schemas (all namespaces, through the driver
// XSDs), and the values an LMS reads from them.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildManifest, manifest12, SCORM_VERSIONS, STANDARD_LABELS, type ManifestOptions, type PackageVersion } from '../../scorm/manifest';
import { schemaFiles, validateManifest } from '../../scorm/validate';
import { lookupMessage, readCourse, resolveTitle } from '../../scorm/vite-plugin';

const sample: ManifestOptions = {
  courseId: 'sample_course',
  title: 'Pain & "you" <intro>',
  masteryScore: 80,
  files: ['index.html', 'assets/a.js', 'assets/a b.css'],
};

/** Replaces text that must be in the manifest, so a broken case cannot pass by accident. */
function breakWith(xml: string, find: string, replace: string): string {
  expect(xml).toContain(find);
  return xml.replace(find, replace);
}

describe.each(SCORM_VERSIONS)('%s manifest', (version: PackageVersion) => {
  const xml = buildManifest(version, sample);

  it('validates against its driver schema with no errors', async () => {
    expect(await validateManifest(xml, version)).toEqual([]);
  });

  it('fails on a wrong ADL content-packaging attribute (adlcp namespace is checked)', async () => {
    const broken = xml.replace(/(adlcp:scorm[tT]ype)="sco"/, '$1="bogus"');
    expect(broken).not.toBe(xml);
    expect((await validateManifest(broken, version)).join('\n')).toMatch(/scorm[tT]ype.*bogus/);
  });

  it('lists every file, URL-encoded, with index.html as the launch page', () => {
    expect(xml).toMatch(/<resource [^>]*href="index.html"/);
    for (const href of ['index.html', 'assets/a.js', 'assets/a%20b.css']) expect(xml).toContain(`<file href="${href}"/>`);
  });

  it('escapes the title', () => {
    expect(xml).toContain(`<title>Pain &amp; &quot;you&quot; &lt;intro&gt; (${STANDARD_LABELS[version]})</title>`);
  });

  it('names its standard in the course title, and gives the item a title of its own', () => {
    const titled = buildManifest(version, { ...sample, title: 'Course', itemTitle: 'All parts' });
    const titles = [...titled.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([`Course (${STANDARD_LABELS[version]})`, 'All parts']);
    // A service's own title stands as it is.
    const own = buildManifest(version, { ...sample, title: 'Our course', itemTitle: 'All parts', labelStandard: false });
    expect(own).toContain('<title>Our course</title>');
  });

  it('uses identifiers that are valid xs:ID, whatever the course id', async () => {
    const odd = buildManifest(version, { ...sample, courseId: '1 odd:id' });
    const ids = [...odd.matchAll(/\sidentifier(?:ref)?="([^"]*)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_.-]*$/);
    expect(await validateManifest(odd, version)).toEqual([]);
  });
});

describe('SCORM 1.2 manifest', () => {
  it('carries the mastery score as adlcp:masteryscore', () => {
    expect(manifest12(sample)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest12({ ...sample, masteryScore: 65 })).toContain('<adlcp:masteryscore>65</adlcp:masteryscore>');
  });

  it('declares ADL SCORM 1.2', () => {
    expect(manifest12(sample)).toMatch(/<schema>ADL SCORM<\/schema>\s*<schemaversion>1.2<\/schemaversion>/);
  });

  it('rejects a mastery score that is not 0-100 before it reaches the schema', () => {
    // The official 1.2 XSD types masteryscore as a string, so "abc" would pass it.
    for (const masteryScore of [Number.NaN, -1, 101]) expect(() => manifest12({ ...sample, masteryScore })).toThrow(/masteryScore/);
  });

  it('fails validation on an unknown adlcp element', async () => {
    const broken = breakWith(manifest12(sample), '<adlcp:masteryscore>', '<adlcp:masteryScore>');
    const errors = await validateManifest(broken.replace('</adlcp:masteryscore>', '</adlcp:masteryScore>'), 'scorm12');
    expect(errors.join('\n')).toMatch(/masteryScore/);
  });
});

describe.each(['scorm2004', 'scorm2004-3rd'] as const)('%s manifest', (version) => {
  const xml = buildManifest(version, sample);

  it('declares its edition', () => {
    const edition = version === 'scorm2004' ? '4th' : '3rd';
    expect(xml).toContain(`<schemaversion>2004 ${edition} Edition</schemaversion>`);
  });

  it('passes at the mastery score as minNormalizedMeasure, judged by measure', () => {
    expect(xml).toMatch(/<imsss:primaryObjective [^>]*satisfiedByMeasure="true"/);
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(buildManifest(version, { ...sample, masteryScore: 65 })).toContain('>0.65</imsss:minNormalizedMeasure>');
  });

  it('lets the content set completion and success', () => {
    expect(xml).toContain('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
    expect(xml).toContain('adlcp:scormType="sco"');
  });

  it('fails on a measure that is not a number (imsss namespace is checked)', async () => {
    const broken = breakWith(xml, '>0.8<', '>abc<');
    expect((await validateManifest(broken, version)).join('\n')).toMatch(/minNormalizedMeasure/);
  });

  it('fails when sequencing children are out of the XSD order', async () => {
    const delivery = '<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>';
    const reordered = breakWith(xml, delivery, '').replace('<imsss:objectives>', `${delivery}<imsss:objectives>`);
    expect((await validateManifest(reordered, version)).join('\n')).toMatch(/objectives/);
  });

  it('fails on a wrong adlnav value (adlnav namespace is checked)', async () => {
    const presentation =
      '</imsss:sequencing><adlnav:presentation><adlnav:navigationInterface>' +
      '<adlnav:hideLMSUI>bogus</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>';
    const broken = breakWith(xml, '</imsss:sequencing>', presentation);
    expect((await validateManifest(broken, version)).join('\n')).toMatch(/hideLMSUI/);
  });
});

it('needs the driver: the 4th-edition CP schema alone lets a wrong adlcp attribute through', async () => {
  // Why scorm/schemas/driver-2004.xsd exists: imscp_v1p1.xsd has lax wildcards.
  const broken = buildManifest('scorm2004', sample).replace('adlcp:scormType="sco"', 'adlcp:scormType="bogus"');
  const files = await schemaFiles('scorm2004');
  const imscp = files.find((file) => file.fileName === 'imscp_v1p1.xsd');
  if (!imscp) throw new Error('imscp_v1p1.xsd missing');
  const alone = await validateXML({ xml: broken, schema: [imscp], preload: files });
  expect(alone.valid).toBe(true);
  expect(await validateManifest(broken, 'scorm2004')).not.toEqual([]);
});

it('titles the three packages differently, so an administrator can tell them apart', () => {
  const titles = SCORM_VERSIONS.map((v) => /<title>([^<]*)<\/title>/.exec(buildManifest(v, sample))?.[1]);
  expect(new Set(titles).size).toBe(SCORM_VERSIONS.length);
});

it('rejects file paths an LMS cannot resolve inside the package', () => {
  for (const bad of ['/index.html', '../index.html', 'http://example.com/a.js', 'assets\\a.js', 'a//b.js']) {
    expect(() => buildManifest('scorm12', { ...sample, files: ['index.html', bad] })).toThrow(/relative/);
  }
  expect(() => buildManifest('scorm12', { ...sample, files: ['assets/a.js'] })).toThrow(/launch page/);
});

describe('manifest title from the locale file', () => {
  // Temporary fixture: the real locales/ and modules/ are written by others.
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'scorm-title-'));
    await mkdir(join(root, 'locales'));
    await writeFile(join(root, 'locales', 'en-GB.json'), JSON.stringify({ course: { title: 'Living with pain' } }));
    await writeFile(join(root, 'locales', 'fr.json'), JSON.stringify({ course: { other: 'x' } }));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('resolves a nested key, and a flat one', () => {
    expect(lookupMessage({ course: { title: 'T' } }, 'course.title')).toBe('T');
    expect(lookupMessage({ 'course.title': 'Flat' }, 'course.title')).toBe('Flat');
    expect(lookupMessage({ course: { title: { nested: 'x' } } }, 'course.title')).toBeUndefined();
  });

  it('reads locales/<lang>.json and names the file when the key is missing', async () => {
    await expect(resolveTitle(root, 'en-GB', 'course.title')).resolves.toBe('Living with pain');
    await expect(resolveTitle(root, 'fr', 'course.title')).rejects.toThrow(/locales\/fr\.json has no text for "course\.title"/);
    await expect(resolveTitle(root, 'de', 'course.title')).rejects.toThrow(/locales\/de\.json not found/);
    await expect(resolveTitle(root, '../x', 'course.title')).rejects.toThrow(/not a language code/);
  });

  it('checks the course module shape, naming the field', () => {
    const course = { id: 'c', title: 'course.title', settings: { masteryScore: 70 } };
    expect(readCourse({ course })).toEqual(course);
    expect(() => readCourse({ course: { ...course, settings: {} } })).toThrow(/settings\.masteryScore/);
    expect(() => readCourse({})).toThrow(/course\.id/);
  });
});
