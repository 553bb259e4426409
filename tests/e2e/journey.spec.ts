// The patient's journey (issue 13): what a learner meets on the way through, acted out as
// the learner would, in both SCORM versions where the LMS is involved.
import {
  test,
  expect,
  openPreview,
  courseFrame,
  cmi,
  completeModulesFast,
  fillPlan,
  interactionIds,
  laterPartsIn,
  otherLearner,
  takeAssessment,
  type Version,
} from './fixtures';
import { expectSaved, nextPage } from './learner';
import { answerCheck } from './walk';
import type { Page } from '@playwright/test';
import { en, loadCourse, textPattern, type CourseData } from './course-data';

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: only opening the start screen (a language, the display settings) is no progress: the next visit offers Start, not Continue`, async ({
    page,
  }) => {
    let course = await openPreview(page, version);
    await course.getByRole('combobox', { name: en('app.language') }).selectOption('en-GB');
    await course.getByRole('button', { name: en('display.open') }).click();
    await page.keyboard.press('Escape');
    await expectSaved(course);
    await page.reload();
    course = courseFrame(page);
    await expect(course.getByRole('link', { name: en('start.start') })).toBeVisible();
    await expect(course.getByRole('link', { name: en('start.continue') })).toHaveCount(0);
    await expect(course.getByRole('button', { name: en('start.startAgain') })).toHaveCount(0);

    // A page past the start is progress: now it offers to carry on.
    await course.getByRole('link', { name: en('start.start') }).click();
    await expect(course.getByText(textPattern('page.progress', { current: 1, total: 'any' }))).toBeVisible();
    await nextPage(course, 2);
    await expectSaved(course);
    await page.reload();
    course = courseFrame(page);
    await expect(course.getByRole('link', { name: en('start.continue') })).toBeVisible();
  });
}

test('standalone: only opening the start screen is no progress: the next visit offers Start, before and after the scripts arrive', async ({ page }) => {
  await page.goto('/web/');
  await laterPartsIn(page);
  await page.getByRole('button', { name: en('display.open') }).click();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('link', { name: en('start.start') })).toBeVisible();
  await laterPartsIn(page);
  await expect(page.getByRole('link', { name: en('start.start') })).toBeVisible();
  await expect(page.getByRole('link', { name: en('start.continue') })).toHaveCount(0);
});

test('“Finish this part” with the check unanswered says what is left and takes the learner there, by keyboard on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const data = await loadCourse();
  const check = data.modules[0]!.pages.find((p) => p.kind === 'quiz');
  const total = check?.kind === 'quiz' ? check.questions.length : 0;
  expect(total).toBeGreaterThan(0);
  await page.goto('/web/');
  await laterPartsIn(page);
  await page.getByRole('link', { name: en('start.start') }).click();
  // Past the check without answering it, to the last page.
  const pages = data.modules[0]!.pages.length;
  const toLastPage = async (from: number) => {
    for (let n = from + 1; n <= pages; n++) {
      await page.getByRole('link', { name: en('page.next') }).click();
      await expect(page.getByText(textPattern('page.progress', { current: n, total: pages }))).toBeVisible();
    }
  };
  await toLastPage(1);
  const finish = page.getByRole('link', { name: en('page.finish') });
  await finish.focus();
  await page.keyboard.press('Enter');

  // Not the menu: the check, with what is left said where focus now is.
  const left = page.getByText(en('page.leftAnswer', { count: total }));
  await expect(left).toBeVisible();
  await expect(left).toBeFocused();
  await expect(page.locator('fieldset.question')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: en('menu.heading') })).toHaveCount(0);

  // Answered, the count goes and "Finish this part" finishes it.
  await answerCheck(page, data);
  await expect(left).toHaveCount(0);
  // From the check (its page number) on to the last page.
  await toLastPage(data.modules[0]!.pages.findIndex((p) => p.kind === 'quiz') + 1);
  await finish.click();
  await expect(page.getByRole('heading', { level: 1, name: en('menu.heading') })).toBeVisible();
  await expect(page.getByText(en('menu.status.done'), { exact: true }).first()).toBeVisible();
});

test('each view’s window title says where the learner is, in the learner’s language (WCAG 2.4.2)', async ({ page: first, browser }) => {
  for (const code of ['en-GB', 'cy']) {
    const data = await loadCourse(code);
    const course = data.t(data.course.title);
    const module = data.modules[0]!;
    // A new learner each time, on a device of their own: no progress kept from the language
    // before (clearing storage under a running course raced with the course saving on unload).
    const other = code === 'en-GB' ? null : await otherLearner(browser);
    const page = other?.page ?? first;
    await page.goto(`/web/?lang=${code}`);
    await laterPartsIn(page);
    await expect(page).toHaveTitle(course);
    await page.getByRole('link', { name: data.t('start.start') }).click();
    await expect(page).toHaveTitle([data.t(module.pages[0]!.heading), data.t(module.title), course].join(' – '));
    await page.getByRole('link', { name: data.t('page.next') }).click();
    await expect(page).toHaveTitle([data.t(module.pages[1]!.heading), data.t(module.title), course].join(' – '));
    await page.getByRole('link', { name: data.t('app.menu') }).click();
    await expect(page).toHaveTitle(`${data.t('menu.heading')} – ${course}`);
    await page.goto(`/web/?lang=${code}#/summary`);
    await expect(page).toHaveTitle(`${data.t('summary.heading')} – ${course}`);
    await page.goto(`/web/?lang=${code}#/assessment`);
    await expect(page).toHaveTitle(`${data.t(data.course.assessment!.title)} – ${course}`);
    if (other) {
      await other.expectGuarded();
      await other.context.close();
    }
  }
});

