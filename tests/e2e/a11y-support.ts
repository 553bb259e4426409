// Shared by the accessibility specs (a11y-*.spec.ts): comfort settings set before the
// course loads, axe with the WCAG 2.2 A/AA tags, and a walk through the standalone
// course that stops at every page and quiz state. The walk uses the course's markup
// (the pager, the quiz form), not its words, so it works in every locale.
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { ComfortSettings } from '../../src/display/comfort.svelte';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const STORAGE_KEY = 'course-comfort-settings';

/** Locale codes a learner can have: every locale file but pseudo-locales (en-XA). */
export const LOCALES = readdirSync('locales')
  .filter((f) => f.endsWith('.json'))
  .filter((f) => !(JSON.parse(readFileSync(`locales/${f}`, 'utf8')) as { _meta?: { pseudo?: boolean } })._meta?.pseudo)
  .map((f) => f.replace(/\.json$/, ''));

/** Sets comfort settings in storage before any page script runs. */
export async function useComfort(page: Page, settings: Partial<ComfortSettings>): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // Only on the first load of the test, so a test can still change them later.
      if (!sessionStorage.getItem('comfort-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('comfort-seeded', '1');
      }
    },
    [STORAGE_KEY, JSON.stringify({ v: 1, ...settings })] as const,
  );
}

/** axe's WCAG 2.2 A/AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces what withTags() sets, so the tags go in here.
  const { violations } = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const courseUrl = (locale: string, hash = '') => `/web/${locale === 'en-GB' ? '' : `?lang=${locale}`}${hash}`;

/** Moves to a route in the page (no reload) and waits for its heading to take focus. */
export async function go(page: Page, hash: string): Promise<void> {
  const moved = await page.evaluate((h) => {
    if (location.hash === h) return false;
    (document.activeElement as HTMLElement | null)?.blur();
    location.hash = h;
    return true;
  }, hash);
  if (moved) await expect(page.locator('main h1')).toBeFocused();
  else await expect(page.locator('main h1')).toBeVisible();
}

/** Chooses the first option of every group (a sort question has one group per item). */
export async function chooseFirstOptions(page: Page): Promise<void> {
  const form = page.locator('.quiz form');
  const names = await form.locator('input').evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
  for (const name of names) await form.locator(`input[name="${name}"]`).first().check();
}

export type Visit = (state: string) => Promise<void>;

/**
 * Answers the quiz on this page, calling `visit` in each state: the first question before
 * its answer and with an empty answer (the error), every question's feedback (the
 * question is still shown, locked, with the feedback under it), and the result. Without
 * feedback (the final check), every question before its answer.
 */
export async function walkQuiz(page: Page, visit: Visit, { feedback = true } = {}): Promise<void> {
  const form = page.locator('.quiz form');
  const submit = form.locator('button[type="submit"]');
  const result = page.locator('.quiz .result');
  for (let n = 1; await form.count(); n++) {
    if (n === 1 || !feedback) await visit(`question ${n}`);
    if (n === 1) {
      await submit.click();
      await expect(form.locator('.error')).toBeVisible();
      await visit(`question ${n}, nothing chosen`);
    }
    const prompt = await form.locator('legend').first().textContent();
    await chooseFirstOptions(page);
    await submit.click();
    if (feedback) {
      await expect(form.locator('.feedback .box')).toBeVisible();
      await visit(`question ${n}, feedback`);
      await submit.click();
    }
    // The next question, or the result.
    await expect(async () => {
      const done = (await result.count()) > 0;
      expect(done || (await form.locator('legend').first().textContent()) !== prompt).toBe(true);
    }).toPass({ intervals: [50] });
  }
  await expect(result).toBeVisible();
  await visit('result');
}

/** Every page of one module from its first, with every state of its quiz and activities. */
export async function walkModule(page: Page, moduleId: string, visit: Visit): Promise<number> {
  await go(page, `#/${moduleId}`);
  let pages = 0;
  for (;;) {
    pages++;
    const pageId = await page.locator('article[data-page]').getAttribute('data-page');
    const label = `${moduleId}/${pageId}`;
    await visit(label);
    if (await page.locator('.quiz form').count()) await walkQuiz(page, (s) => visit(`${label}: ${s}`));
    // An activity in use: tick its first box, if it has one (the plan opens more questions).
    const box = page.locator('article input[type="checkbox"]').first();
    if (await box.count()) {
      await box.check();
      await visit(`${label}: in use`);
    }
    const next = page.locator('nav.pager a.button').last();
    const href = await next.getAttribute('href');
    if (href === '#/menu') return pages;
    await next.click();
    await expect(page.locator('article[data-page]')).not.toHaveAttribute('data-page', pageId!);
  }
}

/** The course's module ids, in menu order. */
export async function moduleIds(page: Page): Promise<string[]> {
  await go(page, '#/menu');
  const hrefs = await page.locator('ol.modules li.module:not(.final) a.button').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace(/^#\//, ''));
}

/** Largest overflow to the side, in CSS px (0 when nothing scrolls sideways). */
export const sideOverflow = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);

/**
 * The WCAG 1.4.12 text-spacing test: line height 1.5, paragraph spacing 2em, letter
 * spacing 0.12em and word spacing 0.16em, forced on every element.
 */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Elements whose text is cut off (overflow clipped) once spacing grows. */
export const clippedText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        if (el.closest('.visually-hidden, [hidden], svg, dialog:not([open])') || !el.checkVisibility()) return false;
        const style = getComputedStyle(el);
        const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
        return (clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.textContent?.trim().slice(0, 40)}`),
  );

/**
 * Every page and state of the English course, in order: the start screen, each module
 * (walkModule), the final check's intro, questions and result, the summary, the
 * statement, the menu, and last the Display dialog, left open.
 */
export async function walkCourse(page: Page, visit: Visit): Promise<void> {
  await page.goto(courseUrl('en-GB'));
  await expect(page.locator('main h1')).toBeVisible();
  await visit('start');
  for (const id of await moduleIds(page)) await walkModule(page, id, visit);
  await go(page, '#/assessment');
  await visit('final check');
  await page.locator('main button.button').click();
  await walkQuiz(page, (s) => visit(`final check: ${s}`), { feedback: false });
  for (const hash of ['#/summary', '#/accessibility', '#/menu']) {
    await go(page, hash);
    await visit(hash);
  }
  await page.locator('.display-button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await visit('Display dialog');
}
