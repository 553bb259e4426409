// Every state of the course (walk.ts), walked once per language, with the checks that
// need each state hooked into that one walk. At each state the page is shown in each of the
// language's views in turn (a screen size, a colour theme, text at 200%, WCAG text
// spacing) and each view's checks run; the views differ only in CSS (the viewport and the
// attributes the Display settings put on <html>, see applyToDocument), so one walk serves
// them all rather than one walk each:
// - overflow: nothing scrolls sideways (WCAG 1.4.10 reflow at 320 CSS px and at 400% zoom
//   of 1280 x 1024, 1.4.4 text at 200%, a phone with text at 200%, and the phone and laptop
//   sizes in every language: Welsh runs long, Arabic right to left); the Display dialog
//   scrolls inside itself, not sideways;
// - text spacing (1.4.12) at 320 px: no overflow and no text cut off;
// - axe (WCAG 2.0-2.2 A/AA): every state in English in the default theme, and in the dark
//   and a tinted theme the rules colours decide (AXE_COLOUR_RULES: nothing else changes
//   with a theme; the first state runs every rule in them too); in the other languages
//   (layout, direction and language change there, colours do not) one of each kind of
//   page and state;
// - structure (landmarks, one h1, headings in order, target sizes, feedback said once);
// - screenshots, for people to look at, into test-results/screenshots/<size>/ (English)
//   and test-results/screenshots/<locale>/<size>/.
// Zero problems in every state.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Theme } from '../../src/display/comfort.svelte';
import { test, expect } from './fixtures';
import { loadCourse } from './course-data';
import { AXE_COLOUR_RULES, TEXT_SPACING_CSS, axeViolations, clippedText, fullPageScreenshot, sideOverflow, structureProblems } from './a11y-support';
import { walkCourse, type State } from './walk';

type Check = 'overflow' | 'spacing' | 'axe' | 'axe (colours)' | 'axe (sampled)' | 'structure' | 'screenshots';

/** One way of showing each state, and what is checked in it. */
interface View {
  size: { width: number; height: number };
  /** What the view is about, when more than its size and theme. */
  case?: string;
  theme?: Theme;
  textSize?: 200;
  /** The WCAG 1.4.12 text-spacing overrides. */
  spacing?: true;
  checks: Check[];
}

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const REFLOW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 720 };

// Views of one size follow each other, so the viewport changes as little as it can.
const WALKS: { locale: string; views: View[] }[] = [
  {
    locale: 'en-GB',
    views: [
      { size: DESKTOP, checks: ['axe', 'structure', 'overflow'] },
      // The themes change colours only: axe's colour rules, and the first state with every rule.
      { size: DESKTOP, theme: 'dark', checks: ['axe (colours)', 'overflow'] },
      { size: DESKTOP, theme: 'cream', checks: ['axe (colours)', 'overflow'] },
      { size: { width: 1280, height: 800 }, case: 'text at 200%', textSize: 200, checks: ['overflow'] },
      { size: LAPTOP, checks: ['screenshots', 'overflow'] },
      { size: PHONE, checks: ['screenshots', 'overflow'] },
      // Beyond WCAG (which asks for 200% text, or reflow at 320 px, not both), but how many
      // learners use a phone.
      { size: PHONE, case: 'a phone with text at 200%', textSize: 200, checks: ['overflow'] },
      { size: REFLOW, case: 'reflow at 320 CSS px', checks: ['overflow'] },
      { size: REFLOW, case: 'WCAG 1.4.12 text spacing at 320 px', spacing: true, checks: ['spacing'] },
      { size: { width: 320, height: 256 }, case: '400% zoom of 1280 x 1024', checks: ['overflow'] },
    ],
  },
  ...['cy', 'ar'].map((locale) => ({
    locale,
    views: [
      { size: LAPTOP, checks: ['screenshots', 'overflow', 'axe (sampled)'] as Check[] },
      { size: PHONE, checks: ['screenshots', 'overflow'] as Check[] },
    ],
  })),
];

const sizeName = (v: View) => `${v.size.width}x${v.size.height}`;
const viewName = (v: View) => [sizeName(v), v.theme && `${v.theme} theme`, v.case].filter(Boolean).join(', ');

/** The look last put on each page by show() (the walk's own page changes never touch it). */
const shown = new WeakMap<Page, string>();

/** Shows the page as `view` does: its viewport, and the attributes Display settings would set. */
async function show(page: Page, view: View): Promise<void> {
  const now = page.viewportSize();
  if (now?.width !== view.size.width || now.height !== view.size.height) await page.setViewportSize(view.size);
  const look = JSON.stringify([view.theme, view.textSize, view.spacing]);
  if (shown.get(page) === look) return;
  shown.set(page, look);
  await page.evaluate(
    ({ theme, textSize, spacing, css }) => {
      const root = document.documentElement;
      const set = (name: string, value: string | undefined) => (value ? root.setAttribute(name, value) : root.removeAttribute(name));
      set('data-theme', theme);
      set('data-text-size', textSize ? String(textSize) : undefined);
      let style = document.getElementById('test-text-spacing');
      if (spacing && !style) {
        style = Object.assign(document.createElement('style'), { id: 'test-text-spacing', textContent: css });
        document.head.append(style);
      } else if (!spacing) style?.remove();
      // Nothing to wait for: the layout is CSS alone (no script measures the page), and
      // reading a size lays the page out again.
    },
    { theme: view.theme, textSize: view.textSize, spacing: view.spacing, css: TEXT_SPACING_CSS },
  );
}

