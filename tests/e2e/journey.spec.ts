// The patient's journey (issue 13): what a learner meets on the way through, acted out as
// the learner would, in both SCORM versions where the LMS is involved.
import { test, expect, openPreview, courseFrame, type Version } from './fixtures';
import { expectSaved, nextPage } from './learner';
import { en, textPattern } from './course-data';

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: only opening the start screen (a language, the display settings) is no progress: the next visit offers Start, not Continue`, async ({
    page,
  }) => {
    let course = await openPreview(page, version);
    await course.getByRole('combobox', { name: en('app.language') }).selectOption('en-GB');
    await course.getByRole('button', { name: en('display.open') }).click();
    await page.keyboard.press('Escape');
    await expectSaved(course);
    await page.reload();
    course = courseFrame(page);
    await expect(course.getByRole('link', { name: en('start.start') })).toBeVisible();
    await expect(course.getByRole('link', { name: en('start.continue') })).toHaveCount(0);
    await expect(course.getByRole('button', { name: en('start.startAgain') })).toHaveCount(0);

    // A page past the start is progress: now it offers to carry on.
    await course.getByRole('link', { name: en('start.start') }).click();
    await expect(course.getByText(textPattern('page.progress', { current: 1, total: 'any' }))).toBeVisible();
    await nextPage(course, 2);
    await expectSaved(course);
    await page.reload();
    course = courseFrame(page);
    await expect(course.getByRole('link', { name: en('start.continue') })).toBeVisible();
  });
}

test('standalone: only opening the start screen is no progress: the next visit offers Start, before and after the scripts arrive', async ({ page }) => {
  await page.goto('/web/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: en('display.open') }).click();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('link', { name: en('start.start') })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('link', { name: en('start.start') })).toBeVisible();
  await expect(page.getByRole('link', { name: en('start.continue') })).toHaveCount(0);
});
