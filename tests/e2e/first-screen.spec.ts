// The first screen comes with the page (scripts/first-screen-plugin.ts): with every script
// held back, the learner already sees the real start screen in their language, and its
// Start link works; once the scripts arrive the course takes over the same markup,
// nothing moving and the language unchanged.
import type { Page, Route } from '@playwright/test';
import { test, expect, laterPartsIn } from './fixtures';
import { localeMessages } from './course-data';

/**
 * Holds every script response until `release()` is called. Pages opened meanwhile are
 * awaited only to DOMContentLoaded: a script the page adds before its load event (on a busy
 * machine the first frame can come that late) holds the load event too.
 */
async function holdScripts(page: Page): Promise<{ release: () => void }> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\.js(\?|$)/, (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    release: () => {
      released = true;
      for (const route of held.splice(0)) void route.continue();
    },
  };
}

const HELD = { waitUntil: 'domcontentloaded' } as const;

/** Counts, in the page, the layout shifts the learner did not cause. */
const countLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** Layout shifts the learner did not cause, from the page's own count. */
const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

const CASES = [
  { code: 'en-GB', how: '', dir: 'ltr' },
  { code: 'cy', how: '?lang=cy', dir: 'ltr' },
  { code: 'ar', how: 'earlier choice', dir: 'rtl' },
] as const;

for (const { code, how, dir } of CASES) {
  test(`the start screen shows and works before any script has loaded (${code})`, async ({ page }) => {
    const t = localeMessages(code);
    await countLayoutShifts(page);
    if (how === 'earlier choice') {
      // The language the learner chose on an earlier visit, kept on this device.
      await page.addInitScript((c) => localStorage.setItem('course:acupuncture_pain:lang', c), code);
    }
    const scripts = await holdScripts(page);
    await page.goto(`/web/${how.startsWith('?') ? how : ''}`, HELD);

    const root = page.locator(':root');
    await expect(root).toHaveAttribute('lang', code);
    await expect(root).toHaveAttribute('dir', dir);
    await expect(page).toHaveTitle(t['course.title']!);
    await expect(page.getByRole('heading', { level: 1, name: t['course.title'] })).toBeVisible();
    await expect(page.getByRole('heading', { name: t['start.learn'] })).toBeVisible();
    await expect(page.getByText(t['course.duration']!)).toBeVisible();
    const start = page.getByRole('link', { name: t['start.start'] });
    await expect(start).toBeVisible();
    // All this with the course's scripts held back: none has run.
    expect(await layoutShift(page)).toBe(0);

    // The learner presses Start before the scripts arrive: the course opens there once they do.
    await start.click();
    await expect(page).toHaveURL(/#\/endorphins$/);
    scripts.release();
    await expect(page.locator('main article.page h1')).toBeVisible();
    await expect(root).toHaveAttribute('lang', code);
    await expect(root).toHaveAttribute('dir', dir);
  });
}

test('the course takes over the start screen without a shift or a change of language', async ({ page }) => {
  const t = localeMessages('cy');
  await countLayoutShifts(page);
  const scripts = await holdScripts(page);
  await page.goto('/web/?lang=cy', HELD);
  const start = page.getByRole('link', { name: t['start.start'] });
  await expect(start).toBeVisible();
  const before = await page.locator('#app').evaluate((app) => (app as HTMLElement).innerText);
  // Marks the markup that came with the page, to see it replaced.
  await page.locator('#app main').evaluate((main) => (main.dataset.fromPage = ''));
  await start.focus();
  scripts.release();
  await expect(page.locator('#app main[data-from-page]')).toHaveCount(0);
  await expect(page.locator('#app main')).toBeVisible();
  // Taken over: focus stayed where it was, and the course's own controls respond.
  await expect(start).toBeFocused();
  await page.getByRole('button', { name: t['display.open'] }).click();
  await expect(page.getByRole('dialog', { name: t['display.heading'] })).toBeVisible();
  await page.getByRole('button', { name: t['display.done'] }).click();
  expect(await page.locator('#app').evaluate((app) => (app as HTMLElement).innerText)).toBe(before);
  expect(await layoutShift(page)).toBe(0);
  await expect(page.locator(':root')).toHaveAttribute('lang', 'cy');
});

test('a learner’s display settings and the system’s dark mode show from the first paint', async ({ page }) => {
  const t = localeMessages('en-GB');
  await page.emulateMedia({ colorScheme: 'dark' });
  // Larger text and wider line spacing, chosen on an earlier visit (kept on this device).
  await page.addInitScript(() => localStorage.setItem('course-comfort-settings', JSON.stringify({ v: 1, textSize: 150, lineSpacing: 'wide' })));
  const scripts = await holdScripts(page);
  await page.goto('/web/', HELD);
  const root = page.locator(':root');
  await expect(page.getByRole('link', { name: t['start.start'] })).toBeVisible();
  const attributes = () => root.evaluate((html) => ['data-theme', 'data-text-size', 'data-line-spacing'].map((a) => html.getAttribute(a)));
  expect(await attributes()).toEqual(['dark', '150', 'wide']);
  await page.locator('#app main').evaluate((main) => (main.dataset.fromPage = ''));
  scripts.release();
  await expect(page.locator('#app main[data-from-page]')).toHaveCount(0);
  await expect(page.locator('#app main')).toBeVisible();
  expect(await attributes()).toEqual(['dark', '150', 'wide']);
});

test('a language picked on the start screen before the scripts arrive is shown at once and kept', async ({ page }) => {
  const cy = localeMessages('cy');
  const scripts = await holdScripts(page);
  await page.goto('/web/', HELD);
  const root = page.locator(':root');
  await expect(root).toHaveAttribute('lang', 'en-GB');
  // By keyboard, as on the course's own picker.
  await page.locator('#language-picker').selectOption('cy');
  await expect(root).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1, name: cy['course.title'] })).toBeVisible();
  await expect(page.locator('#language-picker')).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('course:acupuncture_pain:lang'))).toBe('cy');
  // And back again, to the language the page came with.
  const en = localeMessages('en-GB');
  await page.locator('#language-picker').selectOption('en-GB');
  await expect(page.getByRole('heading', { level: 1, name: en['course.title'] })).toBeVisible();
  await page.locator('#language-picker').selectOption('cy');
  scripts.release();
  // The course, once it takes over, stays in the language the learner picked.
  await laterPartsIn(page);
  await expect(page.getByRole('button', { name: cy['display.open'] })).toBeVisible();
  await expect(root).toHaveAttribute('lang', 'cy');
  await expect(page.locator('#language-picker')).toHaveValue('cy');
});

test('a learner coming back to the standalone course is not offered “Start” before the course offers “Continue”', async ({ page }) => {
  const en = localeMessages('en-GB');
  await page.goto('/web/');
  await page.getByRole('link', { name: en['start.start'] }).click();
  await expect(page.locator('main article.page h1')).toBeVisible();
  await laterPartsIn(page);
  // Back to the start screen on a later visit, with the scripts slow to arrive.
  await page.goto('about:blank');
  const scripts = await holdScripts(page);
  await page.goto('/web/', HELD);
  await expect(page.getByRole('heading', { level: 1, name: en['course.title'] })).toBeVisible();
  await expect(page.getByRole('link', { name: en['start.start'] })).toBeHidden();
  scripts.release();
  await expect(page.getByRole('link', { name: en['start.continue'] })).toBeVisible();
});
