// Languages end to end: Arabic laid out right to left (screenshots to look at in
// test-results/languages/); a change of language in the middle of a module; the LMS's
// learner preference on first launch; numbers as Intl formats them for the language.
// (The whole course in Welsh and in Arabic, tracked as an English run is:
// full-course.spec.ts. Sideways overflow on every page in every language: states.spec.ts.)
import { mkdirSync } from 'node:fs';
import type { FrameLocator } from '@playwright/test';
import { test, expect, openPreview, apiErrors, cmi, completeModulesFast, courseFrame, answerCurrent, fillPlan, pickLanguage, type Version } from './fixtures';
import { loadCourse, squash } from './course-data';
import { trackedData } from './tracked';

const VERSIONS: Version[] = ['1.2', '2004'];
const SHOTS = 'test-results/languages';

for (const version of VERSIONS) {
  test(`SCORM ${version}: the LMS's learner preference (cy) chooses Welsh on the first launch`, async ({ page }) => {
    const cy = await loadCourse('cy');
    // The preview's ?lang= presets the LMS's learner preference; the course's own address has none.
    const course = await openPreview(page, version, '&lang=cy');
    const lms = await cmi(page);
    expect(lms[version === '1.2' ? 'cmi.student_preference.language' : 'cmi.learner_preference.language']).toBe('cy');
    expect(
      await courseFrame(page)
        .locator(':root')
        .evaluate(() => location.search),
    ).not.toContain('lang=');
    await expect(course.locator(':root')).toHaveAttribute('lang', 'cy');
    await expect(course.locator(':root')).toHaveAttribute('dir', 'ltr');
    await expect(course.locator('h1')).toHaveText(cy.t(cy.course.title));
    await expect(course.getByRole('link', { name: cy.t('start.start') })).toBeVisible();
    await expect(course.getByRole('combobox', { name: cy.t('app.language') })).toHaveValue('cy');
  });
}

/** The plan on screen as its controls hold it (values and ids, never the words). */
const planState = (scope: FrameLocator) =>
  scope.locator('.builder').evaluate((builder) =>
    // Names start with the component's own id (new on each visit): left out.
    [...builder.querySelectorAll('input')].map((i) => `${i.type}:${i.name.replace(/^[^-]*-/, '')}:${i.value}:${i.type === 'text' ? i.value : i.checked}`),
  );

test('SCORM 2004: changing language in the menu mid-module keeps the page, the answers and the plan', async ({ page }) => {
  test.setTimeout(180_000);
  const en = await loadCourse();
  const cy = await loadCourse('cy');
  const relief = en.modules.find((m) => m.pages.some((p) => p.kind === 'activity' && p.id === 'plan'))!;
  const planPage = relief.pages.find((p) => p.id === 'plan')!;
  const first = en.modules[0]!;
  const course = await openPreview(page, '2004');
  await course.getByRole('link', { name: en.t('start.start') }).click();
  // The first module done (its check answered), then the plan module up to its plan.
  await completeModulesFast(course, en, [first.id]);
  await course.locator('li.module').nth(en.modules.indexOf(relief)).getByRole('link').click();
  for (const p of relief.pages) {
    await expect(course.locator('h1')).toHaveText(en.t(p.heading));
    if (p === planPage) break;
    await course
      .getByRole('navigation', { name: en.t('page.navLabel') })
      .getByRole('link', { name: en.t('page.next') })
      .click();
  }
  await fillPlan(course);
  const plan = await planState(course);
  expect(plan.some((s) => s.endsWith(':true'))).toBe(true);
  await expect.poll(async () => (await cmi(page))['cmi.location']).toContain(planPage.id);
  const before = await trackedData(page, '2004', en);
  expect(before.progress?.modules[relief.id]?.activities[planPage.id], 'plan saved').toBeTruthy();

  // The menu's language picker, in the middle of the module.
  await course.getByRole('link', { name: en.t('app.menu') }).click();
  await expect(course.locator('h1')).toHaveText(en.t('menu.heading'));
  await pickLanguage(course, en, 'cy');
  await expect(course.locator('h1')).toHaveText(cy.t('menu.heading'));
  await expect(course.locator('li.module').nth(0)).toHaveAttribute('data-status', 'done');
  await expect(course.locator('li.module').nth(en.modules.indexOf(relief))).toHaveAttribute('data-status', 'in-progress');

  // Back (the browser's button) to the page the learner left: the same page, in Welsh, with the same plan.
  await expect(course.locator('li.module').nth(en.modules.indexOf(relief)).getByRole('link')).toHaveText(cy.t('menu.action.continue'));
  await course.locator(':root').evaluate(() => history.back());
  await expect(course.locator('h1')).toHaveText(cy.t(planPage.heading));
  await expect(course.locator('.context .module-name')).toContainText(cy.t(relief.title));
  expect(await planState(course)).toEqual(plan);
  await expect(course.locator('.builder input[type="text"]')).toHaveValue(/^Walk to the/);

  // The first module's answers are still there: its check shows the result, in Welsh.
  const checkPage = first.pages.find((p) => p.kind === 'quiz')!;
  await course.locator(':root').evaluate((_r, hash) => (location.hash = hash), `#/${first.id}/${checkPage.id}`);
  await expect(course.getByRole('heading', { name: cy.t('quiz.resultHeading') })).toBeVisible();
  const n = checkPage.kind === 'quiz' ? checkPage.questions.length : 0;
  await expect(course.getByText(cy.t('quiz.checkScore', { right: n, total: n }))).toBeVisible();

  // Nothing tracked changed with the language.
  const after = await trackedData(page, '2004', cy);
  expect(after.ids).toEqual(before.ids);
  expect(after.answers).toEqual(before.answers);
  expect(after.progress?.modules[relief.id]?.activities).toEqual(before.progress?.modules[relief.id]?.activities);
  expect(after.progress?.modules[first.id]).toEqual(before.progress?.modules[first.id]);
  expect(await apiErrors(page)).toEqual([]);
});

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

