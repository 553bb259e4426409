// The preview plays the zip an administrator will upload, not only the build folder: each
// built zip, dropped on the page, is checked, served from the zip itself, and played with
// the SCORM version and pass mark its manifest names. A broken zip is explained in plain
// words and never played.
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, courseFrame, completeModulesFast, type Version } from './fixtures';
import { loadCourse } from './course-data';
import { BUILT_ZIPS, LOAD, dropFile, expectSummaryMatchesCmi, readBuiltZip } from './preview-support';
import { course } from '../../modules/course';

/** The frame the course runs in, once it is the zip's (served under /preview/zip/<id>/). */
async function expectPlayingZip(page: Page, name: string, version: Version, edition: string) {
  await page.waitForURL(/[?&]zip=[0-9a-f]{16}/, LOAD);
  await expect(page.getByTestId('package-status')).toContainText(`${name}: ${edition}, launch file index.html`, LOAD);
  await expect(page.getByTestId('package-status')).toContainText('every file the manifest lists is present');
  await expect(page.locator('iframe[title="Course"]')).toHaveAttribute('src', /\/preview\/zip\/[0-9a-f]{16}\/index\.html$/);
  await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
  expect(await page.evaluate(() => window.__preview!.version)).toBe(version);
}

for (const zip of BUILT_ZIPS) {
  test(`${zip.name}, dropped on the preview, plays from the zip with its manifest's version and pass mark`, async ({ page }) => {
    // Opened on the other version on purpose: the zip's manifest must decide.
    await page.goto(`/preview/?scorm=${zip.version === '1.2' ? '2004' : '1.2'}`);
    await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
    // Nothing of the build folder may serve the course once the zip plays: from the moment
    // the preview has navigated to the zip (until then, the build folder's course may still
    // be loading its later parts while the zip is read).
    let playing = false;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && /[?&]zip=/.test(f.url())) playing = true;
    });
    const fromBuild: string[] = [];
    page.on('request', (r) => {
      if (playing && r.url().includes('/web/')) fromBuild.push(r.url());
    });
    await dropFile(page, zip.name, readBuiltZip(zip.name));
    await expectPlayingZip(page, zip.name, zip.version, zip.edition);

    // The manifest's pass mark reaches the course as an LMS gives it.
    const cmi = await page.evaluate(() => window.__preview!.cmi());
    if (zip.version === '1.2') expect(cmi['cmi.student_data.mastery_score']).toBe(String(course.settings.masteryScore));
    else expect(Number(cmi['cmi.scaled_passing_score'])).toBe(course.settings.masteryScore / 100);

    const data = await loadCourse();
    const frame = courseFrame(page);
    await frame.getByRole('link', { name: data.t('start.start') }).click();
    await completeModulesFast(frame, data, [data.modules[0]!.id]);
    await expectSummaryMatchesCmi(page, zip.version);
    const after = await page.evaluate(() => window.__preview!.cmi());
    expect(Object.keys(after).some((k) => /^cmi\.interactions\.\d+\.id$/.test(k))).toBe(true);
    expect(fromBuild).toEqual([]);

    // A reload (as Reset attempt and the fault switches do) keeps playing the same zip.
    await page.reload();
    await expectPlayingZip(page, zip.name, zip.version, zip.edition);
  });
}

test('a zip chosen with the file input, or from the built packages, plays the same way', async ({ page }) => {
  const [first, second] = BUILT_ZIPS;
  await page.goto('/preview/');
  await page.getByLabel('Choose a zip…').setInputFiles({ name: first!.name, mimeType: 'application/zip', buffer: readBuiltZip(first!.name) });
  await expectPlayingZip(page, first!.name, first!.version, first!.edition);
  await expect(page.getByRole('button', { name: new RegExp(first!.name) })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: new RegExp(`^${second!.name}`) }).click();
  await expectPlayingZip(page, second!.name, second!.version, second!.edition);

  // And back to the build folder, on the version chosen there.
  await page.getByRole('link', { name: 'Play the build folder instead' }).click();
  await expect(page.locator('iframe[title="Course"]')).toHaveAttribute('src', '../web/index.html', LOAD);
  await expect(page.getByRole('navigation', { name: 'SCORM version' })).toBeVisible();
});

/** A built zip changed by `change` (path → bytes; delete to remove a file). */
function altered(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(readBuiltZip(BUILT_ZIPS[0]!.name));
  change(files);
  return zipSync(files);
}

test('a broken zip is explained in plain words and not played', async ({ page }) => {
  await page.goto('/preview/');
  await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
  const alert = page.getByRole('alert');
  const cases: { name: string; bytes: Uint8Array; says: RegExp[] }[] = [
    {
      name: 'no-manifest.zip',
      bytes: altered((f) => delete f['imsmanifest.xml']),
      says: [/“no-manifest\.zip” cannot be played/, /There is no imsmanifest\.xml in this zip, so it is not a SCORM package/],
    },
    {
      name: 'folder-zipped.zip',
      bytes: zipSync(Object.fromEntries(Object.entries(unzipSync(readBuiltZip(BUILT_ZIPS[0]!.name))).map(([p, b]) => [`course/${p}`, b]))),
      says: [/imsmanifest\.xml is inside the folder “course\/”, not at the top of the zip/, /Zip the folder's contents/],
    },
    {
      name: 'no-launch-file.zip',
      bytes: altered((f) => delete f['index.html']),
      says: [/The launch file “index\.html” is not in the zip, so the course cannot start/],
    },
    {
      name: 'bad-version.zip',
      bytes: altered((f) => {
        f['imsmanifest.xml'] = strToU8(new TextDecoder().decode(f['imsmanifest.xml']).replace(/<schemaversion>[^<]*</, '<schemaversion>1.3<'));
      }),
      says: [/names SCORM version “1\.3”, which is not one of 1\.2, 2004 3rd Edition or 2004 4th Edition/],
    },
    { name: 'not-a-zip.zip', bytes: strToU8('this is not a zip'), says: [/could not be opened as a zip file/] },
  ];
  for (const { name, bytes, says } of cases) {
    await dropFile(page, name, bytes);
    for (const text of says) await expect(alert).toContainText(text);
    await expect(alert).toContainText('Nothing was loaded');
  }
  expect(page.url()).not.toContain('zip=');

  // A file the manifest lists, missing: named, and played only if the administrator asks.
  const css = Object.keys(unzipSync(readBuiltZip(BUILT_ZIPS[0]!.name))).find((p) => p.endsWith('.css'))!;
  await dropFile(
    page,
    'missing-file.zip',
    altered((f) => delete f[css]),
  );
  await expect(alert).toContainText('“missing-file.zip” has problems an LMS would meet');
  await expect(alert).toContainText(`1 file the manifest lists is missing from the zip: “${css}”`);
  await expect(alert.getByRole('button', { name: 'Play it anyway' })).toBeVisible();
  await alert.getByRole('button', { name: 'Cancel' }).click();
  await expect(alert).toBeHidden();

  // Not a zip at all.
  await page.getByLabel('Choose a zip…').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(alert).toContainText('“notes.txt” is not a zip file');
  expect(page.url()).not.toContain('zip=');
});

test('a zip this browser no longer holds says so instead of showing an empty frame', async ({ page }) => {
  await page.goto('/preview/?zip=0123456789abcdef');
  await expect(page.getByRole('alert').filter({ hasText: 'The package cannot be played here' })).toContainText('this browser no longer holds it', LOAD);
  await expect(page.locator('iframe')).toHaveCount(0);
});