/** One of each kind of page and state, for axe in the languages beyond English. */
function sampled(s: State, data: { modules: { id: string }[] }): boolean {
  if (!s.module) return !(s.name.startsWith('final check: q') && (s.question ?? 1) > 1);
  return (
    s.module === data.modules[0]!.id || (s.module === 'active' && s.page === 'check') || s.kind === 'in use' || `${s.module}/${s.page}` === 'expect/timeline'
  );
}

/** What sticks out past the right edge, named well enough to find (empty when nothing). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList]
        .filter((c) => !c.startsWith('svelte-'))
        .map((c) => `.${c}`)
        .join('')}`;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    // The outermost ones only: their children stick out with them.
    const outer = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)));
    return outer.slice(0, 5).map((el) => `${name(el)} right=${Math.round(el.getBoundingClientRect().right)}`);
  });

const slug = (name: string) =>
  name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

for (const walk of WALKS) {
  test(`every state of the course in ${walk.locale}, in ${walk.views.length} views`, async ({ page }, testInfo) => {
    // Minutes on a busy machine (axe takes up to a few seconds a state), so a generous limit.
    test.setTimeout(900_000);
    await page.setViewportSize(walk.views[0]!.size);
    const data = await loadCourse(walk.locale);
    const dir = (v: View) => `test-results/screenshots/${walk.locale === 'en-GB' ? '' : `${walk.locale}/`}${sizeName(v)}`;
    for (const v of walk.views) if (v.checks.includes('screenshots')) mkdirSync(dir(v), { recursive: true });

    const problems: Record<string, Record<string, unknown>> = {};
    const counts: Record<string, Partial<Record<Check, number>>> = {};
    let states = 0;
    let plainBackground: string | undefined;

    await walkCourse(page, data, async (state) => {
      states++;
      const onScreen = state.kind !== 'print';
      for (const view of walk.views) {
        await show(page, view);
        const where = `${state.name} (${viewName(view)})`;
        const found = (check: string, what: unknown) => ((problems[where] ??= {})[check] = what);
        const count = (check: Check) => ((counts[viewName(view)] ??= {})[check] = (counts[viewName(view)]?.[check] ?? 0) + 1);
        if (states === 1) {
          // The view really applies: its theme's colours, its text size, its spacing.
          const look = await page.locator('main h1').evaluate((h) => ({
            background: getComputedStyle(document.documentElement).backgroundColor,
            rootSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
            letterSpacing: getComputedStyle(h).letterSpacing,
          }));
          expect(look.rootSize, `${viewName(view)}: text size`).toBe(view.textSize ? 32 : 16);
          if (view.spacing) expect(look.letterSpacing, `${viewName(view)}: letter spacing`).not.toBe('normal');
          if (!view.theme) plainBackground ??= look.background;
          else expect(look.background, `the ${view.theme} theme`).not.toBe(plainBackground);
        }
        for (const check of view.checks) {
          if (check === 'overflow' || check === 'spacing') {
            count(check);
            const px = await sideOverflow(page);
            if (px > 0) found('scrolls sideways (px)', { px, what: await overflowing(page) });
            // A dialog scrolls inside itself rather than the page sideways.
            if (state.kind === 'dialog') {
              const inDialog = await page.getByRole('dialog').evaluate((d) => d.scrollWidth - d.clientWidth);
              if (inDialog > 0) found('dialog scrolls sideways (px)', inDialog);
            }
            if (check === 'spacing') {
              const clipped = await clippedText(page);
              if (clipped.length) found('text cut off', clipped);
            }
          } else if (check === 'screenshots') {
            count(check);
            await fullPageScreenshot(page, `${dir(view)}/${String(states).padStart(3, '0')}-${slug(state.name)}.png`);
          } else if (onScreen && (check === 'axe' || check === 'axe (colours)' || (check === 'axe (sampled)' && sampled(state, data)))) {
            count(check);
            const violations = await axeViolations(page, check === 'axe (colours)' && states > 1 ? AXE_COLOUR_RULES : undefined);
            if (violations.length) found('axe', violations);
          } else if (onScreen && check === 'structure') {
            count(check);
            const wrong = await structureProblems(page);
            if (Object.keys(wrong).length) found('structure', wrong);
            if (state.kind === 'dialog') {
              // The dialog has its own heading, and it is named by it.
              await expect(page.getByRole('dialog', { name: data.t('display.heading') }).getByRole('heading', { level: 2 })).toBeVisible();
            }
          }
        }
      }
      // The walk goes on as the first view shows it.
      await show(page, walk.views[0]!);
    });

    const lines = Object.entries(counts).map(
      ([view, n]) =>
        `${walk.locale}, ${view}: ${states} states; ${Object.entries(n)
          .map(([c, k]) => `${c} ${k}`)
          .join(', ')}`,
    );
    console.log(`${lines.join('\n')}\n${walk.locale}: ${Object.keys(problems).length} state views with problems`);
    for (const line of lines) testInfo.annotations.push({ type: 'states', description: line });
    expect(problems).toEqual({});
  });
}
