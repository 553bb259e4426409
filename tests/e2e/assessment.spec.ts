// The final check in the preview LMS, in both SCORM versions: locked until every module
// is done; a failed try shows the score, "not passed", the parts to look at again
// (linking back) and Try again; a reload in the middle of a try resumes the same draw, in
// the same order, with the answers so far; Try again draws afresh; then a pass. Each
// learner sees the options in an order of their own, kept on a reload, with the same ids
// reported to the LMS.
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import {
  test,
  expect,
  openPreview,
  courseFrame,
  cmi,
  apiErrors,
  statusOf,
  objectiveOf,
  completeModulesFast,
  takeAssessment,
  currentPrompt,
  interactionIds,
  chooseAnswer,
  otherLearner,
  type Version,
} from './fixtures';
import { loadCourse, squash, type AnswerKey, type CourseData } from './course-data';

const goTo = (course: FrameLocator, hash: string) => course.locator(':root').evaluate((_root, h) => (location.hash = h), hash);

/** The final check's entry in the menu. */
const finalEntry = (course: FrameLocator) => course.locator('li.module.final');

async function expectLocked(course: FrameLocator, data: CourseData) {
  await goTo(course, '#/menu');
  await expect(course.locator('h1')).toHaveText(data.t('menu.heading'));
  await expect(finalEntry(course)).toHaveAttribute('data-status', 'locked');
  await expect(finalEntry(course).locator('.badge')).toHaveText(data.t('assessment.status.locked'));
  await expect(finalEntry(course).getByRole('link')).toHaveCount(0);
  // Its address does not open it either.
  await goTo(course, '#/assessment');
  await expect(course.getByText(data.t('assessment.locked'))).toBeVisible();
  await expect(course.getByRole('button', { name: data.t('assessment.start') })).toHaveCount(0);
  await goTo(course, '#/menu');
}

/**
 * The drawn questions of the current try, as the course saved them for the LMS. Read
 * from the suspend data, whose shape state-codec.ts documents ("A.d": the draw, in order).
 */