test('“Start the final check” puts focus on the first question, so a screen reader reads it', async ({ page }) => {
  const data = await loadCourse();
  await page.goto('/web/');
  await laterPartsIn(page);
  await completeModulesFast(page, data);
  await page.locator('li.module.final').getByRole('link').click();
  const start = page.getByRole('button', { name: en('assessment.start') });
  await start.focus();
  await page.keyboard.press('Enter');
  const legend = page.locator('fieldset.question > legend');
  await expect(legend.locator('.count')).toHaveText(textPattern('quiz.questionOf', { n: 1, total: 'any' }));
  await expect(legend).toBeFocused();
});

test('the plan goes home: the summary holds it, titled with the course and the date, with help and a week to tick off, and prints it on a page of its own', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const data = await loadCourse();
  await page.goto('/web/#/relief/plan');
  await expect(page.locator('.builder')).toBeVisible();
  await fillPlan(page);
  // Each activity says how often and how to start small.
  const items = page.locator('.relief-plan-sheet .plan-list li');
  const full = new RegExp(en('relief.plan.summary.full', { activity: '.+', often: '.+', start: '.+' }));
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(items.nth(i)).toHaveText(full);
  const sentences = await items.allTextContents();

  await page.goto('/web/#/summary');
  const home = page.locator('main .take-home');
  await expect(home.getByRole('heading', { level: 2, name: en('relief.plan.sheet.heading') })).toBeVisible();
  await expect(home.locator('.plan-list li')).toHaveText(sentences);
  const week = home.getByRole('table', { name: en('relief.plan.sheet.week') });
  await expect(week.getByRole('columnheader')).toHaveCount(7);
  await expect(week.getByRole('rowheader')).toHaveCount(sentences.length);
  await expect(home.locator('[data-contact-block]')).toBeVisible();
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
  await expect(page.locator('main .dated')).toHaveText(`${data.t(data.course.title)}, ${today}`);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/summary-plan-390.png', fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(home.locator('.plan-list li').first()).toBeVisible();
  await expect(week).toBeVisible();
  await expect(page.locator('main .dated')).toBeVisible();
  await expect(page.getByRole('button', { name: en('summary.print') })).toBeHidden();
  expect(await home.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
});

/** A learner in Moodle makes a plan, does every part and passes; returns the plan's sentences. */
async function passWithPlan(page: Page, version: Version, data: CourseData): Promise<string[]> {
  const course = await openPreview(page, version, '&lms=moodle');
  await course.locator(':root').evaluate(() => (location.hash = '#/relief/plan'));
  await expect(course.locator('.builder')).toBeVisible();
  await fillPlan(course);
  const sentences = await course.locator('.relief-plan-sheet .plan-list li').allTextContents();
  expect(sentences.length).toBeGreaterThan(0);
  await completeModulesFast(course, data);
  await course.locator('li.module.final').getByRole('link').click();
  await course.getByRole('button', { name: data.t('assessment.start') }).click();
  await takeAssessment(course, data);
  await expectSaved(course);
  return sentences;
}

test('SCORM 1.2 in Moodle: a learner who comes back after passing (a review visit) finds their plan on the summary and can print it', async ({ page }) => {
  test.setTimeout(180_000);
  const data = await loadCourse();
  const sentences = await passWithPlan(page, '1.2', data);

  await page.reload();
  const course = courseFrame(page);
  await expect(page.getByTestId('session-state')).toContainText('review mode');
  // The attempt itself holds the plan: no second offer of the copy kept on the device.
  await expect(course.getByRole('link', { name: data.t('start.lookBack') })).toBeVisible();
  await laterPartsIn(course); // the later views, which would offer it, are in
  await expect(course.getByRole('link', { name: data.t('earlier.open') })).toHaveCount(0);
  await course.getByRole('link', { name: data.t('start.lookBack') }).click();
  await course.getByRole('link', { name: data.t('app.menu') }).click();
  await course.getByRole('link', { name: data.t('summary.link') }).click();
  const home = course.locator('main .take-home');
  await expect(home.locator('.plan-list li')).toHaveText(sentences);
  await expect(course.getByRole('button', { name: data.t('summary.print') })).toBeVisible();
});

