// The course as a cmi5 AU in the preview's cmi5 mode (an LMS that reads cmi5.xml and an
// in-memory LRS): passing, failing then passing, a reload, a relaunch after passing
// (Review), and an LRS that refuses, answers slowly, goes away, or a fetch url that
// errs. The guard in fixtures.ts holds every run to the strict cmi5 checker
// (cmi5-conformance.ts): zero violations, each named by its requirement id.
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, allowConsoleErrors, completeModulesFast, courseFrame, expectCmi5Conformance, lrsView, takeAssessment } from './fixtures';
import { en, loadCourse, type CourseData } from './course-data';
import { countVerbs } from '../support/cmi5-conformance';
import { expectSaved, learnerDoes, saveState } from './learner';
import { BRITISH, stubSpeech } from './speech-stub';
import { backoff } from '../../src/tracking/clock';

const verbsOf = async (page: Page) => ((await lrsView(page))?.statements ?? []).map((s) => String(s.verb?.id).split('/').at(-1));
/** The verbs of one launch session (the LMS's launched first). */
async function sessionVerbs(page: Page, session: string) {
  const view = await lrsView(page);
  return (view?.statements ?? [])
    .filter((s) => s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === session)
    .map((s) => String(s.verb?.id).split('/').at(-1));
}
const launchOf = (page: Page) => page.evaluate(() => window.__cmi5Preview!);

async function openCmi5(page: Page, query = ''): Promise<FrameLocator> {
  await page.goto(`/preview/?scorm=cmi5${query}`);
  const course = courseFrame(page);
  await expect(course.locator('h1')).toBeVisible({ timeout: 30_000 });
  return course;
}

/**
 * Until the save status reads Saved: the page's clock (installed before the launch) is
 * jumped over each back-off wait in turn, so a retry goes at once rather than seconds on.
 */
async function outwaitBackoffs(page: Page, course: FrameLocator): Promise<void> {
  await expect
    .poll(async () => {
      const state = await saveState(course).getAttribute('data-saved');
      if (state !== 'saved') await page.clock.fastForward(backoff(Infinity));
      return state;
    })
    .toBe('saved');
}

const finalEntry = (course: FrameLocator) => course.locator('li.module.final');

/** From the start screen: every module (quick set-up), then the final check, right or all wrong. */
async function finalCheck(course: FrameLocator, data: CourseData, wrong: number): Promise<void> {
  await completeModulesFast(course, data);
  await finalEntry(course).getByRole('link').click();
  await course.getByRole('button', { name: data.t('assessment.start') }).click();
  await takeAssessment(course, data, { wrong });
}

async function saveAndClose(page: Page, course: FrameLocator, data: CourseData): Promise<void> {
  await course.getByRole('button', { name: data.t('tracking.saveAndClose') }).click();
  await course
    .getByRole('dialog', { name: data.t('tracking.closeQuestion') })
    .getByRole('button', { name: data.t('tracking.closeConfirm') })
    .click();
  // Terminated has arrived: the AU goes to the LMS's returnURL (10.2.6.0-1).
  await expect(course.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => verbsOf(page)).toContain('terminated');
}

test('cmi5, English: the whole course passed, then Save and close: terminated, and back to the LMS', async ({ page }) => {
  test.setTimeout(240_000);
  const data = await loadCourse();
  const course = await openCmi5(page);
  // The modules by the quick path (full-course.spec.ts clicks through them; here what
  // matters is what reaches the LRS), then the final check, which opens only once they are done.
  await completeModulesFast(course, data);
  await expect(finalEntry(course)).toHaveAttribute('data-status', 'ready');
  await finalEntry(course).getByRole('link').click();
  await expect(course.locator('h1')).toHaveText(data.t(data.course.assessment!.title));
  await course.getByRole('button', { name: data.t('assessment.start') }).click();
  const total = data.course.settings.assessmentQuestions;
  await takeAssessment(course, data);
  await expect(course.getByText(data.t('quiz.resultScore', { right: total, total, score: 100 }))).toBeVisible();
  await expect(course.getByText(data.t('assessment.passed'))).toBeVisible();
  await expectSaved(course);
  // Sent as soon as earned, before any exit.
  await expect.poll(() => verbsOf(page)).toEqual(expect.arrayContaining(['completed', 'passed', 'satisfied']));
  await expect(page.getByTestId('satisfaction')).toHaveText(['yes', 'yes', 'yes']);
  await saveAndClose(page, course, data);
  const view = (await lrsView(page))!;
  const verbs = await verbsOf(page);
  const answers = (n: number) => Array<string>(n).fill('answered');
  // Completed as the last part is done, before the final check; passed with its result.
  expect(verbs).toEqual([
    'launched',
    'initialized',
    ...answers(data.checkQuestions().length),
    'completed',
    ...answers(data.course.settings.assessmentQuestions),
    'passed',
    'satisfied',
    'terminated',
  ]);
  const passed = view.statements.find((s) => s.verb?.id?.endsWith('/passed'))!;
  expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
  expect(view.sessions.map((s) => s.fetches)).toEqual([1]);
  console.log(`cmi5 full run, statements by verb: ${JSON.stringify(countVerbs(view.statements))}`);
});

