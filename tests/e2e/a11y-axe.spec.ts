// axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page of every module, every
// state of every quiz (a question before its answer, the error for an empty answer, each
// question's feedback, the result), each activity in use, the final check (intro, each
// question, result), the summary, the accessibility statement, the menu and the Display
// dialog, in the default, dark and a tinted theme. In the other locales (layout,
// direction and language change there, colours do not), the default theme and one of
// each kind of page and state: a whole module, the sort question, each activity, the
// final check's intro, first question and result, and the shell's pages. Zero violations.
import { test, expect } from './fixtures';
import { axeViolations, courseUrl, go, LOCALES, moduleIds, useComfort, walkModule, walkQuiz } from './a11y-support';
import type { Theme } from '../../src/display/comfort.svelte';

const THEMES_CHECKED: Theme[] = ['default', 'dark', 'cream'];

/** One of each kind of page and state (see above). */
const sampled = (state: string) =>
  !state.includes('/')
    ? !/^final check: question ([2-9]|\d\d)/.test(state)
    : state.startsWith('endorphins/') || state.startsWith('active/check') || state.endsWith(': in use') || state === 'expect/timeline';

for (const locale of LOCALES) {
  for (const theme of locale === 'en-GB' ? THEMES_CHECKED : ['default' as const]) {
    const full = locale === 'en-GB';
    // Two halves, so two workers share each walk: the first half of the modules, the
    // summary, the statement and the Display dialog; then the rest of the modules and the
    // final check (walking the first half unchecked: it opens once every module is done).
    for (const half of [1, 2] as const) {
      const scope = `${full ? 'every page and state' : 'one of each kind of page and state'}, part ${half} of 2`;
      test(`axe: ${locale}, ${theme} theme: ${scope}`, async ({ page }, testInfo) => {
        // Minutes on a busy machine (a state takes 1 s to 9 s), so a generous limit.
        test.setTimeout(900_000);
        if (theme !== 'default') await useComfort(page, { theme });
        const checked: string[] = [];
        const problems: Record<string, string[]> = {};
        let checking = half === 1;
        const visit = async (state: string) => {
          if (!checking || (!full && !sampled(state))) return;
          checked.push(state);
          const found = await axeViolations(page);
          if (found.length) problems[state] = found;
        };

        await page.goto(courseUrl(locale));
        await expect(page.locator('main h1')).toBeVisible();
        if (theme === 'default') await expect(page.locator('html')).not.toHaveAttribute('data-theme');
        else await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await visit('start');

        const modules = await moduleIds(page);
        await visit('menu');
        const middle = Math.ceil(modules.length / 2);
        for (const [i, id] of modules.entries()) {
          if (half === 1 && i >= middle) break;
          checking = half === 1 || i >= middle;
          await walkModule(page, id, visit);
        }

        if (half === 1) {
          await go(page, '#/summary');
          await expect(page.locator('main .takeaway')).toHaveCount(modules.length);
          await visit('summary');
          await go(page, '#/accessibility');
          await visit('accessibility statement');
          await page.locator('.display-button').click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await visit('Display dialog');
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toBeHidden();
        } else {
          await go(page, '#/assessment');
          await visit('final check: intro');
          await page.locator('main button.button').click();
          await walkQuiz(page, (s) => visit(`final check: ${s}`), { feedback: false });
          await go(page, '#/menu');
          await visit('menu, all done');
        }

        const count = Object.values(problems).flat().length;
        const line = `axe ${locale} / ${theme} / part ${half}: ${checked.length} page states checked, ${count} violations`;
        console.log(line);
        testInfo.annotations.push({ type: 'axe', description: line });
        expect(problems).toEqual({});
      });
    }
  }
}
