// Each module's interactive piece, by keyboard alone, in the preview LMS: it works, it
// keeps its state across a reload (through the LMS's suspend data), and the plan prints.
import type { FrameLocator, Page } from '@playwright/test';
import {
  test,
  expect,
  openPreview,
  courseFrame,
  apiErrors,
  interactionIds,
  cmi,
  answerCurrent,
  focusInfo,
  tabUntil,
  chooseRadioByKeyboard,
  toggleCheckboxByKeyboard,
  pressByKeyboard,
  type Version,
} from './fixtures';
import { loadCourse, type CourseData } from './course-data';

// Generous, for a busy machine: each test takes a few seconds on an idle one.
test.describe.configure({ timeout: 120_000 });

/** Opens a page of a module by its address, as a bookmark or the menu would. */
async function goTo(course: FrameLocator, data: CourseData, moduleId: string, pageId: string) {
  await course.locator(':root').evaluate((_root, hash) => (location.hash = hash), `#/${moduleId}/${pageId}`);
  const p = data.modules.find((m) => m.id === moduleId)!.pages.find((x) => x.id === pageId)!;
  await expect(course.locator('h1')).toHaveText(data.t(p.heading));
  await expect(course.locator('h1')).toBeFocused();
}

/** Reloads the LMS page and carries on where the learner was. */
async function reloadAndContinue(page: Page, data: CourseData, heading: string): Promise<FrameLocator> {
  await page.reload();
  const course = courseFrame(page);
  await pressByKeyboard(page, course, data.t('start.continue'));
  await expect(course.locator('h1')).toHaveText(heading);
  return course;
}

test('the endorphin pathway steps by keyboard and keeps its step (SCORM 2004)', async ({ page }) => {
  const data = await loadCourse();
  let course = await openPreview(page, '2004');
  await goTo(course, data, 'endorphins', 'pathway');
  const progress = course.locator('.pathway .progress');
  const step = (current: number) => data.t('endorphins.pathway.progress', { current, total: 3 });
  await expect(progress).toHaveText(step(1));

  await pressByKeyboard(page, course, data.t('endorphins.pathway.next'));
  await expect(progress).toHaveText(step(2));
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText(step(3));
  await expect(course.getByText(data.t('endorphins.pathway.atLast'))).toBeVisible();
  // At the end the button stays focusable, says why, and does nothing.
  const next = course.getByRole('button', { name: data.t('endorphins.pathway.next') });
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText(step(3));
  // Back one step, and on again.
  await page.keyboard.press('Shift+Tab');
  expect((await focusInfo(course)).label).toBe(data.t('endorphins.pathway.previous'));
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText(step(2));
  await page.keyboard.press('Space');
  await expect(progress).toHaveText(step(1));
  await expect(course.getByText(data.t('endorphins.pathway.atFirst'))).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText(step(3));

  // The text alternative opens by keyboard and lists every step.
  await pressByKeyboard(page, course, data.t('endorphins.pathway.showText'));
  await expect(course.locator('.pathway details')).toHaveAttribute('open', '');
  await expect(course.locator('.pathway details li')).toHaveCount(3);

  course = await reloadAndContinue(page, data, data.t('endorphins.pathway.heading'));
  await expect(course.locator('.pathway .progress')).toHaveText(step(3));
  expect(await apiErrors(page)).toEqual([]);
});

test('the relief timeline moves by keyboard and keeps its point (SCORM 1.2)', async ({ page }) => {
  const data = await loadCourse();
  let course = await openPreview(page, '1.2');
  await goTo(course, data, 'expect', 'timeline');
  const progress = course.locator('.timeline .progress');
  const slider = course.getByRole('slider', { name: data.t('expect.timeline.slider') });
  const point = (current: number) => data.t('expect.timeline.progress', { current, total: 4 });
  const valueText = (current: number) => data.t('expect.timeline.valueText', { current, total: 4, title: data.t(`expect.timeline.point${current}.title`) });
  await expect(progress).toHaveText(point(1));

  await tabUntil(page, course, (f) => f.type === 'range', 'the timeline slider');
  await expect(slider).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(point(2));
  await expect(slider).toHaveAttribute('aria-valuetext', valueText(2));
  await expect(course.locator('.timeline .step-title')).toHaveText(data.t('expect.timeline.point2.title'));
  await page.keyboard.press('End');
  await expect(progress).toHaveText(point(4));
  await expect(slider).toHaveAttribute('aria-valuetext', valueText(4));
  await page.keyboard.press('Home');
  await expect(progress).toHaveText(point(1));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(progress).toHaveText(point(3));
  await expect(slider).toHaveAttribute('aria-valuetext', valueText(3));

  await pressByKeyboard(page, course, data.t('expect.timeline.showText'));
  await expect(course.locator('.timeline details')).toHaveAttribute('open', '');
  await expect(course.locator('.timeline details li')).toHaveCount(4);

  course = await reloadAndContinue(page, data, data.t('expect.timeline.heading'));
  await expect(course.locator('.timeline .progress')).toHaveText(point(3));
  await expect(course.getByRole('slider')).toHaveValue('2');
  expect(await apiErrors(page)).toEqual([]);
});