async function savedDraw(page: Page): Promise<string> {
  const data = await cmi(page);
  return (JSON.parse(data['cmi.suspend_data'] ?? '{}') as { A?: { d?: string } }).A?.d ?? '';
}

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: locked until the modules are done; fail, resume, try again, pass`, async ({ page }) => {
    test.setTimeout(180_000);
    const data = await loadCourse();
    const total = data.course.settings.assessmentQuestions;
    const mastery = data.course.settings.masteryScore;
    const exitKey = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
    let course = await openPreview(page, version);

    // Locked at first, and still locked with one module to go. (The modules are done by
    // the quick set-up; full-course.spec.ts walks them for real.)
    await expectLocked(course, data);
    const ids = data.modules.map((m) => m.id);
    await completeModulesFast(course, data, ids.slice(0, -1));
    await expectLocked(course, data);
    await completeModulesFast(course, data, ids.slice(-1));
    await expect(finalEntry(course)).toHaveAttribute('data-status', 'ready');
    // Until the final check is passed the learner has something to come back for, so the
    // LMS must keep the attempt: exit suspend (a normal exit starts an empty attempt).
    expect((await cmi(page))[exitKey], 'exit with every module done and the final check not taken').toBe('suspend');

    await finalEntry(course)
      .getByRole('link', { name: data.t('assessment.action.start') })
      .click();
    await expect(course.locator('h1')).toHaveText(data.t('assessment.title'));
    for (const key of data.course.assessment!.intro) await expect(course.getByText(data.t(key))).toBeVisible();
    await expect(course.getByText(data.t('assessment.passMark', { count: total, mastery }))).toBeVisible();
    await course.getByRole('button', { name: data.t('assessment.start') }).click();

    // Try 1: the questions on the first and third parts wrong, the rest right; a reload
    // half-way through.
    const review = [data.modules[0]!, data.modules[2]!];
    const isWrong = (key: AnswerKey) => review.some((m) => m.id === key.moduleId);
    const half = total / 2;
    const first = await takeAssessment(course, data, { wrong: isWrong, upTo: half });
    const next = await currentPrompt(course, half + 1);
    const draw = await savedDraw(page);
    expect(draw.split('.')).toHaveLength(total);
    expect((await cmi(page))[exitKey], 'exit in the middle of the first try').toBe('suspend');
    await page.reload();
    course = courseFrame(page);
    await course.getByRole('link', { name: data.t('start.continue') }).click();
    await expect(course.locator('h1')).toHaveText(data.t('assessment.title'));
    // The same draw, in the same order, carrying on after the answers already given.
    expect(await currentPrompt(course, half + 1)).toBe(next);
    expect(await savedDraw(page)).toBe(draw);
    first.push(...(await takeAssessment(course, data, { from: half + 1, wrong: isWrong })));
    expect(new Set(first).size).toBe(total);

    // The result: the score (the answers from before the reload count), not passed.
    const right = first.filter((p) => !isWrong(data.answerFor(p))).length;
    const score = Math.round((right / total) * 100);
    expect(score, 'the draw covers every part, so this try fails').toBeLessThan(mastery);
    await expect(course.getByText(data.t('quiz.resultScore', { right, total, score }))).toBeVisible();
    await expect(course.getByText(data.t('assessment.notPassed', { mastery }))).toBeVisible();
    // The parts to look at again: those of the wrong answers, linked to their modules.
    await expect(course.getByRole('heading', { name: data.t('assessment.reviewHeading') })).toBeVisible();
    const links = course.locator('.result ul a');
    await expect(links).toHaveCount(review.length);
    const shown = await links.evaluateAll((as) => as.map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? '']));
    expect([...shown].sort()).toEqual(review.map((m) => [data.t(m.title), `#/${m.id}`]).sort());
    expect
      .soft(
        shown.map(([title]) => title),
        'parts to look at again, in course order',
      )
      .toEqual(review.map((m) => data.t(m.title)));
    await expect(course.getByRole('button', { name: data.t('assessment.tryAgain') })).toBeVisible();
    // What the LMS holds: a fail, with the score; the learner may come back.
    expect(await statusOf(page, version)).toEqual({
      status: version === '1.2' ? 'failed' : 'completed/failed',
      score: String(score),
    });
    expect((await objectiveOf(page, version, 'assessment'))?.status).toBe(version === '1.2' ? 'failed' : 'completed/failed');
    expect((await cmi(page))[exitKey]).toBe('suspend');

    // A topic link leads back to its module; the menu then offers the result again.
    const [linkTitle, linkHref] = shown[0]!;
    const linked = data.modules.find((m) => `#/${m.id}` === linkHref)!;
    await links.first().click();
    await expect(course.locator('.context .module-name')).toContainText(linkTitle!);
    await expect(course.locator('h1')).toHaveText(data.t(linked.pages[0]!.heading));
    await course
      .getByRole('banner')
      .getByRole('link', { name: data.t('app.menu') })
      .click();
    await expect(finalEntry(course)).toHaveAttribute('data-status', 'notPassed');
    await finalEntry(course)
      .getByRole('link', { name: data.t('assessment.action.review') })
      .click();

    // Try 2: a new draw, all right: passed.
    await course.getByRole('button', { name: data.t('assessment.tryAgain') }).click();
    const second = await takeAssessment(course, data);
    expect(second, 'Try again draws new questions').not.toEqual(first);
    expect(
      second.filter((p) => first.includes(p)),
      'no question of the last try again, while the bank has enough',
    ).toEqual([]);
    expect(await savedDraw(page)).not.toBe(draw);
    await expect(course.getByText(data.t('quiz.resultScore', { right: total, total, score: 100 }))).toBeVisible();
    await expect(course.getByText(data.t('assessment.passed'))).toBeVisible();
    await expect(course.getByRole('button', { name: data.t('assessment.tryAgain') })).toHaveCount(0);
    // Not a dead end: the summary, with the plan, is the next step.
    await expect(course.getByText(data.t('assessment.finished'))).toBeVisible();
    await expect(course.locator('main').getByRole('link', { name: data.t('summary.link') })).toHaveAttribute('href', '#/summary');
    expect(await statusOf(page, version)).toEqual({
      status: version === '1.2' ? 'passed' : 'completed/passed',
      score: '100',
    });
    expect((await objectiveOf(page, version, 'assessment'))?.status).toBe(version === '1.2' ? 'passed' : 'completed/passed');
    expect((await cmi(page))[exitKey]).toBe(version === '1.2' ? '' : 'normal');
    // Every answer of both tries was reported, the ones from before the reload included.
    const assessed = (await interactionIds(page)).slice(-2 * total).map((id) => id.split(/[.:]/).at(-1));
    expect(assessed).toEqual([...first, ...second].map((p) => data.answerFor(p).question.id));
    expect(await apiErrors(page)).toEqual([]);
  });
}

