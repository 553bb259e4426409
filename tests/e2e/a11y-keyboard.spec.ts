// Keyboard only: the first module from the start screen to the menu (its activity and
// its knowledge check included), with focus on each new page's heading; and the Display
// dialog: focus in, round and round inside, Escape, focus back. (The whole course by
// keyboard is in the full-course spec.)
import type { Locator, Page } from '@playwright/test';
import { test, expect, laterPartsIn } from './fixtures';
import { go } from './a11y-support';
import { en } from './course-data';

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}

test('the first module by keyboard alone, focus on each new heading', async ({ page }) => {
  await page.goto('/web/');
  await expect(page.locator('main h1')).toBeVisible();
  // The course itself, once it has taken over the prerendered start screen (the keys
  // pressed before that are first-screen.spec.ts's concern).
  await laterPartsIn(page);

  // The skip link is the first stop and takes focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, page.locator('main a.button').first());
  await page.keyboard.press('Enter');
  await expect(page.locator('article h1')).toBeFocused();

  for (let pages = 1; ; pages++) {
    const pageId = await page.locator('article').getAttribute('data-page');

    // An activity with buttons: step through it.
    const step = page.locator('article .controls button').last();
    if (await step.count()) {
      await tabTo(page, step);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(step).toHaveAttribute('aria-disabled', 'true');
    }

    // A knowledge check: choose with Space (arrows move within a radio group), check, go on.
    const form = page.locator('.quiz form');
    while (await form.count()) {
      const first = form.locator('input').first();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      const submit = form.locator('button[type="submit"]');
      await tabTo(page, submit);
      await page.keyboard.press('Enter');
      await expect(form.locator('.feedback .box')).toBeVisible();
      await expect(submit).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('.quiz legend').first().or(page.locator('.quiz .result h2'))).toBeFocused();
    }

    const next = page.locator('nav.pager a.button').last();
    const toMenu = (await next.getAttribute('href')) === '#/menu';
    await tabTo(page, next, 80);
    await page.keyboard.press('Enter');
    if (toMenu) break;
    await expect(page.locator('article')).not.toHaveAttribute('data-page', pageId!);
    await expect(page.locator('article h1'), `heading focused after page ${pages}`).toBeFocused();
  }
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('li.module[data-status="done"]')).toHaveCount(1);
});

test('the Display dialog by keyboard: focus in, kept inside, Escape, focus back', async ({ page }) => {
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('article h1')).toBeVisible();
  const opener = page.getByRole('button', { name: en('display.open') });
  const dialog = page.getByRole('dialog', { name: en('display.heading') });
  const html = page.locator('html');

  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: en('display.heading') })).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: en('display.close') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: en('display.sizeStandard', { size: 100 }) })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: '125%' })).toBeChecked();
  await expect(html).toHaveAttribute('data-text-size', '125');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(html).toHaveAttribute('data-text-size', '200');

  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(html).toHaveAttribute('data-line-spacing', 'wide');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-dyslexia', '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Tab goes round inside the dialog, never to the page behind it.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `Tab ${i + 1} stays in the dialog`).toBe(true);
  }
  await tabTo(page, dialog.getByRole('button', { name: en('display.close') }));
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: en('display.done') })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Kept for next time, on this device.
  await page.reload();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(html).toHaveAttribute('data-text-size', '200');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Reset, then Done: back to the standard look, focus back on Display.
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: en('display.reset') }));
  await page.keyboard.press('Enter');
  await expect(html).not.toHaveAttribute('data-text-size');
  await expect(html).not.toHaveAttribute('data-theme');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: en('display.done') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('after Check answer by keyboard, the feedback and the focused button are on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/web/');
  await expect(page.locator('main h1')).toBeVisible();
  // The course has taken over the prerendered start screen and loaded its later parts.
  await laterPartsIn(page);
  await go(page, '#/active/check');
  // The sort question: the longest, so the feedback lands furthest down.
  for (const group of await page.locator('fieldset.item').all()) await group.getByRole('radio').first().check();
  await page.locator('main .quiz button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  const button = page.getByRole('button', { name: en('quiz.nextQuestion') });
  await expect(button).toBeFocused();
  await expect(button).toBeInViewport();
  await expect(page.locator('main .quiz .feedback .box')).toBeInViewport();
});
