// Presenter mode as the room sees it (issue 13): the facilitator's messages and controls
// stay off the projected slide unless wanted, a diagram returns to where it was left,
// and presenting is offered only where slides can work, wrapping words, never letters.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { en, loadCourse } from './course-data';
import { REST_AFTER_MS } from '../../src/presenter/resting.svelte';

const slideHeading = (page: Page) => page.locator('main h1');
const controls = (page: Page) => page.getByRole('navigation', { name: en('presenter.controls') });
const opacity = (page: Page) => controls(page).evaluate((e) => Number(getComputedStyle(e).opacity));

test('"Your notes are open in another window" is not shown on the projected slide', async ({ page }) => {
  await page.goto('/web/?present=1#/endorphins/what');
  await expect(slideHeading(page)).toBeFocused();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  await popup;
  // Said to the facilitator's screen reader (a live region), never drawn on the slide.
  await expect(page.getByText(en('presenter.notesOpened'))).toHaveCount(1);
  await expect(page.locator('.live, [aria-live]').getByText(en('presenter.notesOpened'))).toHaveCount(1);
  await expect(controls(page).getByText(en('presenter.notesOpened'))).toHaveCount(0);
});

test('Back (Page Up) into a diagram shows the step it was left on', async ({ page }) => {
  const data = await loadCourse();
  await page.goto('/web/?present=1#/endorphins/pathway');
  await expect(slideHeading(page)).toHaveText(data.t('endorphins.pathway.heading'));
  const progress = page.locator('.pathway .progress');
  // Through the diagram to its last step, and on to the next slide.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(progress).toHaveText(data.t('endorphins.pathway.progress', { current: 3, total: 3 }));
  await page.keyboard.press('PageDown');
  await expect(slideHeading(page)).not.toHaveText(data.t('endorphins.pathway.heading'));
  // Back: the diagram as it was left, not at step 1.
  await page.keyboard.press('PageUp');
  await expect(slideHeading(page)).toHaveText(data.t('endorphins.pathway.heading'));
  await expect(progress).toHaveText(data.t('endorphins.pathway.progress', { current: 3, total: 3 }));
  await page.keyboard.press('PageUp');
  await expect(progress).toHaveText(data.t('endorphins.pathway.progress', { current: 2, total: 3 }));
});

test('the slide controls show when the mouse moves or a control has focus, and rest out of sight otherwise', async ({ page }) => {
  await page.goto('/web/?present=1#/endorphins/what');
  await expect(slideHeading(page)).toBeFocused();
  // Still: out of the room's sight.
  await expect.poll(() => opacity(page), { timeout: REST_AFTER_MS + 5000 }).toBe(0);
  // The mouse moves: there.
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  await expect.poll(() => opacity(page)).toBe(1);
  await page.mouse.move(0, 0);
  await expect.poll(() => opacity(page), { timeout: REST_AFTER_MS + 5000 }).toBe(0);
  // A keyboard user finds them by Tab.
  await page.keyboard.press('Tab');
  await expect(controls(page).locator(':focus')).toHaveCount(1);
  await expect.poll(() => opacity(page)).toBe(1);
});

test('"Present to a group" is offered on a laptop, not on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/web/');
  await expect(page.getByRole('button', { name: en('presenter.enter') })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: en('presenter.enter') })).toBeHidden();
  await expect(page.getByRole('heading', { name: en('presenter.start.heading') })).toBeHidden();
});

test('a narrow slide wraps between words, never inside one', async ({ page }) => {
  const data = await loadCourse('cy');
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of ['#/endorphins/what', '#/endorphins/pathway', '#/expect/timeline']) {
    await page.goto(`/web/?present=1&lang=cy${hash}`);
    await expect(page.locator('html')).toHaveAttribute('lang', data.locale);
    await expect(slideHeading(page)).toBeVisible();
    // Every word of the slide's text on one line.
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const parent = n.parentElement;
        if (!parent || parent.closest('svg, .visually-hidden, details:not([open]) > :not(summary)')) continue;
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(broken, `words broken across lines on ${hash}`).toEqual([]);
  }
});
