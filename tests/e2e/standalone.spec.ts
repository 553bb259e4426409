// The course on its own, with no LMS: scorm-again runs in the page and keeps progress
// in this browser; LMS launches never download it.
import { test, expect } from './fixtures';
import { en } from './course-data';

test('without an LMS, progress is kept on this device across a reload', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/web/');
  await expect(page.getByText(en('app.localNotice'))).toBeVisible();
  await page.getByRole('link', { name: en('start.start') }).click();
  await page.getByRole('link', { name: en('page.next') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.how.heading'));
  expect(scripts.some((u) => /\/local-[\w-]+\.js$/.test(u))).toBe(true);

  // A reload keeps the page (its address says where the learner is)…
  await page.reload();
  await expect(page.locator('h1')).toHaveText(en('endorphins.how.heading'));
  // …and coming back to the course later offers to carry on.
  await page.goto('/web/');
  await page.getByRole('link', { name: en('start.continue') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.how.heading'));
});

test('inside an LMS the in-page LMS is never downloaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().includes('/web/')) scripts.push(r.url());
  });
  await page.goto('/preview/?scorm=1.2');
  const course = page.frameLocator('iframe[title="Course"]');
  await expect(course.locator('h1')).toBeVisible();
  await expect(course.getByText(en('app.localNotice'))).toHaveCount(0);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((u) => /\/local-[\w-]+\.js$/.test(u))).toEqual([]);
});

test('start again clears this attempt’s answers', async ({ page }) => {
  await page.goto('/web/');
  await page.getByRole('link', { name: en('start.start') }).click();
  await page.getByRole('link', { name: en('page.next') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.how.heading'));
  await page.goto('/web/');
  await page.getByRole('button', { name: en('start.startAgain') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.what.heading'));
  await page
    .getByRole('link', { name: en('app.menu') })
    .first()
    .click();
  await expect(page.getByText(en('menu.status.inProgress'))).toBeVisible();
});
