// The axe check itself (a11y-support.ts): on a page without frames it runs axe in place
// rather than through AxeBuilder, so prove the two give the same answers, and that the
// in-place run finds a problem planted in the page (zero means zero).
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { AXE_TAGS, axeViolations, violationLine } from './a11y-support';

test('axe run in place finds what AxeBuilder finds, and a planted problem', async ({ page }) => {
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('article h1')).toBeVisible();
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const faint = Object.assign(document.createElement('p'), { textContent: 'Faint words' });
    faint.style.color = '#eee';
    document.querySelector('article')!.append(img, faint);
  });
  const inPlace = await axeViolations(page);
  expect(inPlace.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  const { violations } = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }).analyze();
  expect(inPlace).toEqual(violations.map(violationLine));
});