for (const size of SIZES) {
  const label = `${size.width}x${size.height}`;
  test.describe(label, () => {
    test.use({ viewport: size });

    test(`ar at ${label}: right to left, mirrored (content page, sort question, plan), numbers as Intl gives them`, async ({ page }) => {
      test.setTimeout(180_000);
      const ar = await loadCourse('ar');
      mkdirSync(SHOTS, { recursive: true });
      const shot = async (name: string) => {
        await page.mouse.move(0, 0);
        await page.screenshot({ path: `${SHOTS}/ar-${label}-${name}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
      };
      const go = (hash: string) => page.evaluate((h) => (location.hash = h), hash);
      await page.goto('/web/?lang=ar');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1')).toHaveText(ar.t(ar.course.title));

      // A content page: the second page of the first module (Back and Next both there).
      const first = ar.modules[0]!;
      const content = first.pages[1]!;
      await go(`#/${first.id}/${content.id}`);
      await expect(page.locator('h1')).toHaveText(ar.t(content.heading));
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const main = await box('main');
      // Text starts at the right: the heading's right edge sits at the column's right.
      const h1 = await box('h1');
      expect(Math.abs(main.x + main.width - (h1.x + h1.width))).toBeLessThan(40);
      // Back is on the right, Next on the left, and the arrows point the way each goes.
      const pager = page.getByRole('navigation', { name: ar.t('page.navLabel') });
      const back = (await pager.getByRole('link', { name: ar.t('page.back') }).boundingBox())!;
      const next = (await pager.getByRole('link', { name: ar.t('page.next') }).boundingBox())!;
      expect(back.x).toBeGreaterThan(next.x);
      const flipped = await pager.locator('.arrow').evaluateAll((arrows) => arrows.map((a) => getComputedStyle(a).transform));
      expect(flipped).toEqual(flipped.map(() => 'matrix(-1, 0, 0, 1, 0, 0)'));
      // The progress bar fills from the right.
      const track = await box('.context .track');
      const fill = await box('.context .fill');
      expect(Math.abs(track.x + track.width - (fill.x + fill.width))).toBeLessThanOrEqual(2);
      expect(fill.width).toBeLessThan(track.width - 4);
      // Numbers as Intl formats them for the page's language, in the browser the learner uses.
      const [current, total] = await page.evaluate(
        (ns) => ns.map((n) => new Intl.NumberFormat(document.documentElement.lang).format(n)),
        [2, first.pages.length],
      );
      const progressText = page.locator('.context .progress .text');
      await expect(progressText).toHaveText(ar.t('page.progress', { current: 2, total: first.pages.length }));
      expect(squash((await progressText.textContent()) ?? '').match(/\p{Nd}+/gu)).toEqual([current, total]);
      await shot('content');

      // The sort question: its items and categories read from the right.
      const sortModule = ar.modules.find((m) => m.pages.some((p) => p.kind === 'quiz' && p.questions.some((q) => q.type === 'sort')))!;
      const sortCheck = sortModule.pages.find((p) => p.kind === 'quiz' && p.questions.some((q) => q.type === 'sort'))!;
      if (sortCheck.kind !== 'quiz') throw new Error('no sort question');
      await go(`#/${sortModule.id}/${sortCheck.id}`);
      const sortAt = sortCheck.questions.findIndex((q) => q.type === 'sort') + 1;
      for (let q = 1; q < sortAt; q++) {
        await answerCurrent(page, ar, 'right', q);
        await page.getByRole('button', { name: ar.t('quiz.check') }).click();
        await page.getByRole('button', { name: ar.t('quiz.nextQuestion') }).click();
      }
      await answerCurrent(page, ar, 'right', sortAt);
      await expect(page.locator('fieldset.question > legend .count')).toHaveText(ar.t('quiz.questionOf', { n: sortAt, total: sortCheck.questions.length }));
      const item = page.locator('fieldset.question fieldset.item').first();
      const legend = await item.locator('legend').boundingBox();
      const itemBox = await item.boundingBox();
      expect(Math.abs(itemBox!.x + itemBox!.width - (legend!.x + legend!.width))).toBeLessThan(40);
      const radios = item.locator('input[type="radio"]');
      const firstRadio = (await radios.first().boundingBox())!;
      const firstLabel = (await item.locator('label').first().boundingBox())!;
      // Each radio stands before (to the right of) its words.
      expect(firstRadio.x).toBeGreaterThan(firstLabel.x + firstLabel.width / 2 - firstRadio.width);
      await shot('sort');
      await page.getByRole('button', { name: ar.t('quiz.check') }).click();
      await expect(page.locator('.feedback .box')).toBeVisible();
      await shot('sort-feedback');

      // The plan, filled.
      const relief = ar.modules.find((m) => m.pages.some((p) => p.id === 'plan'))!;
      await go(`#/${relief.id}/plan`);
      await expect(page.locator('.builder')).toBeVisible();
      await fillPlan(page);
      const builder = await box('.builder');
      const check = await box('.builder input[type="checkbox"]');
      expect(check.x + check.width).toBeGreaterThan(builder.x + builder.width / 2);
      await shot('plan');
    });
  });
}