test('cmi5, Welsh (the learner preference): failed, then passed on a retry, and nothing after passed', async ({ page }) => {
  test.setTimeout(180_000);
  const data = await loadCourse('cy');
  const course = await openCmi5(page, '&lang=cy');
  // The learner's language arrives with the launch (the agent profile), after the first screen.
  await expect(course.getByRole('link', { name: data.t('start.start') })).toBeVisible({ timeout: 30_000 });
  await finalCheck(course, data, data.course.settings.assessmentQuestions);
  await expect(course.getByRole('button', { name: data.t('assessment.tryAgain') })).toBeVisible();
  await expect.poll(() => verbsOf(page)).toContain('failed');
  await course.getByRole('button', { name: data.t('assessment.tryAgain') }).click();
  await takeAssessment(course, data);
  await expect(course.getByText(data.t('assessment.passed'))).toBeVisible();
  await expectSaved(course);
  await expect.poll(() => verbsOf(page)).toContain('satisfied');
  const results = (await verbsOf(page)).filter((v) => ['completed', 'passed', 'failed', 'satisfied'].includes(v!));
  expect(results).toEqual(['completed', 'failed', 'passed', 'satisfied']);
  const failed = (await lrsView(page))!.statements.find((s) => s.verb?.id?.endsWith('/failed'))!;
  expect(failed.result).toMatchObject({ success: false, score: { scaled: 0 } });
});

test('cmi5: a reload mid-course reuses the token and resumes at the same page with the answers', async ({ page }) => {
  const course = await openCmi5(page);
  await learnerDoes(course, { to: 6 });
  await expectSaved(course);
  const heading = await course.locator('h1').textContent();
  // Two questions answered: the check shows the third.
  const question = await course.locator('.quiz form legend').first().textContent();
  // The AU's own page reloads (F5 in its window); the LMS does not launch again.
  await course.locator(':root').evaluate(() => location.reload());
  // The address keeps the page; the answers come back from the AU's state (or the journal).
  await expect(course.locator('h1')).toHaveText(heading!, { timeout: 30_000 });
  await expect(course.locator('.quiz form legend').first()).toHaveText(question!);
  const view = (await lrsView(page))!;
  // One fetch: a second would be refused (8.2.3.0-1).
  expect(view.sessions.map((s) => s.fetches)).toEqual([1]);
  expect((await verbsOf(page)).filter((v) => v === 'initialized')).toHaveLength(1);
});

test('cmi5: the page closed mid-course: what was done is in the LRS, the session ended, and the next launch resumes there', async ({ page, context }) => {
  const course = await openCmi5(page);
  await learnerDoes(course, { to: 6 });
  await expectSaved(course);
  const heading = await course.locator('h1').textContent();
  const question = await course.locator('.quiz form legend').first().textContent();
  const closed = (await launchOf(page)).session;
  // The tab is closed: no Save and close, only pagehide.
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  const again = await openCmi5(next);
  await again.getByRole('link', { name: en('start.continue') }).click();
  await expect(again.locator('h1')).toHaveText(heading!);
  await expect(again.locator('.quiz form legend').first()).toHaveText(question!);
  // The closed page's session: its answers, then terminated, sent with keepalive on pagehide.
  const verbs = await sessionVerbs(next, closed);
  expect(verbs.slice(0, 2)).toEqual(['launched', 'initialized']);
  expect(verbs.at(-1)).toBe('terminated');
  expect(verbs.filter((v) => v === 'answered')).toHaveLength(2);
  await expectCmi5Conformance(next);
});

for (const audio of ['on', 'off'] as const) {
  test(`cmi5: with the learner's audio preference ${audio}, each page ${audio === 'on' ? 'is' : 'is not'} read aloud as it opens`, async ({ page }) => {
    await stubSpeech(page, [BRITISH]);
    const course = await openCmi5(page, `&audio=${audio}`);
    await learnerDoes(course, { to: 1 });
    const heading = await course.locator('article h1').textContent();
    const spoken = () => course.locator(':root').evaluate(() => window.__speech.spoken.map((s) => s.text));
    // The page's heading is the first sentence read (the stub ends none, so it is the last said).
    if (audio === 'on') await expect.poll(async () => (await spoken()).at(-1)).toBe(heading);
    else {
      await expect(course.getByRole('button', { name: en('readaloud.start') })).toBeVisible();
      expect(await spoken()).toEqual([]);
    }
  });
}

