// Printing: a module page prints as its content alone, black on white whatever the
// theme; the course summary gathers every module's key points (and points to the pages
// with the learner's own work) and prints them as one page.
import { test, expect } from './fixtures';
import { go, moduleIds, useComfort } from './a11y-support';
import { en } from './course-data';

test('a module page prints its content only, black on white, even in the dark theme', async ({ page }) => {
  await useComfort(page, { theme: 'dark' });
  await page.goto('/web/#/endorphins/how');
  await expect(page.locator('article h1')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['header', '.skip-link', 'nav.pager', '.notice', '.save-status', '.display-button']) {
    await expect(page.locator(chrome).first(), `${chrome} is not printed`).toBeHidden();
  }
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('article p').first()).toBeVisible();
  const colours = await page
    .locator('article p')
    .first()
    .evaluate((p) => ({
      text: getComputedStyle(p).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
  // No button or control is printed.
  const printedButtons = await page.locator('button:visible, .button:visible').count();
  expect(printedButtons).toBe(0);
});

test('the course summary gathers each module’s key points and prints them', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.goto('/web/');
  await expect(page.locator('main h1')).toBeVisible();
  const modules = await moduleIds(page);
  await page.getByRole('link', { name: en('summary.heading') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('summary.heading') })).toBeFocused();

  // One section per module, each with its takeaway page in full.
  await expect(page.locator('main section.part')).toHaveCount(modules.length);
  await expect(page.locator('main .takeaway')).toHaveCount(modules.length);
  await expect(page.locator('main section.part h2')).toHaveCount(modules.length);
  // …and before them what goes home: the plan (its own h2) and the service's contact block
  // (its own h2), which print too.
  await expect(page.locator('main h2')).toHaveCount(modules.length + 2);
  await expect(page.locator('main .take-home h2').first()).toHaveText(en('relief.plan.sheet.heading'));
  await expect(page.locator('main [data-contact-block]')).toBeVisible();
  for (const id of modules) {
    await expect(
      page
        .locator('main section.part')
        .filter({ has: page.locator(`#summary-${id}`) })
        .locator('.takeaway h3'),
    ).toBeVisible();
  }
  const takeaway = await page.locator('main .takeaway p').first().textContent();
  await go(page, '#/endorphins/takeaway');
  await expect(page.locator('article p').first()).toHaveText(takeaway!);

  // Activity pages are linked too (only an activity's own summary is drawn here).
  await go(page, '#/summary');
  const plan = page.locator('main .activities a').last();
  await expect(plan).toHaveAttribute('href', /^#\/relief\//);
  await plan.click();
  await expect(page.locator('article h1')).toBeFocused();
  await go(page, '#/summary');

  await page.getByRole('button', { name: en('summary.print') }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Printed: the key points, without the buttons and links to pages.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main .takeaway').first()).toBeVisible();
  await expect(page.locator('main [data-contact-block]')).toBeVisible();
  await expect(page.getByRole('button', { name: en('summary.print') })).toBeHidden();
  await expect(page.locator('main .activities').first()).toBeHidden();
  await expect(page.locator('header')).toBeHidden();
  // The plan page's "print the plan only" mode is not left on here.
  expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/print-plan/);
});
