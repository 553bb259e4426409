// The package studio (/preview/studio.html), as a pain service's learning team uses it with
// nothing but a browser: the form filled by keyboard, the preview showing their details,
// every package downloaded, valid, playing with their pass mark and contact, and the same
// bytes as `npm run package`; bad input named field by field, with nothing made; a package
// loaded back into the form. The studio is an adopter's tool in English, like the preview,
// so its own words are looked for as written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect, courseFrame } from './fixtures';
import { axeViolations } from './a11y-support';
import { LOAD, dropFile } from './preview-support';
import { localeMessages } from './course-data';
import { checkPackageBytes } from '../../scorm/check-package';
import { SCORM_VERSIONS } from '../../scorm/manifest';
import { zipName } from '../../scorm/zip';
import { KINDS } from '../../src/preview/studio/make';
import { course } from '../../modules/course';

const en = localeMessages('en-GB');
const STUDIO = '/preview/studio.html';
const MAKE = { name: 'Make the packages' } as const;

async function openStudio(page: Page): Promise<void> {
  await page.goto(STUDIO);
  await expect(page.getByRole('button', MAKE)).toBeVisible(LOAD);
}

/** Presses Tab until the field labelled `label` has focus, as a keyboard user moves through the form. */
async function tabTo(page: Page, label: string | Locator): Promise<void> {
  const target = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : label;
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(label)}`);
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function downloadAll(page: Page): Promise<Record<string, Uint8Array>> {
  const links = page.locator('.made a');
  await expect(links).toHaveCount(KINDS.length, { timeout: 60_000 });
  const zips: Record<string, Uint8Array> = {};
  for (const link of await links.all()) {
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    zips[download.suggestedFilename()] = await bytesOf(download);
  }
  return zips;
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#005eb8"/></svg>';

test('a learning team fills in the studio by keyboard, sees it in the preview, and downloads valid packages identical to the command line’s', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openStudio(page);
  await page.locator('body').focus();
  await typeInto(page, 'Organisation name', 'Anytown Pain Service');
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
  await typeInto(page, 'What the logo shows, in words', 'Anytown Pain Service logo');
  await typeInto(page, 'Phone number', '01234 567890');
  await typeInto(page, 'Pass mark (%)', '70');
  await expect(page.locator('.error-summary')).toHaveCount(0);

  // The preview plays a SCORM 1.2 zip made with these details, as an LMS would.
  const preview = page.frameLocator('iframe[title^="The course in the local LMS preview"]');
  await expect(preview.getByTestId('package-status')).toContainText('pass mark 70%', LOAD);
  const learner = preview.frameLocator('iframe[title="Course"]');
  await expect(learner.getByText('Anytown Pain Service', { exact: true })).toBeVisible(LOAD);
  await expect(learner.getByRole('img', { name: 'Anytown Pain Service logo' })).toBeVisible();

  await tabTo(page, page.getByRole('button', MAKE));
  await page.keyboard.press('Enter');
  const zips = await downloadAll(page);
  expect(Object.keys(zips).sort()).toEqual(KINDS.map((v) => zipName(course.id, v)).sort());

  // Each SCORM zip and the cmi5 zip pass the build's own checks (manifest or cmi5.xml against
  // the official XSDs, every listed file present).
  for (const kind of [...SCORM_VERSIONS, 'cmi5'] as const) expect(await checkPackageBytes(zips[zipName(course.id, kind)]!), kind).toEqual([]);

  // The command line, given the same profile, writes the same bytes.
  const dir = mkdtempSync(join(tmpdir(), 'studio-'));
  const profile = await page.evaluate(() => fetch('../web/service.json').then((r) => r.json() as Promise<Record<string, Record<string, unknown>>>));
  profile.organisation = {
    name: 'Anytown Pain Service',
    logo: { src: `data:image/svg+xml;base64,${Buffer.from(LOGO_SVG).toString('base64')}`, alt: 'Anytown Pain Service logo' },
  };
  profile.contact!.phone = '01234 567890';
  profile.tracking!.passMark = 70;
  writeFileSync(join(dir, 'service.json'), JSON.stringify(profile));
  execFileSync('node', ['scripts/package-cli.mjs', '--profile', join(dir, 'service.json'), '--out', join(dir, 'out')], { stdio: 'pipe' });
  for (const [name, bytes] of Object.entries(zips)) {
    expect(Buffer.compare(Buffer.from(bytes), readFileSync(join(dir, 'out', name))), `${name} differs from npm run package's`).toBe(0);
  }

  // Played in the preview, the SCORM 2004 zip carries the pass mark and the contact.
  const other = await page.context().newPage();
  await other.goto('/preview/');
  await expect(courseFrame(other).locator('h1')).toBeVisible(LOAD);
  await dropFile(other, 'mine.zip', zips[zipName(course.id, 'scorm2004')]!);
  await other.waitForURL(/zip=/, LOAD);
  await expect(courseFrame(other).locator('h1')).toBeVisible(LOAD);
  expect(Number((await other.evaluate(() => window.__preview!.cmi()))['cmi.scaled_passing_score'])).toBe(0.7);
  await other
    .frames()
    .find((f) => f.url().includes('/zip/'))!
    .evaluate(() => (location.hash = '#/accessibility'));
  await expect(courseFrame(other).getByRole('link', { name: '01234 567890' })).toHaveAttribute('href', 'tel:01234567890');
  await expect(courseFrame(other).getByRole('heading', { name: en['service.contact.heading'] })).toBeVisible();
});