/**
 * Math.random from a seed in every page of the context, so each learner's draw (and so
 * their option order) is the same in every run: the test is about two learners, not luck.
 */
async function seedRandom(context: BrowserContext, seed: number) {
  await context.addInitScript((start) => {
    let s = start >>> 0;
    Math.random = () => {
      s = (s + 0x6d2b79f5) >>> 0;
      let t = Math.imul(s ^ (s >>> 15), s | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
  }, seed);
}

/** The options of the question on screen, in the order shown. */
const shownOptions = async (course: FrameLocator) => (await course.locator('fieldset.question label').allTextContents()).map(squash);

/**
 * One learner: every part done, then the final check, all right; a reload before the first
 * answer shows the first question's options in the same order. Returns each prompt's order.
 */
async function learnerTakesFinalCheck(page: Page, version: Version, data: CourseData): Promise<Map<string, string[]>> {
  let course = await openPreview(page, version);
  await completeModulesFast(course, data);
  await finalEntry(course)
    .getByRole('link', { name: data.t('assessment.action.start') })
    .click();
  await course.getByRole('button', { name: data.t('assessment.start') }).click();
  const firstPrompt = await currentPrompt(course, 1, data);
  const firstOrder = await shownOptions(course);
  await page.reload();
  course = courseFrame(page);
  await course.getByRole('link', { name: data.t('start.continue') }).click();
  expect(await currentPrompt(course, 1, data)).toBe(firstPrompt);
  expect(await shownOptions(course), 'the same order after a reload').toEqual(firstOrder);

  const orders = new Map<string, string[]>();
  const total = data.course.settings.assessmentQuestions;
  for (let n = 1; n <= total; n++) {
    const key = data.answerFor(await currentPrompt(course, n, data));
    orders.set(data.t(key.question.prompt), await shownOptions(course));
    await chooseAnswer(course, key.right);
    await course.getByRole('button', { name: data.t('quiz.submit') }).click();
  }
  await expect(course.getByText(data.t('quiz.resultScore', { right: total, total, score: 100 }))).toBeVisible();
  return orders;
}

/** The order the bank writes a question's options in, as labels. */
const writtenOrder = (data: CourseData, key: AnswerKey) =>
  key.question.type === 'truefalse'
    ? [data.t('quiz.true'), data.t('quiz.false')]
    : key.question.type === 'sort'
      ? []
      : (key.question.options ?? []).map((o) => data.t(o.label));

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: two learners see the options in orders of their own; the LMS gets the same ids`, async ({ page, browser }) => {
    test.setTimeout(240_000);
    const data = await loadCourse();
    await seedRandom(page.context(), 1);
    const first = await learnerTakesFinalCheck(page, version, data);

    // Shuffled: some question is not in the order the bank writes it.
    const shuffled = [...first].filter(([prompt, order]) => order.join('|') !== writtenOrder(data, data.answerFor(prompt)).join('|'));
    expect(shuffled.length, 'questions shown in another order than written').toBeGreaterThan(0);
    // Every right answer was reported by its id (2004) or its place as written (1.2), whatever the order shown.
    const lms = await cmi(page);
    const count = Number(lms['cmi.interactions._count'] ?? Object.keys(lms).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length);
    const field = version === '1.2' ? 'student_response' : 'learner_response';
    for (let n = count - first.size; n < count; n++) {
      expect(lms[`cmi.interactions.${n}.result`]).toBe('correct');
      expect(lms[`cmi.interactions.${n}.${field}`]).toBe(lms[`cmi.interactions.${n}.correct_responses.0.pattern`]);
    }

    // A second learner, on another device (watched as this test's page is).
    const other = await otherLearner(browser, (context) => seedRandom(context, 2));
    let second: Map<string, string[]>;
    try {
      second = await learnerTakesFinalCheck(other.page, version, data);
      await other.expectGuarded();
    } finally {
      await other.context.close();
    }
    const both = [...first.keys()].filter((prompt) => second.has(prompt) && writtenOrder(data, data.answerFor(prompt)).length > 2);
    expect(both.length, 'questions with three or more options that both learners had').toBeGreaterThan(0);
    expect(
      both.some((prompt) => first.get(prompt)!.join('|') !== second.get(prompt)!.join('|')),
      'the two learners saw a question in different orders',
    ).toBe(true);
  });
}
