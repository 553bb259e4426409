// The axe check itself (a11y-support.ts) runs axe in place rather than through AxeBuilder,
// so prove the two give the same answers, on the course alone and on the preview page, and
// that the in-place run finds a problem planted in the page: zero means zero. With frames it
// does more than AxeBuilder: AxeBuilder (4.x) finds nothing inside the preview's course
// frame, while the in-place run reports what is planted there, named through the frame.
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect, courseFrame } from './fixtures';
import { AXE_TAGS, axeViolations, violationLine } from './a11y-support';
import { LOAD } from './preview-support';

/** An image with no text and faint words, put into the course's page. */
const plantProblems = (where: Page | Frame) =>
  where.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const faint = Object.assign(document.createElement('p'), { textContent: 'Faint words' });
    faint.style.color = '#eee';
    (document.querySelector('main') ?? document.body).append(img, faint);
  });

async function expectSameAsAxeBuilder(page: Page) {
  const inPlace = await axeViolations(page);
  expect(inPlace.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  const { violations } = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }).analyze();
  expect(inPlace).toEqual(violations.map(violationLine));
}

test('axe run in place finds what AxeBuilder finds, and a planted problem', async ({ page }) => {
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('article h1')).toBeVisible();
  await plantProblems(page);
  await expectSameAsAxeBuilder(page);
});

test('with frames (the preview), axe run in place agrees with AxeBuilder on the page, and looks inside the frame', async ({ page }) => {
  await page.goto('/preview/');
  await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
  await plantProblems(page);
  await expectSameAsAxeBuilder(page);
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/web/'));
  expect(frame, 'the course frame').toBeTruthy();
  await plantProblems(frame!);
  const inFrame = (await axeViolations(page)).filter((v) => /^(image-alt|color-contrast) /.test(v));
  expect(inFrame).toHaveLength(2);
  for (const line of inFrame) expect(line).toMatch(/ at .*iframe /);
});