test('SCORM 2004 in Moodle: after a pass (exit normal) the LMS starts a new, empty attempt; the learner finds their plan kept on this device, read-only, and can print it; another learner does not', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const data = await loadCourse();
  const sentences = await passWithPlan(page, '2004', data);
  expect((await cmi(page))['cmi.exit']).toBe('normal');

  // Back another day: Moodle opens a new attempt, normal and with credit, with nothing in it.
  await page.reload();
  let course = courseFrame(page);
  await expect(page.getByTestId('session-state')).toContainText('entry ab-initio');
  await expect(page.getByTestId('session-state')).not.toContainText('review mode');
  const fresh = await cmi(page);
  expect({ mode: fresh['cmi.mode'], credit: fresh['cmi.credit'], entry: fresh['cmi.entry'] }).toEqual({ mode: 'normal', credit: 'credit', entry: 'ab-initio' });
  // Start still starts afresh; the plan kept on this device is offered beside it.
  await expect(course.getByRole('link', { name: data.t('start.start') })).toBeVisible();
  await expect(course.getByRole('link', { name: data.t('start.continue') })).toHaveCount(0);
  await expect(course.getByText(data.t('earlier.kept'))).toBeVisible();
  await page.screenshot({ path: 'test-results/earlier-offer-2004-390.png', fullPage: true });
  await course.getByRole('link', { name: data.t('earlier.open') }).click();
  await expect(course.locator('h1')).toHaveText(data.t('earlier.heading'));
  await expect(course.getByText(data.t('earlier.note'))).toBeVisible();
  const home = course.locator('main .take-home');
  await expect(home.locator('.plan-list li')).toHaveText(sentences);
  await expect(course.getByRole('button', { name: data.t('summary.print') })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(home.locator('.plan-list li').first()).toBeVisible();
  await expect(course.getByText(data.t('earlier.note'))).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Nothing of the passed attempt went into the new one: no answers, score or progress.
  const now = await cmi(page);
  expect(await interactionIds(page)).toEqual([]);
  expect({ suspend: now['cmi.suspend_data'] ?? '', score: now['cmi.score.raw'] ?? '', success: now['cmi.success_status'] }).toEqual({
    suspend: '',
    score: '',
    success: 'unknown',
  });
  // Start begins the course from its first page.
  await course.getByRole('link', { name: data.t(data.course.title) }).click();
  await course.getByRole('link', { name: data.t('start.start') }).click();
  await expect(course.locator('h1')).toHaveText(data.t(data.modules[0]!.pages[0]!.heading));

  // Another learner on this device (a shared hospital PC) is not offered it, nor shown it.
  course = await openPreview(page, '2004', '&lms=moodle&learner=another-learner');
  await expect(page.getByText('(another-learner)')).toBeVisible();
  await expect(course.getByRole('link', { name: data.t('start.start') })).toBeVisible();
  await expect(course.getByRole('link', { name: data.t('earlier.open') })).toHaveCount(0);
  await course.locator(':root').evaluate(() => (location.hash = '#/earlier'));
  await expect(course.getByText(data.t('earlier.none'))).toBeVisible();
  await expect(course.locator('main .take-home')).toHaveCount(0);

  // Back as the first learner, now with a page of the new attempt done: still offered, and
  // removed from the device when they ask (after a question whose safe choice keeps it).
  course = await openPreview(page, '2004', '&lms=moodle');
  await expect(course.getByRole('link', { name: data.t('start.continue') })).toBeVisible();
  await course.getByRole('link', { name: data.t('earlier.open') }).click();
  await course.getByRole('button', { name: data.t('earlier.remove') }).click();
  await expect(course.getByRole('heading', { name: data.t('earlier.removeQuestion') })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(home.locator('.plan-list li')).toHaveText(sentences);
  await course.getByRole('button', { name: data.t('earlier.remove') }).click();
  await course.getByRole('button', { name: data.t('earlier.removeConfirm') }).click();
  await expect(course.getByRole('link', { name: data.t('start.continue') })).toBeVisible();
  await expect(course.getByRole('link', { name: data.t('earlier.open') })).toHaveCount(0);
  await page.reload();
  course = courseFrame(page);
  await expect(course.getByRole('link', { name: data.t('start.continue') })).toBeVisible();
  await laterPartsIn(course);
  await expect(course.getByRole('link', { name: data.t('earlier.open') })).toHaveCount(0);
});