test('cmi5: relaunched after passing, the LMS opens Review: the plan and summary show, and no result is sent', async ({ page }) => {
  test.setTimeout(180_000);
  const data = await loadCourse();
  let course = await openCmi5(page);
  await finalCheck(course, data, 0);
  await expect(course.getByText(data.t('assessment.passed'))).toBeVisible();
  await expectSaved(course);
  await expect.poll(() => verbsOf(page)).toContain('satisfied');
  await saveAndClose(page, course, data);
  // The LMS launches again: satisfied, so Review.
  await page.reload();
  course = courseFrame(page);
  await expect(page.getByTestId('launch-mode')).toHaveText('Review');
  // A review visit says so, and offers to look back rather than to carry on.
  await expect(course.getByRole('heading', { name: data.t('start.reviewHeading') })).toBeVisible({ timeout: 30_000 });
  await course.getByRole('link', { name: data.t('start.lookBack') }).click();
  await course.locator(':root').evaluate(() => (location.hash = '#/summary'));
  await expect(course.locator('h1')).toHaveText(data.t('summary.heading'));
  await saveAndClose(page, course, data);
  expect(await sessionVerbs(page, (await launchOf(page)).session)).toEqual(['launched', 'initialized', 'terminated']);
});

test.describe('cmi5 faults', () => {
  test('the LRS refuses statements 3 times: not saved, then saved, each statement once', async ({ page, guard }) => {
    await page.clock.install();
    const course = await openCmi5(page, '&fault=lrs-refuse-3');
    await learnerDoes(course, { to: 6 });
    await outwaitBackoffs(page, course);
    await expectSaved(course);
    expect((await verbsOf(page)).filter((v) => v === 'answered')).toHaveLength(2);
    // The browser logs each refused request; they are the fault's own.
    allowConsoleErrors(guard, /status of 503/, 3);
  });

  test('a slow LRS: the learner carries on, and it all arrives', async ({ page }) => {
    const course = await openCmi5(page, '&fault=lrs-slow');
    await learnerDoes(course, { to: 6 });
    await expectSaved(course, 30_000);
    expect(await verbsOf(page)).toEqual(['launched', 'initialized', 'answered', 'answered']);
  });

  test('the LRS goes away and comes back: kept on the device meanwhile, nothing lost', async ({ page, guard }) => {
    await page.clock.install();
    const course = await openCmi5(page);
    // The session is open first (the prerendered start screen already reads "Saved").
    await expect.poll(() => verbsOf(page)).toContain('initialized');
    await expectSaved(course);
    await page.getByRole('button', { name: 'LRS gone' }).click();
    await learnerDoes(course, { to: 6 });
    await expect(saveState(course)).toHaveAttribute('data-saved', 'unsaved', { timeout: 20_000 });
    await page.getByRole('button', { name: 'LRS gone' }).click();
    await outwaitBackoffs(page, course);
    await expectSaved(course);
    expect(await verbsOf(page)).toEqual(['launched', 'initialized', 'answered', 'answered']);
    allowConsoleErrors(guard, /ERR_EMPTY_RESPONSE|ERR_CONNECTION/);
  });

  test('the fetch url answers an error: the course starts, says the learning system did not open the visit, and keeps the work here', async ({ page }) => {
    const data = await loadCourse();
    const course = await openCmi5(page, '&fault=fetch-error');
    await learnerDoes(course, { to: 6 });
    await expect(saveState(course)).toHaveAttribute('data-saved', 'not-open');
    await expect(saveState(course)).toHaveText(data.t('tracking.notOpen'));
    const journal = await course.locator(':root').evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':journal:cmi5:')));
    expect(journal).toHaveLength(1);
    expect(await verbsOf(page)).toEqual(['launched']);
  });
});

test('SCORM launches and the standalone course never download the cmi5 back end', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  await page.goto('/preview/?scorm=2004');
  await expect(courseFrame(page).locator('h1')).toBeVisible();
  await page.goto('/web/');
  await expect(page.locator('h1')).toBeVisible();
  expect(scripts.some((u) => u.includes('/web/assets/'))).toBe(true);
  expect(scripts.filter((u) => /\/cmi5-[\w-]+\.js$/.test(u))).toEqual([]);
});
