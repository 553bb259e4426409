// The course inside the preview LMS, in both SCORM versions, driven by keyboard alone.
import { test, expect, openPreview, statusOf, objectiveOf, apiErrors, cmi, type Version } from './fixtures';
import { answerByKeyboard, press } from './keyboard';
import type { FrameLocator, Page } from '@playwright/test';
import { en } from './course-data';

const RIGHT = [
  [en('endorphins.check.q1.b')],
  [en('endorphins.check.q2.a')],
  [en('endorphins.check.q3.a'), en('endorphins.check.q3.b'), en('endorphins.check.q3.c')],
  [en('quiz.false')],
  [en('quiz.true')],
];
const WRONG = [[en('endorphins.check.q1.a')], [en('endorphins.check.q2.c')], [en('endorphins.check.q3.d')], [en('quiz.true')], [en('quiz.false')]];

async function toQuiz(page: Page, course: FrameLocator) {
  await press(page, course, en('start.start'));
  await expect(course.locator('h1')).toHaveText(en('endorphins.what.heading'));
  await expect(course.locator('h1')).toBeFocused();
  for (const heading of [en('endorphins.how.heading'), en('endorphins.pathway.heading'), en('endorphins.helps.heading'), en('endorphins.check.heading')]) {
    await press(page, course, en('page.next'));
    await expect(course.locator('h1')).toHaveText(heading);
    await expect(course.locator('h1')).toBeFocused();
  }
}

/** Answers the given questions; `finishes` when they are the last of the check. */
async function answerAll(page: Page, course: FrameLocator, answers: string[][], finishes = true) {
  for (const [i, options] of answers.entries()) {
    await answerByKeyboard(page, course, options, finishes && i === answers.length - 1);
  }
}

for (const version of ['1.2', '2004'] as Version[]) {
  test.describe(`SCORM ${version}`, () => {
    test('complete the module by keyboard and pass', async ({ page }) => {
      const course = await openPreview(page, version);
      await toQuiz(page, course);
      await answerAll(page, course, RIGHT);
      await expect(course.getByText(en('quiz.checkScore', { right: 5, total: 5 }))).toBeVisible();
      await expect(course.getByText(en('quiz.allRight'))).toBeVisible();
      await press(page, course, en('page.next'));
      await expect(course.locator('h1')).toHaveText(en('endorphins.takeaway.heading'));
      await press(page, course, en('page.finish'));
      await expect(course.locator('h1')).toHaveText(en('app.menu'));
      await expect(course.locator('[data-status="done"]')).toHaveCount(1);

      // The module's objective is done, with its score (a part check has no verdict); the
      // course waits for the rest and the final check.
      expect(await objectiveOf(page, version, 'endorphins')).toEqual({
        status: version === '1.2' ? 'completed' : 'completed/unknown',
        score: '100',
      });
      const { status } = await statusOf(page, version);
      expect(status).toBe(version === '1.2' ? 'incomplete' : 'incomplete/unknown');
      const data = await cmi(page);
      expect(data[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
      expect(await apiErrors(page)).toEqual([]);
    });

    test('every answer wrong: what to look at again, no fail; then try again, all right', async ({ page }) => {
      const course = await openPreview(page, version);
      await toQuiz(page, course);
      await answerAll(page, course, WRONG);
      await expect(course.getByText(en('quiz.checkScore', { right: 0, total: 5 }))).toBeVisible();
      await expect(course.getByRole('heading', { name: en('quiz.lookAgain') })).toBeVisible();
      await expect(course.locator('.result')).not.toContainText('✗');
      expect(await objectiveOf(page, version, 'endorphins')).toEqual({
        status: version === '1.2' ? 'incomplete' : 'incomplete/unknown',
        score: '0',
      });

      await press(page, course, en('quiz.tryAgain'));
      await expect(course.locator('legend')).toBeFocused();
      await answerAll(page, course, RIGHT);
      expect(await objectiveOf(page, version, 'endorphins')).toEqual({
        status: version === '1.2' ? 'incomplete' : 'incomplete/unknown',
        score: '100',
      });
      expect(await apiErrors(page)).toEqual([]);
    });

    test('reload mid-module resumes at the same page with answers intact', async ({ page }) => {
      let course = await openPreview(page, version);
      await toQuiz(page, course);
      await answerAll(page, course, [RIGHT[0]!, WRONG[1]!], false);
      await page.reload();
      course = page.frameLocator('iframe[title="Course"]');
      await expect(course.getByRole('link', { name: en('start.continue') })).toBeVisible();
      await press(page, course, en('start.continue'));
      await expect(course.locator('h1')).toHaveText(en('endorphins.check.heading'));
      // Two answered, so the check carries on at question 3 of 5.
      await expect(course.locator('legend')).toContainText('Question 3 of 5');
      const data = await cmi(page);
      const entry = version === '1.2' ? data['cmi.core.entry'] : data['cmi.entry'];
      expect(entry).toBe('resume');
      await answerAll(page, course, RIGHT.slice(2));
      await expect(course.getByText(en('quiz.checkScore', { right: 4, total: 5 }))).toBeVisible();
      expect((await objectiveOf(page, version, 'endorphins'))?.score).toBe('80');
      // Every answer was reported, the two from before the reload included.
      const interactions = Object.keys(await cmi(page)).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
      expect(interactions).toHaveLength(5);
      expect(await apiErrors(page)).toEqual([]);
    });

    test('the browser Back button steps back through pages', async ({ page }) => {
      const course = await openPreview(page, version);
      await press(page, course, en('start.start'));
      await press(page, course, en('page.next'));
      await expect(course.locator('h1')).toHaveText(en('endorphins.how.heading'));
      // The top page's history.back() is the browser's Back button: it walks the joint history, frames included.
      await page.evaluate(() => history.back());
      await expect(course.locator('h1')).toHaveText(en('endorphins.what.heading'));
      await page.evaluate(() => history.forward());
      await expect(course.locator('h1')).toHaveText(en('endorphins.how.heading'));
      expect(await apiErrors(page)).toEqual([]);
    });
  });
}
