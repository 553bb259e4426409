// What a real Moodle 4.5 did to learners' records, replayed in the preview's Moodle
// behaviour (?lms=moodle), in both SCORM versions:
// - a finished attempt (passed, or failed) reopens in review mode with no credit, in 2004
//   with an empty record: the course says the visit is a review and how to try again,
//   and leaves the record exactly as it was; but a 2004 pass (exit "normal") is followed
//   by a new attempt (journey.spec.ts: the learner's plan, kept on the device, is offered);
// - closing the course on the start screen keeps the bookmark;
// - leaving the page ends the session with Terminate alone, no Commit during unload.
import type { Page } from '@playwright/test';
import { test, expect, openPreview, courseFrame, completeModulesFast, takeAssessment, type Version } from './fixtures';
import { loadCourse, type CourseData } from './course-data';

interface Stored {
  cmi: Record<string, unknown>;
  exit: string;
  totalTime: string;
}

/** The preview LMS's database row for this version: what Moodle's tables would hold. */
const storedAttempt = (page: Page, version: Version) =>
  page.evaluate((v) => {
    const row = JSON.parse(localStorage.getItem(`scorm-preview:cmi:${v}`) ?? 'null') as (Stored & { savedAt?: string }) | null;
    // When it was last written is the preview's note, not part of the learner's record.
    if (row) delete row.savedAt;
    return row;
  }, version);

/** A page load of the preview (and the course in it), as the learner opens the course again. */
async function reopen(page: Page) {
  await page.reload();
  await expect(courseFrame(page).locator('h1')).toBeVisible();
}

/** Calls made since `from` in the load before the current one (the load the reload ended). */
const callsOfLastLoad = (page: Page, from = 0) =>
  page.evaluate(
    (n) =>
      window
        .__preview!.earlierLogs()
        .at(-1)!
        .calls.slice(n)
        .map((c) => ({ method: c.method, args: c.args })),
    from,
  );

const WRITES = /^(LMSSetValue|SetValue|LMSCommit|Commit)$/;
const finishCall = (version: Version) => (version === '1.2' ? 'LMSFinish' : 'Terminate');

async function finishCourse(page: Page, version: Version, data: CourseData, outcome: 'pass' | 'fail') {
  const course = await openPreview(page, version, '&lms=moodle');
  await completeModulesFast(course, data);
  await course.locator('li.module.final').getByRole('link').click();
  await course.getByRole('button', { name: data.t('assessment.start') }).click();
  await takeAssessment(course, data, { wrong: outcome === 'pass' ? 0 : data.course.settings.assessmentQuestions });
  await expect(
    course.getByText(data.t(outcome === 'pass' ? 'assessment.passed' : 'assessment.notPassed', { mastery: data.course.settings.masteryScore })),
  ).toBeVisible();
  await expect(course.locator('.save-status')).toHaveAttribute('data-saved', 'saved');
}

for (const version of ['1.2', '2004'] as Version[]) {
  test.describe(`SCORM ${version} in Moodle`, () => {
    // A 2004 pass ends with exit "normal": Moodle starts a new attempt (journey.spec.ts).
    for (const outcome of version === '1.2' ? (['pass', 'fail'] as const) : (['fail'] as const)) {
      test(`after a ${outcome}, a review visit says so and changes nothing in the record`, async ({ page }) => {
        test.setTimeout(180_000);
        const data = await loadCourse();
        await finishCourse(page, version, data, outcome);
        await reopen(page); // the learner leaves (the session ends) and comes back
        const before = await storedAttempt(page, version);
        expect(before).not.toBeNull();

        // The LMS reopens the finished attempt for review.
        await expect(page.getByTestId('session-state')).toContainText('review mode');
        const course = courseFrame(page);
        await expect(course.getByRole('heading', { name: data.t('start.reviewHeading') })).toBeVisible();
        await expect(course.getByText(data.t('start.review'))).toBeVisible();
        await expect(course.locator('.save-status')).toHaveText(data.t('tracking.review'));
        await expect(course.getByRole('button', { name: data.t('start.startAgain') })).toHaveCount(0);
        if (version === '1.2') {
          // Moodle gives back the progress in 1.2: the learner can look back at what they did.
          await course.getByRole('link', { name: data.t('start.lookBack') }).click();
          await expect(course.locator('h1')).not.toHaveText(data.t(data.course.title));
          await course.locator(':root').evaluate(() => (location.hash = '#/summary'));
          await expect(course.locator('h1')).toHaveText(data.t('summary.heading'));
        }
        // Whatever the learner does now is not recorded: a page, an answer.
        await course.locator(':root').evaluate((_r, h) => (location.hash = h), `#/${data.modules[0]!.id}`);
        await expect(course.locator('h1')).toHaveText(data.t(data.modules[0]!.pages[0]!.heading));
        await reopen(page);

        const calls = await callsOfLastLoad(page);
        expect(
          calls.filter((c) => WRITES.test(c.method)),
          'writes in a review visit',
        ).toEqual([]);
        expect(calls.at(-1)?.method).toBe(finishCall(version));
        expect(await storedAttempt(page, version)).toEqual(before);
      });
    }

    test('closing the course on the start screen keeps the bookmark', async ({ page }) => {
      const data = await loadCourse();
      let course = await openPreview(page, version, '&lms=moodle');
      const module = data.modules[1]!;
      const target = module.pages[1]!;
      await course.locator(':root').evaluate((_r, h) => (location.hash = h), `#/${module.id}/${target.id}`);
      await expect(course.locator('h1')).toHaveText(data.t(target.heading));
      await expect(course.locator('.save-status')).toHaveAttribute('data-saved', 'saved');
      // Back next day: the start screen, then closed before Continue.
      await reopen(page);
      course = courseFrame(page);
      await expect(course.getByRole('link', { name: data.t('start.continue') })).toBeVisible();
      await reopen(page);
      const calls = await callsOfLastLoad(page);
      expect(
        calls.filter((c) => /location$/.test(c.args[0] ?? '') && /SetValue$/.test(c.method)),
        'bookmark writes on the start screen',
      ).toEqual([]);
      course = courseFrame(page);
      await course.getByRole('link', { name: data.t('start.continue') }).click();
      await expect(course.locator('h1')).toHaveText(data.t(target.heading));
    });

    test('leaving the page ends the session with Terminate alone, session time first', async ({ page }) => {
      const data = await loadCourse();
      const course = await openPreview(page, version, '&lms=moodle');
      await course.getByRole('link', { name: data.t('start.start') }).click();
      await expect(course.locator('h1')).toHaveText(data.t(data.modules[0]!.pages[0]!.heading));
      await expect(course.locator('.save-status')).toHaveAttribute('data-saved', 'saved');
      const before = await page.evaluate(() => window.__preview!.calls.length);
      // Away to another site (the tab's own page hide and unload), then back afresh.
      await page.goto('about:blank');
      await openPreview(page, version, '&lms=moodle');
      const unload = (await callsOfLastLoad(page, before)).filter((c) => !/Get/.test(c.method));
      const time = version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time';
      expect(unload.map((c) => (c.method.endsWith('SetValue') ? `${c.method}(${c.args[0]})` : c.method))).toEqual([
        `${version === '1.2' ? 'LMSSetValue' : 'SetValue'}(${time})`,
        `${version === '1.2' ? 'LMSSetValue' : 'SetValue'}(${version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'})`,
        finishCall(version),
      ]);
    });
  });
}
