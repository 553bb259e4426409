// The course on its own, with no LMS: scorm-again runs in the page and keeps progress
// in this browser; LMS launches never download it.
import { test, expect, laterPartsIn } from './fixtures';
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

test('start again asks first; the safe choice keeps everything; confirmed, it clears the answers and keeps the plan unless asked', async ({ page }) => {
  await page.goto('/web/');
  await page.getByRole('link', { name: en('start.start') }).click();
  await page.getByRole('link', { name: en('page.next') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.how.heading'));
  // A plan, made in the last part.
  await page.goto('/web/#/relief/plan');
  await page.getByRole('checkbox', { name: en('relief.plan.activity.a') }).check();
  await laterPartsIn(page);

  // One tap on Start again only asks; Escape (or "Keep my progress") changes nothing.
  await page.goto('/web/');
  await page.getByRole('button', { name: en('start.startAgain') }).click();
  const question = page.getByRole('dialog', { name: en('start.again.question') });
  await expect(question).toBeVisible();
  await expect(question.getByText(en('start.again.kept'))).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(page.getByRole('link', { name: en('start.continue') })).toBeVisible();
  await page.getByRole('button', { name: en('start.startAgain') }).click();
  await question.getByRole('button', { name: en('start.again.keep') }).click();
  await expect(page.getByRole('link', { name: en('start.continue') })).toBeVisible();

  // Confirmed: the answers and places go, the plan stays.
  await page.getByRole('button', { name: en('start.startAgain') }).click();
  await question.getByRole('button', { name: en('start.again.confirm') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.what.heading'));
  await page
    .getByRole('link', { name: en('app.menu') })
    .first()
    .click();
  await expect(page.getByText(en('menu.status.inProgress')).first()).toBeVisible();
  await page.goto('/web/#/relief/plan');
  await expect(page.getByRole('checkbox', { name: en('relief.plan.activity.a') })).toBeChecked();

  // Asked to, it clears the plan too.
  await page.goto('/web/');
  await page.getByRole('button', { name: en('start.startAgain') }).click();
  await question.getByRole('checkbox', { name: en('start.again.clearActivities') }).check();
  await question.getByRole('button', { name: en('start.again.confirm') }).click();
  await expect(page.locator('h1')).toHaveText(en('endorphins.what.heading'));
  await page.goto('/web/#/relief/plan');
  await expect(page.getByRole('checkbox', { name: en('relief.plan.activity.a') })).not.toBeChecked();
});
