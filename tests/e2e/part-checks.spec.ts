// A part's check is for learning, in the preview LMS in both SCORM versions, by keyboard:
// at 3 of 4 (below the pass mark) the learner sees what they got right and what to look
// at again, never a fail, and the LMS records the part's score with no failure; the sort
// question scores per item, with per-item feedback; the part is done once answered.
import type { FrameLocator, Page } from '@playwright/test';
import {
  test,
  expect,
  openPreview,
  apiErrors,
  cmi,
  currentPrompt,
  objectiveOf,
  interactionIds,
  chooseRadioByKeyboard,
  pressByKeyboard,
  type Version,
} from './fixtures';
import { answerByKeyboard } from './keyboard';
import { loadCourse, type AnswerKey, type CourseData } from './course-data';
import type { SortQuestion } from '../../src/course/types';

test.describe.configure({ timeout: 120_000 });

/** The check that holds the course's sort question. */
async function sortCheck(data: CourseData) {
  for (const m of data.modules) {
    for (const p of m.pages) {
      if (p.kind === 'quiz' && p.questions.some((q) => q.type === 'sort')) return { m, p, questions: p.questions };
    }
  }
  throw new Error('no check with a sort question');
}

/**
 * Answers the question on screen by keyboard: a choice question right or wrong, a sort
 * question with the items in `misplace` in the other category; checks it and moves on.
 */
