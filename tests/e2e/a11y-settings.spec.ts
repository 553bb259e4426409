// Comfort settings in the browser: reduced motion and dark mode follow the system until
// the learner chooses; every choice reaches the page; they stay on this device and are
// never sent to the LMS.
import type { Page } from '@playwright/test';
import { test, expect, openPreview } from './fixtures';
import { STORAGE_KEY } from './a11y-support';
import { en } from './course-data';

/** Every running or possible transition and animation on the page, longer than 0.01 ms. */
const moving = (page: Page) =>
  page.evaluate(() => {
    const long = (list: string) => list.split(',').some((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000) > 0.01);
    return [...document.querySelectorAll('*')].flatMap((el) => {
      const s = getComputedStyle(el);
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      return [
        ...(s.transitionProperty !== 'none' && long(s.transitionDuration) ? [`${name}: transition ${s.transitionDuration}`] : []),
        ...(s.animationName !== 'none' && long(s.animationDuration) ? [`${name}: animation ${s.animationDuration}`] : []),
      ];
    });
  });

// The pathway's drawing has transitions (on steps) when motion is allowed.
const ANIMATED_PAGE = '/web/#/endorphins/pathway';

test('reduced motion: on when the system asks, and then nothing moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(ANIMATED_PAGE);
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  expect(await moving(page)).toEqual([]);
  await page.locator('.display-button').click();
  await expect(page.getByRole('checkbox', { name: en('display.motion') })).toBeChecked();
});

test('reduced motion: the learner can ask for it when the system does not', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(ANIMATED_PAGE);
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-motion');
  // Without it, the drawing does move (so the check below means something).
  expect((await moving(page)).length).toBeGreaterThan(0);
  await page.locator('.display-button').click();
  await page.getByRole('checkbox', { name: en('display.motion') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  expect(await moving(page)).toEqual([]);
});

test('dark mode follows the system until the learner chooses a colour', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/web/');
  await expect(page.locator('main h1')).toBeVisible();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(20, 24, 28)');
  // Live: the system switching back is followed too.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await background()).toBe('rgb(255, 255, 255)');
  // A learner's choice wins over the system's.
  await page.locator('.display-button').click();
  await page.getByRole('radio', { name: en('display.theme.cream') }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'cream');
  expect(await background()).toBe('rgb(253, 246, 227)');
});

test('every setting reaches the page', async ({ page }) => {
  await page.goto('/web/#/endorphins/what');
  const p = page.locator('article p').first();
  await expect(p).toBeVisible();
  const style = () =>
    p.evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontSize, line: s.lineHeight, letter: s.letterSpacing, family: s.fontFamily };
    });
  const standard = await style();
  await page.locator('.display-button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: '200%' }).check();
  await dialog
    .getByRole('radio', { name: en('display.spacing.wider') })
    .first()
    .check();
  await dialog
    .getByRole('radio', { name: en('display.spacing.wider') })
    .last()
    .check();
  const big = await style();
  expect(parseFloat(big.font)).toBeCloseTo(parseFloat(standard.font) * 2, 1);
  expect(parseFloat(big.line) / parseFloat(big.font)).toBeCloseTo(2.1, 1);
  expect(parseFloat(big.letter) / parseFloat(big.font)).toBeCloseTo(0.12, 2);

  await dialog
    .getByRole('radio', { name: en('display.spacing.standard') })
    .nth(1)
    .check();
  await dialog
    .getByRole('radio', { name: en('display.spacing.standard') })
    .nth(2)
    .check();
  await dialog.getByRole('checkbox', { name: en('display.dyslexia') }).check();
  const dyslexia = await style();
  expect(dyslexia.family).toMatch(/^Verdana/);
  // Wider spacing comes with it, and text is never slanted or justified.
  expect(parseFloat(dyslexia.line) / parseFloat(dyslexia.font)).toBeCloseTo(1.8, 1);
  expect(parseFloat(dyslexia.letter)).toBeGreaterThan(0);
  const slanted = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).fontStyle !== 'normal').length);
  expect(slanted).toBe(0);
});

test('settings stay on this device and are never sent to the LMS', async ({ page }) => {
  const course = await openPreview(page, '2004');
  await course.locator('.display-button').click();
  await course.getByRole('radio', { name: '175%' }).check();
  await course.getByRole('radio', { name: en('display.theme.yellow') }).check();
  await course.getByRole('button', { name: en('display.done') }).click();
  await course.getByRole('link', { name: en('start.start') }).click();
  await expect(course.locator('article h1')).toBeFocused();
  await expect(course.locator('html')).toHaveAttribute('data-theme', 'yellow');
  const stored = await course.locator('html').evaluate((_, key) => localStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(stored!)).toMatchObject({ textSize: 175, theme: 'yellow' });
  const sent = await page.evaluate(() => window.__preview!.calls.filter((c) => /SetValue/.test(c.method)).map((c) => c.args.join('=')));
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.filter((s) => /yellow|textSize|theme|comfort/i.test(s))).toEqual([]);
});
