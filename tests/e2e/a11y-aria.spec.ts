// The accessibility tree, as a screen reader meets it, for a content page, a question
// after its feedback, and the sort question. Reviewed for sense:
// - the content page: the module and page count (said once, by the progress bar), one
//   h1, the text, then the pager as a named navigation;
// - the question: the group is named by its number and prompt; after checking, each
//   option's name says "Your answer" or "Right answer" (not colour alone), the radios are
//   locked, and the verdict and feedback follow as text (announced from a live region);
// - the sort question: one named group per item, each a pair of radios, so it works by
//   keyboard and screen reader without dragging.
// The snapshots check wording on purpose: they are what a screen reader says, reviewed
// as a whole (a change of wording is a change to review here). The controls the test
// uses are found by locale key.
import { test, expect } from './fixtures';
import { go } from './a11y-support';
import { en } from './course-data';

test('a content page', async ({ page }) => {
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('header')).toMatchAriaSnapshot(`
    - banner:
      - link "Acupuncture and persistent pain"
      - status
      - link "Course menu"
      - button "Text and colours"
  `);
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - main:
      - paragraph: "Part 1: How acupuncture eases pain"
      - progressbar "Page 1 of 6"
      - article:
        - heading "What is acupuncture?" [level=1]
        - paragraph: Acupuncture is an old treatment from China. People have used it for more than 2,000 years.
        - paragraph: In acupuncture, very fine needles go into your skin.
        - paragraph: Over the last 30 years, acupuncture has become more popular in this country. Some pain clinics now use it.
      - navigation "Pages":
        - link "Course menu":
          - /url: "#/menu"
        - link "Next":
          - /url: "#/endorphins/how"
  `);
});

test('a question after its feedback', async ({ page }) => {
  await page.goto('/web/');
  await expect(page.locator('main h1')).toBeVisible();
  await go(page, '#/endorphins/check');
  await page.getByRole('radio', { name: en('endorphins.check.q1.a') }).check();
  await page.getByRole('button', { name: en('quiz.check') }).click();
  await expect(page.locator('.quiz')).toMatchAriaSnapshot(`
    - region "Knowledge check":
      - group "Question 1 of 5 What happens in acupuncture?":
        - text: Question 1 of 5 What happens in acupuncture?
        - radio "You swallow a tablet. Your answer" [checked] [disabled]
        - text: You swallow a tablet.
        - strong: Your answer
        - radio "Very fine needles go into your skin. Right answer" [disabled]
        - text: Very fine needles go into your skin.
        - strong: Right answer
        - radio "Someone rubs your muscles with their hands." [disabled]
        - text: Someone rubs your muscles with their hands.
      - paragraph: Not quite
      - paragraph: Acupuncture is not a tablet.
      - paragraph: In acupuncture, very fine needles go into your skin.
      - button "Next question"
  `);
  await expect(page.getByRole('button', { name: en('quiz.nextQuestion') })).toBeFocused();
});

test('the sort question', async ({ page }) => {
  await page.goto('/web/');
  await expect(page.locator('main h1')).toBeVisible();
  await go(page, '#/active/check');
  const item = (name: string) => `
          - listitem:
            - group "${name}":
              - text: ${name}
              - 'radio "Passive: someone does something to you"'
              - text: "Passive: someone does something to you"
              - 'radio "Active: you are in control"'
              - text: "Active: you are in control"`;
  const items = [
    en('active.check.q1.a'),
    en('active.check.q1.b'),
    en('active.check.q1.c'),
    en('active.check.q1.d'),
    en('active.check.q1.e'),
    en('active.check.q1.f'),
    en('active.check.q1.g'),
    en('active.check.q1.h'),
  ];
  await expect(page.locator('.quiz')).toMatchAriaSnapshot(`
    - region "Knowledge check":
      - group "Question 1 of 4 Is each one passive or active?":
        - text: Question 1 of 4 Is each one passive or active?
        - paragraph: For each one, choose Passive or Active.
        - list:${items.map(item).join('')}
      - button "Check answer"
  `);
});
