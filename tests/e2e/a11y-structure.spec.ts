// The window's title. (What a screen reader or switch user relies on in every state of
// the course, landmarks, headings, target sizes and feedback said once, is checked in
// the walk of states.spec.ts: structureProblems in a11y-support.ts.)
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { courseUrl } from './walk';

test('the window is titled with the course name, in the course language (WCAG 2.4.2)', async ({ page }) => {
  for (const locale of ['en-GB', 'cy']) {
    const { course } = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as { course: { title: string } };
    await page.goto(courseUrl(locale));
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page).toHaveTitle(course.title);
  }
});