test('bad input is named field by field, and nothing is made', async ({ page }) => {
  await openStudio(page);
  const cases: [string, string, RegExp][] = [
    ['Pass mark (%)', '150', /whole number from 0 to 100/],
    ['Phone number', '0800 PAIN', /Phone number/],
    ['Course title', 'Pain <b>course</b>', /markup/],
    ['Web page', 'ftp://anytown.example', /https/],
  ];
  for (const [label, value, why] of cases) {
    await page.getByLabel(label, { exact: true }).fill(value);
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.error-summary')).toContainText(why);
  }
  await expect(page.locator('.error-summary li')).toHaveCount(cases.length);
  await page.getByRole('button', MAKE).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.made a')).toHaveCount(0);
  // The summary's links take the learning team to the field.
  await page.locator('.error-summary a', { hasText: cases[0]![0] }).click();
  await expect(page.getByLabel(cases[0]![0], { exact: true })).toBeFocused();

  // A logo that is too big, or not an image, is refused.
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024, 1) });
  await expect(page.getByText(/is 300 kB; a logo may be at most 200 kB/)).toBeVisible();
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await expect(page.locator('.error-summary')).toContainText('says it is a PNG image but is not one');
});

test('a package made here loads back into the form', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Organisation name', { exact: true }).fill('Northtown Pain Clinic');
  await page.getByLabel('Tries at the final check', { exact: true }).fill('3');
  await page.getByLabel('Cymraeg').check();
  await page.getByLabel('English (UK)').check();
  await page.getByRole('button', MAKE).click();
  const zips = await downloadAll(page);

  await page.reload();
  await expect(page.getByRole('button', MAKE)).toBeVisible(LOAD);
  await expect(page.getByLabel('Organisation name', { exact: true })).toHaveValue('');
  await page.getByLabel('Start from an earlier package (optional)').setInputFiles({
    name: 'last-year.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zips[zipName(course.id, 'scorm12')]!),
  });
  await expect(page.getByText('Loaded the details from “last-year.zip”.')).toBeVisible();
  await expect(page.getByLabel('Organisation name', { exact: true })).toHaveValue('Northtown Pain Clinic');
  await expect(page.getByLabel('Tries at the final check', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Cymraeg')).toBeChecked();
  await expect(page.getByLabel('العربية')).not.toBeChecked();
  // Loading a package replaced what the form had: one tap puts it back.
  await page.getByRole('button', { name: 'Put back the details you had' }).click();
  await expect(page.getByLabel('Organisation name', { exact: true })).toHaveValue('');
  await page.getByLabel('Start from an earlier package (optional)').setInputFiles({
    name: 'last-year.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zips[zipName(course.id, 'scorm12')]!),
  });
  await expect(page.getByLabel('Organisation name', { exact: true })).toHaveValue('Northtown Pain Clinic');

  // Something that is not this course's package changes nothing, and says why.
  await page
    .getByLabel('Start from an earlier package (optional)')
    .setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('PK no zip') });
  await expect(page.getByText(/“notes\.zip” cannot be opened: .*Nothing was changed\./)).toBeVisible();
  await expect(page.getByLabel('Organisation name', { exact: true })).toHaveValue('Northtown Pain Clinic');
});

test('axe: the studio, with problems shown and with packages made', async ({ page }) => {
  await openStudio(page);
  expect(await axeViolations(page), 'as it opens').toEqual([]);
  await page.getByLabel('Pass mark (%)', { exact: true }).fill('150');
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(await axeViolations(page), 'a problem shown').toEqual([]);
  await page.getByLabel('Pass mark (%)', { exact: true }).fill('80');
  await page.getByRole('button', MAKE).click();
  await expect(page.locator('.made a')).toHaveCount(KINDS.length, { timeout: 60_000 });
  expect(await axeViolations(page), 'packages made').toEqual([]);
});
