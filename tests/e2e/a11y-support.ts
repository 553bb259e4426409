// Shared by the accessibility specs (a11y-*.spec.ts, states.spec.ts): comfort settings
// set before the course loads, axe with the WCAG 2.2 A/AA tags, and the measures taken in
// each state of the course (the walk itself is walk.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
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

/** The axe-core that @axe-core/playwright itself runs, so both paths give the same answers. */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The WCAG 2.2 A/AA rules whose result can change with colours alone: text contrast, and a
 * link in a block of text told apart by colour. Between two colour themes nothing else
 * differs (the same page, the same layout), so the other rules would only repeat themselves.
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe's WCAG 2.2 A/AA violations on the page as it is now, frames included, one line each
 * (`only`: just these rules).
 *
 * axe is put into each frame once and run in place from the top document, which reaches
 * into the frames as AxeBuilder does. AxeBuilder itself opens a blank page for every
 * analysis to join the frames' results: 8-11 s a call on the 2-core machine against
 * 0.3-0.7 s (axe-check.spec.ts proves the two agree, with and without frames).
 */
export async function axeViolations(page: Page, only?: readonly string[]): Promise<string[]> {
  // options() replaces what withTags() sets, so the tags go in here.
  const options: RunOptions = {
    runOnly: only ? { type: 'rule', values: [...only] } : { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  };
  for (const frame of page.frames()) {
    // Evaluated, not added as a script tag: a page's Content-Security-Policy (the studio's)
    // would refuse an inline script.
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(`${AXE_SOURCE}\n;void 0`);
  }
  const { violations } = await page.evaluate(
    (o) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, o),
    options,
  );
  return violations.map(violationLine);
}

/**
 * The whole page, below the fold too, as a PNG in `path`, for people to look at.
 * (Playwright's own, not the DevTools protocol's Page.captureScreenshot straight: that was
 * a third quicker, but once in a fresh-clone run it never answered.)
 */
export const fullPageScreenshot = (page: Page, path: string) => page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });

/** One axe violation as one line: rule, impact, what it asks, and where. */
export const violationLine = (v: AxeResults['violations'][number]) =>
  `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;

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
        // A one-line text box scrolls its own words sideways as the caret moves: the text
        // is reachable, not lost (WCAG 1.4.12 asks that no content or function is lost).
        if (el instanceof HTMLInputElement) return false;
        const style = getComputedStyle(el);
        const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
        return (clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.textContent?.trim().slice(0, 40)}`),
  );

interface Structure {
  banners: number;
  mains: number;
  navs: number;
  h1s: number;
  skips: string[];
  small: string[];
}

/** Landmarks, headings and target sizes, as a screen reader or switch user meets them. */
export const structure = (page: Page): Promise<Structure> =>
  page.evaluate(() => {
    const visible = (el: Element) => el.checkVisibility() && !el.closest('[aria-hidden="true"], .visually-hidden');
    // Outside dialogs: the page itself.
    const inPage = (el: Element) => visible(el) && !el.closest('dialog');
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(inPage);
    const skips: string[] = [];
    let level = 0;
    for (const h of headings) {
      const n = Number(h.tagName[1]);
      if (n > level + 1) skips.push(`h${level} then h${n} "${h.textContent?.trim()}"`);
      level = n;
    }
    const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter(visible);
    const small = controls
      .filter((el) => {
        const style = getComputedStyle(el);
        // A link in a sentence is exempt (2.5.8 "inline").
        if (el.tagName === 'A' && style.display === 'inline' && el.parentElement?.closest('p, li')) return false;
        const r = el.getBoundingClientRect();
        return r.width < 24 || r.height < 24;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`;
      });
    return {
      banners: document.querySelectorAll('header:not(main header, article header, section header), [role="banner"]').length,
      mains: document.querySelectorAll('main, [role="main"]').length,
      navs: [...document.querySelectorAll('nav, [role="navigation"]')].filter(visible).length,
      h1s: headings.filter((h) => h.tagName === 'H1').length,
      skips,
      small,
    };
  });

/**
 * What is wrong with the structure of the state on screen (empty when nothing): one
 * banner and one main (and the pager's navigation on module pages), one h1, headings
 * that never skip a level, targets at least 24 x 24 CSS px (inline links in text
 * excepted, as WCAG 2.5.8 allows), and feedback said once, from one live region.
 */
export async function structureProblems(page: Page): Promise<Record<string, unknown>> {
  const s = await structure(page);
  const modulePage = (await page.locator('article[data-page]').count()) > 0;
  const wrong: Record<string, unknown> = {
    ...(s.banners !== 1 && { banners: s.banners }),
    ...(s.mains !== 1 && { mains: s.mains }),
    ...(modulePage && s.navs < 1 && { navs: s.navs }),
    ...(s.h1s !== 1 && { h1s: s.h1s }),
    ...(s.skips.length && { skips: s.skips }),
    ...(s.small.length && { small: s.small }),
  };
  // Feedback is said once: it is in one live region, registered before it was filled.
  const feedback = page.locator('.quiz .feedback .box');
  if (await feedback.count()) {
    const verdict = (await feedback.locator('.verdict').textContent())!.trim();
    const speakers = await page.evaluate(
      (text) =>
        [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter(
          (r) => r.getAttribute('aria-live') !== 'off' && r.textContent?.includes(text),
        ).length,
      verdict,
    );
    if (speakers !== 1) wrong['live regions saying the feedback'] = speakers;
  }
  return wrong;
}
