// axe-core (WCAG 2.x A and AA) on the preview page itself, as an administrator meets it:
// playing the build folder with the fault switches open, playing a zip, and explaining a
// broken zip. Zero violations.
import { unzipSync, zipSync } from 'fflate';
import { test, expect, courseFrame } from './fixtures';
import { axeViolations } from './a11y-support';
import { BUILT_ZIPS, LOAD, dropFile, readBuiltZip } from './preview-support';

test('axe: the preview page, with the fault switches, a zip playing, and a broken zip explained', async ({ page }) => {
  await page.goto('/preview/');
  await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
  await page.getByText('Simulate LMS problems').click();
  expect(await axeViolations(page), 'build folder, fault switches open').toEqual([]);
  await page.getByText('Simulate LMS problems').click();

  const zip = BUILT_ZIPS[0]!;
  await dropFile(page, zip.name, readBuiltZip(zip.name));
  await page.waitForURL(/zip=/, LOAD);
  await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
  expect(await axeViolations(page), 'a zip playing').toEqual([]);

  const files = unzipSync(readBuiltZip(zip.name));
  delete files['imsmanifest.xml'];
  await dropFile(page, 'broken.zip', zipSync(files));
  await expect(page.getByRole('alert')).toContainText('“broken.zip” cannot be played');
  expect(await axeViolations(page), 'a broken zip explained').toEqual([]);
});
