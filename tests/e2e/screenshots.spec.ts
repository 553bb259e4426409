// Screenshots of every page of the course, at a phone size (390x844) and a laptop size
// (1366x768), into test-results/screenshots/<size>/ (English) and
// test-results/screenshots/<locale>/<size>/ (each translation), git-ignored, for people to
// look at; and on each, a check that nothing overflows sideways, in every language offered
// (Welsh runs long, Arabic right to left). The course runs on its own (/web/),
// full-window, as a learner opens it outside an LMS frame.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, answerCurrent, chooseAnswer, currentPrompt, useActivity } from './fixtures';
import { loadCourse } from './course-data';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

/** What sticks out past the right edge, named well enough to find (empty when nothing). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList]
        .filter((c) => !c.startsWith('svelte-'))
        .map((c) => `.${c}`)
        .join('')}`;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
    // The outermost ones only: their children stick out with them.
    const outer = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)));
    return [
      `scrollWidth ${document.documentElement.scrollWidth} > ${width}`,
      ...outer.slice(0, 5).map((el) => `${name(el)} right=${Math.round(el.getBoundingClientRect().right)}`),
    ];
  });

const SOURCE = 'en-GB';
const LOCALES = [SOURCE, 'cy', 'ar'];

for (const locale of LOCALES) {
  for (const size of SIZES) {
    const label = `${size.width}x${size.height}`;
    const inLocale = locale === SOURCE ? '' : `${locale}: `;
    test.describe(`${inLocale}${label}`, () => {
      test.use({ viewport: size });

      test(`${inLocale}screenshots of every page at ${label}, none overflowing`, async ({ page }) => {
        test.setTimeout(240_000);
        const data = await loadCourse(locale);
        const dir = `test-results/screenshots/${locale === SOURCE ? '' : `${locale}/`}${label}`;
        mkdirSync(dir, { recursive: true });
        let n = 0;
        const problems: string[] = [];
        const visited = new Set<string>();
        const shot = async (name: string) => {
          const file = `${String(++n).padStart(3, '0')}-${name}.png`;
          visited.add(await page.evaluate(() => location.hash || '#/'));
          // No hover effect from the last click.
          await page.mouse.move(0, 0);
          const over = await overflowing(page);
          if (over.length) problems.push(`${file}: ${over.join('; ')}`);
          await page.screenshot({ path: `${dir}/${file}`, fullPage: true, animations: 'disabled', caret: 'hide' });
        };
        const heading = (text: string) => expect(page.locator('h1')).toHaveText(text);
        const goTo = async (hash: string) => {
          await page.evaluate((h) => (location.hash = h), hash);
        };

        // A first visit: the start screen, the menu, the final check still locked.
        await page.goto(locale === SOURCE ? '/web/' : `/web/?lang=${locale}`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await heading(data.t(data.course.title));
        await shot('start');
        await goTo('#/menu');
        await heading(data.t('menu.heading'));
        await shot('menu-new');
        await goTo('#/assessment');
        await expect(page.getByText(data.t('assessment.locked'))).toBeVisible();
        await shot('assessment-locked');
        await goTo('#/menu');

        for (const [i, m] of data.modules.entries()) {
          await page.locator('li.module').nth(i).getByRole('link').click();
          for (const [j, p] of m.pages.entries()) {
            const name = `m${i + 1}-${m.id}-${p.id}`;
            await heading(data.t(p.heading));
            await shot(name);
            if (p.kind === 'activity') {
              await useActivity(page, data);
              await shot(`${name}-used`);
              if (await page.locator('.relief-plan-sheet').count()) {
                await page.emulateMedia({ media: 'print' });
                await shot(`${name}-print`);
                await page.emulateMedia({ media: 'screen' });
              }
            }
            if (p.kind === 'quiz') {
              for (let q = 1; q <= p.questions.length; q++) {
                if (q > 1) await shot(`${name}-q${q}`);
                // The first answer wrong, to show that feedback too; the rest right.
                await answerCurrent(page, data, q === 1 ? 'wrong' : 'right', q);
                await page.getByRole('button', { name: data.t('quiz.check') }).click();
                await expect(page.locator('.feedback .box')).toBeVisible();
                await shot(`${name}-q${q}-feedback-${q === 1 ? 'wrong' : 'right'}`);
                const last = q === p.questions.length;
                await page.getByRole('button', { name: data.t(last ? 'quiz.seeResult' : 'quiz.nextQuestion') }).click();
              }
              await expect(page.getByRole('heading', { name: data.t('quiz.resultHeading') })).toBeVisible();
              await shot(`${name}-result`);
            }
            const lastPage = j === m.pages.length - 1;
            await page
              .getByRole('navigation', { name: data.t('page.navLabel') })
              .getByRole('link', { name: data.t(lastPage ? 'page.finish' : 'page.next') })
              .click();
          }
          await heading(data.t('menu.heading'));
          if (i === 0) await shot('menu-one-done');
        }
        await shot('menu-all-done');

        // The final check: intro, a question, a failed result, then a pass.
        await page.locator('li.module.final').getByRole('link').click();
        await heading(data.t('assessment.title'));
        await shot('assessment-intro');
        await page.getByRole('button', { name: data.t('assessment.start') }).click();
        const total = data.course.settings.assessmentQuestions;
        for (let q = 1; q <= total; q++) {
          const key = data.answerFor(await currentPrompt(page, q, data));
          if (q === 1) await shot('assessment-q1');
          // Wrong on the first and third parts: a fail, with parts to look at again.
          await chooseAnswer(page, key[key.moduleId === data.modules[0]!.id || key.moduleId === data.modules[2]!.id ? 'wrong' : 'right']);
          if (q === 1) await shot('assessment-q1-chosen');
          await page.getByRole('button', { name: data.t('quiz.submit') }).click();
        }
        await expect(page.getByRole('heading', { name: data.t('quiz.resultHeading') })).toBeVisible();
        await shot('assessment-result-failed');
        await page.getByRole('button', { name: data.t('assessment.tryAgain') }).click();
        for (let q = 1; q <= total; q++) {
          await answerCurrent(page, data, 'right', q);
          await page.getByRole('button', { name: data.t('quiz.submit') }).click();
        }
        await expect(page.getByText(data.t('assessment.passed'))).toBeVisible();
        await shot('assessment-result-passed');
        await goTo('#/menu');
        await heading(data.t('menu.heading'));
        await shot('menu-passed');

        // Any other page the menu links to (beyond the modules and the final check).
        const modules = new Set(data.modules.map((m) => m.id));
        const others = (await page.locator('main a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).filter(
          (h) => !visited.has(h) && !modules.has(h.split('/')[1]!),
        );
        for (const hash of [...new Set(others)]) {
          await goTo(hash);
          await expect(page.locator('h1')).not.toHaveText(data.t('menu.heading'));
          await shot(`extra-${hash.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`);
        }

        // Coming back later.
        await goTo('#/');
        await page.reload();
        await expect(page.getByRole('link', { name: data.t('start.continue') })).toBeVisible();
        await heading(data.t(data.course.title));
        await shot('start-returning');

        console.log(`${inLocale}${label}: ${n} screenshots in ${dir}`);
        expect(problems, 'pages that overflow sideways').toEqual([]);
      });
    });
  }
}