for (const version of ['1.2', '2004'] as Version[]) {
  test(`the sort question is answered entirely by keyboard and kept (SCORM ${version})`, async ({ page }) => {
    const data = await loadCourse();
    // The first sort question in the course, wherever it is.
    const found = data.modules
      .flatMap((m) => m.pages.map((p) => ({ m, p })))
      .flatMap(({ m, p }) => (p.kind === 'quiz' ? p.questions.map((q, i) => ({ m, p, q, i })) : []))
      .find(({ q }) => q.type === 'sort');
    expect(found, 'a sort question in the course').toBeDefined();
    const { m, p, q, i } = found!;
    const key = data.answerFor(data.t(q.prompt));
    if (key.right.kind !== 'sort') throw new Error('not a sort answer');
    const placements = key.right.placements;

    let course = await openPreview(page, version);
    await goTo(course, data, m.id, p.id);
    // Questions before it, if any, by clicking (not what this test is about).
    for (let n = 1; n <= i; n++) {
      await answerCurrent(course, data, 'right', n);
      await course.getByRole('button', { name: data.t('quiz.check') }).click();
      await course.getByRole('button', { name: data.t('quiz.nextQuestion') }).click();
    }
    await expect(course.locator('fieldset.question > legend .prompt')).toHaveText(data.t(q.prompt));

    // Every item but the last, each its own radio group: Tab in, arrows to the category.
    for (const { item, category } of placements.slice(0, -1)) {
      await chooseRadioByKeyboard(page, course, [item], category);
    }
    // Checking with one item left says so, and takes focus to that item.
    await pressByKeyboard(page, course, data.t('quiz.check'));
    await expect(course.locator('.question .error')).toContainText(data.t('quiz.errorSortAll'));
    const last = placements.at(-1)!;
    const focused = await focusInfo(course);
    expect.soft(focused.groups[0], 'focus goes to the item still to sort').toBe(last.item);
    // (Whatever the focus did, no earlier answer was changed.)
    for (const { item, category } of placements.slice(0, -1)) {
      await expect(course.getByRole('group', { name: item, exact: true }).getByRole('radio', { name: category, exact: true })).toBeChecked();
    }
    await chooseRadioByKeyboard(page, course, [last.item], last.category);

    await pressByKeyboard(page, course, data.t('quiz.check'));
    await expect(course.locator('.feedback .box')).toContainText(data.t('quiz.correct'));
    for (const { item, category } of placements) {
      const group = course.getByRole('group', { name: item, exact: true });
      await expect(group).toContainText(data.t('quiz.sortRight', { category }));
      await expect(group.getByRole('radio', { name: category, exact: true })).toBeChecked();
      await expect(group.getByRole('radio', { name: category, exact: true })).toBeDisabled();
    }
    // The same button moves on; focus stayed on it.
    await page.keyboard.press('Enter');
    await expect(course.locator('fieldset.question > legend .count')).toContainText(`Question ${i + 2} of`);

    // Reported as a matching interaction, right.
    const ids = await interactionIds(page);
    const n = ids.findIndex((id) => id.split(/[.:]/).at(-1) === q.id);
    expect(n).toBeGreaterThanOrEqual(0);
    const lms = await cmi(page);
    expect(lms[`cmi.interactions.${n}.type`]).toBe('matching');
    expect(lms[`cmi.interactions.${n}.result`]).toBe('correct');

    // After a reload the check carries on after it: the sort answer was kept.
    course = await reloadAndContinue(page, data, data.t(p.heading));
    await expect(course.locator('fieldset.question > legend .count')).toContainText(`Question ${i + 2} of`);
    expect(await apiErrors(page)).toEqual([]);
  });
}