async function answer(
  page: Page,
  course: FrameLocator,
  data: CourseData,
  n: number,
  total: number,
  wrong: boolean,
  misplace: string[] = [],
): Promise<AnswerKey> {
  const key = data.answerFor(await currentPrompt(course, n, data));
  const choice = key[wrong ? 'wrong' : 'right'];
  if (choice.kind === 'choice') {
    await answerByKeyboard(page, course, choice.options, n === total);
    return key;
  }
  if (key.right.kind !== 'sort') throw new Error('a sort question without placements');
  const q = key.question as SortQuestion;
  const other = (id: string) => data.t(q.categories.find((c) => c.id !== id)!.label);
  for (const [i, item] of q.items.entries()) {
    const placement = key.right.placements[i]!;
    await chooseRadioByKeyboard(page, course, [placement.item], misplace.includes(item.id) ? other(item.category) : placement.category);
  }
  await pressByKeyboard(page, course, data.t('quiz.check'));
  const box = course.locator('.feedback .box');
  if (misplace.length) {
    await expect(box).toContainText(data.t('quiz.incorrect'));
    await expect(box).toContainText(data.t('quiz.sortScore', { right: q.items.length - misplace.length, total: q.items.length }));
  } else await expect(box).toContainText(data.t('quiz.correct'));
  // Per item: right, or where it belongs.
  for (const [i, item] of q.items.entries()) {
    const { item: label, category } = key.right.placements[i]!;
    await expect(course.getByRole('group', { name: label, exact: true })).toContainText(
      data.t(misplace.includes(item.id) ? 'quiz.sortWrong' : 'quiz.sortRight', { category }),
    );
  }
  await page.keyboard.press('Enter');
  return key;
}

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: 3 of 4 in a part check teaches and fails nothing; the sort question scores per item`, async ({ page }) => {
    const data = await loadCourse();
    const mastery = data.course.settings.masteryScore;
    const { m, p, questions } = await sortCheck(data);
    const total = questions.length;
    const course = await openPreview(page, version);
    // The part's pages up to its check, each by its address (as the menu's links would).
    for (const before of m.pages.slice(0, m.pages.indexOf(p) + 1)) {
      await course.locator(':root').evaluate((_r, hash) => (location.hash = hash), `#/${m.id}/${before.id}`);
      await expect(course.locator('h1')).toHaveText(data.t(before.heading));
    }

    // Try 1: every answer right but the last.
    const keys: AnswerKey[] = [];
    for (let n = 1; n <= total; n++) keys.push(await answer(page, course, data, n, total, n === total));
    const result = course.locator('.result');
    await expect(course.getByRole('heading', { name: data.t('quiz.resultHeading') })).toBeFocused();
    await expect(result).toContainText(data.t('quiz.checkScore', { right: total - 1, total }));
    const score = Math.round(((total - 1) / total) * 100);
    expect(score, 'below the pass mark, as the issue found it').toBeLessThan(mastery);
    // What was right, and what to look at again with why: never a fail.
    const rightList = result.getByRole('list').first();
    await expect(result.getByRole('heading', { name: data.t('quiz.gotRight') })).toBeVisible();
    for (const key of keys.slice(0, -1)) await expect(rightList).toContainText(data.t(key.question.prompt));
    await expect(result.getByRole('heading', { name: data.t('quiz.lookAgain') })).toBeVisible();
    const missed = keys.at(-1)!.question;
    await expect(
      result
        .getByRole('listitem')
        .filter({ hasText: data.t(missed.prompt) })
        .last(),
    ).toContainText(data.t(missed.feedback.incorrect));
    await expect(result).not.toContainText('✗');
    await expect(result).not.toContainText(`${mastery}%`);
    // The LMS: the part's score, and no failure (the part is not finished yet).
    expect(await objectiveOf(page, version, m.id)).toEqual({
      status: version === '1.2' ? 'incomplete' : 'incomplete/unknown',
      score: String(score),
    });

    // Try 2, by keyboard: everything right but one item of the sort.
    await pressByKeyboard(page, course, data.t('quiz.tryAgain'));
    await expect(course.locator('fieldset.question > legend').first()).toBeFocused();
    const sort = questions.find((q): q is SortQuestion => q.type === 'sort')!;
    const misplaced = sort.items[0]!;
    for (let n = 1; n <= total; n++) {
      const prompt = await currentPrompt(course, n, data);
      const isSort = data.answerFor(prompt).question === sort;
      await answer(page, course, data, n, total, false, isSort ? [misplaced.id] : []);
    }
    await expect(result).toContainText(data.t('quiz.checkScore', { right: total - 1, total }));
    const sortEntry = result.getByRole('listitem').filter({ hasText: data.t(sort.prompt) });
    await expect(sortEntry).toContainText(data.t('quiz.sortScore', { right: sort.items.length - 1, total: sort.items.length }));
    const belongs = data.t(sort.categories.find((c) => c.id === misplaced.category)!.label);
    await expect(sortEntry).toContainText(`${data.t(misplaced.label)}: ${data.t('quiz.sortWrong', { category: belongs })}`);
    // Seven of eight counts: the sort earns 7/8 of its share.
    const partial = Math.round(((total - 1 + (sort.items.length - 1) / sort.items.length) / total) * 100);
    expect((await objectiveOf(page, version, m.id))?.score).toBe(String(partial));
    // The sort is still one interaction, reported as not right (its pattern says which items).
    const ids = await interactionIds(page);
    const n = ids.map((id) => id.split(/[.:]/).at(-1)).lastIndexOf(sort.id);
    expect((await cmi(page))[`cmi.interactions.${n}.result`]).toBe(version === '1.2' ? 'wrong' : 'incorrect');

    // On to the end of the part: done, with its score, and still no failure.
    const pages = m.pages.slice(m.pages.indexOf(p) + 1);
    for (const next of pages) {
      await pressByKeyboard(page, course, data.t('page.next'));
      await expect(course.locator('h1')).toHaveText(data.t(next.heading));
    }
    await pressByKeyboard(page, course, data.t('page.finish'));
    await expect(course.locator('h1')).toHaveText(data.t('menu.heading'));
    expect(await objectiveOf(page, version, m.id)).toEqual({
      status: version === '1.2' ? 'completed' : 'completed/unknown',
      score: String(partial),
    });
    expect(await apiErrors(page)).toEqual([]);
  });
}
