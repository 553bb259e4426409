// cmi5.xml against the cmi5 CourseStructure.xsd (offline, libxml2), the values an LMS
// reads from it, and the cmi5 zip the checker accepts. Requirement ids: @cmi5/requirements.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCmi5, cmi5Ids, orderedText, withProfileTitle, type Cmi5Options } from '../../scorm/cmi5';
import { checkCmi5PackageBytes } from '../../scorm/check-package';
import { readWebFiles } from '../../scorm/package';
import { validateCmi5 } from '../../scorm/validate';
import { cmi5Zip } from '../../scorm/zip';
import { courseTexts, type CourseData } from '../../scorm/vite-plugin';

const shippedText = async (lang: string, data: CourseData) => orderedText(await courseTexts('.', data), lang);
import { defaultProfile } from '../../src/service/profile';

const sample: Cmi5Options = {
  courseId: 'sample_course',
  title: [
    ['en-GB', 'Pain & "you"'],
    ['cy', 'Poen a chi'],
  ],
  description: [
    ['en-GB', 'About <pain>'],
    ['cy', 'Am boen'],
  ],
  masteryScore: 80,
};

const doc = (xml: string) => {
  // A tiny reader for the attributes the LMS uses (no DOM in Node).
  const au = /<au ([^>]*)>/.exec(xml)?.[1] ?? '';
  const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(au)?.[1];
  return { attr, url: /<url>([^<]*)<\/url>/.exec(xml)?.[1] };
};

describe('cmi5.xml', () => {
  it('is valid against CourseStructure.xsd (13.1)', async () => {
    expect(await validateCmi5(buildCmi5(sample))).toEqual([]);
  });

  it('the schema check catches an invalid file', async () => {
    const broken = buildCmi5(sample).replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"');
    expect((await validateCmi5(broken)).join('\n')).toMatch(/moveOn/);
  });

  it('has one AU: moveOn CompletedAndPassed, masteryScore as 0..1, AnyWindow, a relative url', () => {
    const xml = buildCmi5(sample);
    expect(xml.match(/<au /g)).toHaveLength(1);
    const { attr, url } = doc(xml);
    expect(attr('moveOn')).toBe('CompletedAndPassed');
    expect(attr('masteryScore')).toBe('0.8');
    expect(attr('launchMethod')).toBe('AnyWindow');
    expect(url).toBe('index.html');
    // Publisher ids are fully qualified IRIs (3.0.0.0-1).
    expect(attr('id')).toBe(cmi5Ids('sample_course').au);
    expect(xml).toContain(`<course id="${cmi5Ids('sample_course').course}">`);
  });

  it('gives title and description as langstrings in each language, escaped', () => {
    const xml = buildCmi5(sample);
    expect(xml).toContain('<langstring lang="en-GB">Pain &amp; &quot;you&quot;</langstring>');
    expect(xml).toContain('<langstring lang="cy">Poen a chi</langstring>');
    expect(xml).toContain('<langstring lang="en-GB">About &lt;pain&gt;</langstring>');
  });

  it('names the field that is wrong', () => {
    expect(() => buildCmi5({ ...sample, masteryScore: 120 })).toThrow(/masteryScore/);
    expect(() => buildCmi5({ ...sample, title: [['en-GB', ' ']] })).toThrow(/title in en-GB/);
    expect(() => buildCmi5({ ...sample, launch: '/index.html' })).toThrow(/launch/);
  });
});

describe('the cmi5 zip', () => {
  let tmp = '';
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'cmi5-zip-'));
    await mkdir(join(tmp, 'web', 'assets'), { recursive: true });
    await writeFile(join(tmp, 'web', 'index.html'), '<!doctype html>');
    await writeFile(join(tmp, 'web', 'assets', 'a.js'), 'x');
    await writeFile(join(tmp, 'web', 'assets', 'a.js.map'), '{}');
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('has cmi5.xml at its root (14.1.0.0-2) and the web files, and passes the checker', async () => {
    const zip = cmi5Zip(sample, await readWebFiles(join(tmp, 'web')));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['assets/a.js', 'cmi5.xml', 'index.html']);
    expect(await checkCmi5PackageBytes(zip)).toEqual([]);
  });

  it('the checker reports a missing launch page and a missing cmi5.xml', async () => {
    const entries = unzipSync(cmi5Zip(sample, await readWebFiles(join(tmp, 'web'))));
    delete entries['index.html'];
    expect(await checkCmi5PackageBytes(zipSync(entries))).toEqual(['url "index.html" names a file that is not in the zip']);
    delete entries['cmi5.xml'];
    expect(await checkCmi5PackageBytes(zipSync(entries))).toEqual(['cmi5.xml is not at the root of the zip']);
  });
});

it('the shipped languages are every locale but the pseudo-locale, the default first', async () => {
  const text = await shippedText('en-GB', {
    id: 'acupuncture_pain',
    title: 'course.title',
    description: 'course.description',
    settings: { masteryScore: 80 },
  });
  const codes = text.title.map(([code]) => code);
  expect(codes[0]).toBe('en-GB');
  expect(codes).not.toContain('en-XA');
  expect(codes).toEqual(expect.arrayContaining(['cy', 'ar']));
  expect(text.description.every(([, d]) => d.length > 0)).toBe(true);
});

it('a service’s own title names the course in cmi5.xml, per language where it gives one', async () => {
  const text = await shippedText('en-GB', { id: 'acupuncture_pain', title: 'course.title', settings: { masteryScore: 80 } });
  const profile = defaultProfile();
  expect(withProfileTitle(text, profile)).toEqual(text);
  profile.title = { 'en-GB': 'Anytown pain course', cy: 'Cwrs poen Anytown' };
  const titles = Object.fromEntries(withProfileTitle(text, profile).title);
  expect(titles['en-GB']).toBe('Anytown pain course');
  expect(titles['cy']).toBe('Cwrs poen Anytown');
  // A language the service gave no title for takes its default language's.
  profile.languages.default = 'cy';
  expect(Object.fromEntries(withProfileTitle(text, profile).title)['ar']).toBe('Cwrs poen Anytown');
});