test('the plan builder works by keyboard, survives a reload and prints (SCORM 1.2)', async ({ page }) => {
  const data = await loadCourse();
  let course = await openPreview(page, '1.2');
  await goTo(course, data, 'relief', 'plan');
  const t = data.t;
  const [walk, stretch, , , , , housework] = 'abcdefg'.split('').map((c) => t(`relief.plan.activity.${c}`));
  const ownLabel = t('relief.plan.activity.own');
  const ownText = 'Walk to the shops and back';

  // Step 1: two from the list and one of my own, by keyboard.
  expect((await toggleCheckboxByKeyboard(page, course, walk!)).checked).toBe(true);
  expect((await toggleCheckboxByKeyboard(page, course, stretch!)).checked).toBe(true);
  expect((await toggleCheckboxByKeyboard(page, course, ownLabel)).checked).toBe(true);
  // The box for my own words follows the tick box.
  const ownBox = course.getByRole('textbox', { name: t('relief.plan.own.label') });
  await page.keyboard.press('Tab');
  await expect(ownBox).toBeFocused();
  await page.keyboard.type(ownText);
  await expect(ownBox).toHaveValue(ownText);
  // A fourth is refused, and says why.
  const refused = await toggleCheckboxByKeyboard(page, course, housework!, true);
  expect(refused.checked).toBe(false);
  await expect(course.getByRole('checkbox', { name: housework })).toHaveAttribute('aria-disabled', 'true');
  await expect(course.locator('.builder .limit')).toHaveText(t('relief.plan.limit', { max: 3 }));

  // Step 2: how often and how to start, for each.
  const choices = [
    { name: walk!, often: 'd', start: 'd' },
    { name: stretch!, often: 'f', start: 'f' },
    { name: ownText, often: 'w', start: 'j' },
  ];
  for (const c of choices) {
    await chooseRadioByKeyboard(page, course, [t('relief.plan.often.question'), c.name], t(`relief.plan.often.${c.often}`));
    await chooseRadioByKeyboard(page, course, [t('relief.plan.start.question'), c.name], t(`relief.plan.start.${c.start}`));
  }
  const sentences = choices.map((c) =>
    t('relief.plan.summary.full', {
      activity: c.name,
      often: t(`relief.plan.often.${c.often}_phrase`),
      start: t(`relief.plan.start.${c.start}_phrase`),
    }),
  );
  const sheet = course.locator('.relief-plan-sheet');
  await expect(sheet.locator('li')).toHaveText(sentences);
  // Only the ways of starting small that fit each activity are offered.
  const offers = [
    { name: walk!, fits: ['f', 't', 'd'] },
    { name: stretch!, fits: ['f', 't'] },
  ];
  for (const { name, fits } of offers) {
    const starts = course.getByRole('group', { name, exact: true }).getByRole('group', { name: t('relief.plan.start.question') });
    for (const code of ['f', 't', 'd', 'j']) {
      await expect(starts.getByRole('radio', { name: t(`relief.plan.start.${code}`), exact: true }), `${name}: ${code}`).toHaveCount(
        fits.includes(code) ? 1 : 0,
      );
    }
  }
  // The box for my own words says where they go.
  await expect(course.getByText(t('relief.plan.own.sent'))).toBeVisible();

  // Kept across a reload, through the LMS.
  course = await reloadAndContinue(page, data, t('relief.plan.heading'));
  for (const label of [walk!, stretch!, ownLabel]) await expect(course.getByRole('checkbox', { name: label })).toBeChecked();
  await expect(course.getByRole('textbox', { name: t('relief.plan.own.label') })).toHaveValue(ownText);
  for (const c of choices) {
    const item = course.getByRole('group', { name: c.name, exact: true });
    await expect(item.getByRole('radio', { name: t(`relief.plan.often.${c.often}`), exact: true })).toBeChecked();
    await expect(item.getByRole('radio', { name: t(`relief.plan.start.${c.start}`), exact: true })).toBeChecked();
  }
  await expect(course.locator('.relief-plan-sheet li')).toHaveText(sentences);

  // Printed: the plan alone, without the course around it.
  await page.emulateMedia({ media: 'print' });
  const printed = course.locator('.relief-plan-sheet');
  await expect(printed).toBeVisible();
  await expect(printed.locator('li')).toHaveText(sentences);
  await expect(printed.getByText(t('relief.plan.sheet.talk'))).toBeVisible();
  for (const chrome of ['header', 'nav', '.context', '.builder .steps', 'h1', '.skip-link']) {
    await expect(course.locator(chrome).first(), `${chrome} hidden in print`).toBeHidden();
  }
  await expect(printed.getByRole('button', { name: t('relief.plan.print') })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(course.locator('header').first()).toBeVisible();

  // The button opens the browser's print window (stubbed here), by keyboard.
  await course.locator(':root').evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await pressByKeyboard(page, course, t('relief.plan.print'));
  expect(await course.locator(':root').evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(await apiErrors(page)).toEqual([]);
});
