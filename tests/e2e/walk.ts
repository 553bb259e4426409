// The one walk through the course by clicking: walkCourse, every page and every state a
// learner meets in the standalone course (/web/), in order, with a hook (`visit`) at each;
// its module part, walkModule (with answerCheck), which tests that need a module or the
// whole course done by clicking use too (completeCourse), in the standalone course or the
// preview's frame; and its twin for presenter mode (walkSlides), every slide and reveal
// step. Checks that need "each state of the course" (axe, reflow, overflow, screenshots,
// text spacing, structure) hook into one walk per language rather than walking again.
// (Set-up that only needs modules done uses fixtures.ts's completeModulesFast, inside the
// page; the LMS fault tests' short, fixed script is learner.ts's learnerDoes.) Text is
// found by locale key (course-data.ts), so the walk works in every language.
import { expect, type Page } from '@playwright/test';
import { revealSteps } from '../../src/presenter/steps';
import type { CourseData } from './course-data';
import { answerCurrent, chooseAnswer, currentPrompt, passFinalCheck, useActivity, type Scope } from './fixtures';

/** One state of the course, as a check sees it. */
export interface State {
  /** A name unique in the walk, e.g. "endorphins/check: q1, feedback (wrong)". */
  name: string;
  /** The module the state belongs to (none for the shell's pages and the final check). */
  module?: string;
  /** The page id within the module. */
  page?: string;
  /** What sort of state: a page as it opens, one in use, a question, a result, a dialog… */
  kind: 'page' | 'in use' | 'print' | 'question' | 'nothing chosen' | 'feedback' | 'result' | 'dialog';
  /** The question number, for a question or its feedback. */
  question?: number;
}

export type Visit = (state: State) => Promise<void>;

export const courseUrl = (locale: string, hash = '') => `/web/${locale === 'en-GB' ? '' : `?lang=${locale}`}${hash}`;

/**
 * Walks the whole course in `data`'s language from a fresh first visit:
 * - the start screen, the menu, the final check still locked;
 * - each module page by page (Next, then Finish); each activity used (useActivity), and
 *   the plan's printed sheet in print media; each knowledge check: every question before
 *   its answer, the first also with nothing chosen (the error), the first answered wrong
 *   and the rest right, each with its feedback, then the result; the menu after the first
 *   module and after all;
 * - the final check: its intro, every question (the first also with nothing chosen and
 *   with an answer chosen), a failed result (wrong on the first and third parts), Try
 *   again, a pass; the menu;
 * - every other page the menu links to (the summary, the accessibility statement…);
 * - the Display dialog (left closed again);
 * - a return visit: the start screen offering to continue.
 */
export async function walkCourse(page: Page, data: CourseData, visit: Visit): Promise<void> {
  const heading = (text: string) => expect(page.locator('main h1')).toHaveText(text);
  const goTo = (hash: string) => page.evaluate((h) => (location.hash = h), hash);
  const at = async (state: State) => {
    // No hover effect from the last click.
    await page.mouse.move(0, 0);
    await visit(state);
  };

  // A first visit.
  await page.goto(courseUrl(data.locale));
  await expect(page.locator('html')).toHaveAttribute('lang', data.locale);
  await heading(data.t(data.course.title));
  await at({ name: 'start', kind: 'page' });
  await goTo('#/menu');
  await heading(data.t('menu.heading'));
  await at({ name: 'menu, new', kind: 'page' });
  await goTo('#/assessment');
  await expect(page.getByText(data.t('assessment.locked'))).toBeVisible();
  await at({ name: 'final check, locked', kind: 'page' });
  await goTo('#/menu');
  await heading(data.t('menu.heading'));

  // Each module: the first answer of its check wrong, to show that feedback too; the rest right.
  const firstWrong = { page, visit: at, answer: (q: number) => (q === 1 ? 'wrong' : 'right') } as const;
  for (const [i, m] of data.modules.entries()) {
    await page.locator('li.module').nth(i).getByRole('link').click();
    await walkModule(page, data, m.id, firstWrong);
    if (i === 0) await at({ name: 'menu, one module done', kind: 'page' });
  }
  await expect(page.locator('li.module[data-status="done"]')).toHaveCount(data.modules.length);
  await at({ name: 'menu, all modules done', kind: 'page' });

  // The final check: intro, every question, a failed result, then a pass.
  await page.locator('li.module.final').getByRole('link').click();
  await heading(data.t('assessment.title'));
  await at({ name: 'final check: intro', kind: 'page' });
  await page.getByRole('button', { name: data.t('assessment.start') }).click();
  const total = data.course.settings.assessmentQuestions;
  const failOn = new Set([data.modules[0]!.id, data.modules[2]!.id]);
  for (let q = 1; q <= total; q++) {
    const question = { name: `final check: q${q}`, kind: 'question' as const, question: q };
    const key = data.answerFor(await currentPrompt(page, q, data));
    await at(question);
    if (q === 1) await nothingChosen(page, question, data.t('quiz.submit'), at);
    // Wrong on the first and third parts: a fail, with parts to look at again.
    await chooseAnswer(page, key[failOn.has(key.moduleId) ? 'wrong' : 'right']);
    if (q === 1) await at({ ...question, name: 'final check: q1, chosen' });
    await page.getByRole('button', { name: data.t('quiz.submit') }).click();
  }
  await expect(page.getByRole('heading', { name: data.t('quiz.resultHeading') })).toBeVisible();
  await at({ name: 'final check: result, failed', kind: 'result' });
  await page.getByRole('button', { name: data.t('assessment.tryAgain') }).click();
  for (let q = 1; q <= total; q++) {
    await answerCurrent(page, data, 'right', q);
    await page.getByRole('button', { name: data.t('quiz.submit') }).click();
  }
  await expect(page.getByText(data.t('assessment.passed'))).toBeVisible();
  await at({ name: 'final check: result, passed', kind: 'result' });
  await goTo('#/menu');
  await heading(data.t('menu.heading'));
  await at({ name: 'menu, passed', kind: 'page' });

  // Every other page the menu links to (beyond the modules and the final check).
  const modules = new Set([...data.modules.map((m) => m.id), 'assessment', 'menu', '']);
  const others = (await page.locator('main a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).filter(
    (h) => !modules.has(h.split('/')[1]!),
  );
  // The shell's own pages, whether or not the menu links to them.
  for (const hash of [...new Set(['#/summary', '#/accessibility', ...others])]) {
    await goTo(hash);
    await expect(page.locator('main h1')).not.toHaveText(data.t('menu.heading'));
    if (hash === '#/summary') await expect(page.locator('main .takeaway')).toHaveCount(data.modules.length);
    await at({ name: hash.slice(2), kind: 'page' });
  }

  // The Display dialog, from any page.
  await page.locator('.display-button').click();
  await expect(page.getByRole('dialog', { name: data.t('display.heading') })).toBeVisible();
  await at({ name: 'Display dialog', kind: 'dialog' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Coming back later.
  await goTo('#/');
  await page.reload();
  await expect(page.getByRole('link', { name: data.t('start.continue') })).toBeVisible();
  await heading(data.t(data.course.title));
  await at({ name: 'start, returning', kind: 'page' });
}

/** Submits the question on screen with nothing chosen, and shows the error it gets. */
async function nothingChosen(scope: Scope, state: State, button: string, visit: Visit): Promise<void> {
  await scope.getByRole('button', { name: button }).click();
  await expect(scope.locator('.quiz form .error')).toBeVisible();
  await visit({ ...state, name: `${state.name}, nothing chosen`, kind: 'nothing chosen' });
}

/**
 * How walkModule goes: the answer each question of the check gets (right unless said), and,
 * for a walk that looks at every state, the page and what to do at each state (with them,
 * the check's first question is also submitted with nothing chosen, and the plan's sheet
 * is shown in print media).
 */
export interface ModuleWay {
  answer?: (q: number) => 'right' | 'wrong';
  page?: Page;
  visit?: Visit;
}

/**
 * The one clicking walk of a module, in the standalone course or the preview's frame: from
 * its first page to the course menu, page by page (Next, then Finish), its activity used
 * (useActivity) and its check answered (answerCheck). Returns how many questions it answered.
 */
export async function walkModule(scope: Scope, data: CourseData, moduleId: string, way: ModuleWay = {}): Promise<number> {
  const m = data.modules.find((x) => x.id === moduleId)!;
  let answered = 0;
  for (const [j, p] of m.pages.entries()) {
    const base = { module: m.id, page: p.id };
    const name = `${m.id}/${p.id}`;
    await expect(scope.locator('main h1')).toHaveText(data.t(p.heading));
    await expect(scope.locator('.context .module-name')).toContainText(data.t(m.title));
    await way.visit?.({ ...base, name, kind: 'page' });
    if (p.kind === 'activity') {
      await useActivity(scope, data);
      await way.visit?.({ ...base, name: `${name}: in use`, kind: 'in use' });
      if (way.page && way.visit && (await scope.locator('.relief-plan-sheet').count())) {
        await way.page.emulateMedia({ media: 'print' });
        await way.visit({ ...base, name: `${name}: printed`, kind: 'print' });
        await way.page.emulateMedia({ media: 'screen' });
      }
    }
    if (p.kind === 'quiz') answered += await answerCheck(scope, data, way);
    await scope
      .getByRole('navigation', { name: data.t('page.navLabel') })
      .getByRole('link', { name: data.t(j === m.pages.length - 1 ? 'page.finish' : 'page.next') })
      .click();
  }
  await expect(scope.locator('main h1')).toHaveText(data.t('menu.heading'));
  return answered;
}

/**
 * Answers every question of the knowledge check on screen (as `way` says), checking each and
 * reading its feedback; ends on the result. Returns how many it answered.
 */
export async function answerCheck(scope: Scope, data: CourseData, way: ModuleWay = {}): Promise<number> {
  // Which check: the one that holds the question on screen (in any language).
  const first = data.answerFor(await currentPrompt(scope));
  const m = data.modules.find((x) => x.id === first.moduleId)!;
  const p = m.pages.find((x) => x.kind === 'quiz' && x.questions.includes(first.question));
  if (p?.kind !== 'quiz') throw new Error(`answerCheck: no check holds "${data.t(first.question.prompt)}"`);
  const base = { module: m.id, page: p.id };
  const total = p.questions.length;
  for (let q = 1; q <= total; q++) {
    const question = { ...base, name: `${m.id}/${p.id}: q${q}`, kind: 'question' as const, question: q };
    await currentPrompt(scope, q, data);
    await way.visit?.(question);
    if (q === 1 && way.visit) await nothingChosen(scope, question, data.t('quiz.check'), way.visit);
    const which = way.answer?.(q) ?? 'right';
    await answerCurrent(scope, data, which, q);
    await scope.getByRole('button', { name: data.t('quiz.check') }).click();
    await expect(scope.locator('.feedback .box')).toContainText(data.t(which === 'right' ? 'quiz.correct' : 'quiz.incorrect'));
    await way.visit?.({ ...question, name: `${question.name}, feedback (${which})`, kind: 'feedback' });
    await scope.getByRole('button', { name: data.t(q === total ? 'quiz.seeResult' : 'quiz.nextQuestion') }).click();
  }
  await expect(scope.getByRole('heading', { name: data.t('quiz.resultHeading') })).toBeVisible();
  await way.visit?.({ ...base, name: `${m.id}/${p.id}: result`, kind: 'result' });
  return total;
}

/**
 * From the start screen of a fresh attempt: every module walked (each check all right),
 * then the final check, open once they are done, passed with every answer right. Returns
 * the final check's prompts in the order shown.
 */
export async function completeCourse(scope: Scope, data: CourseData): Promise<string[]> {
  await scope.getByRole('link', { name: data.t('start.start') }).click();
  let answered = 0;
  for (const [i, m] of data.modules.entries()) {
    if (i > 0) await scope.locator('li.module').nth(i).getByRole('link').click();
    answered += await walkModule(scope, data, m.id);
  }
  await expect(scope.locator('li.module[data-status="done"]')).toHaveCount(data.modules.length);
  expect(answered).toBe(data.checkQuestions().length);
  return passFinalCheck(scope, data);
}

/** One state of presenter mode: a slide, a step of a question's reveal, an overlay. */
export interface SlideState {
  name: string;
  kind: 'slide' | 'step' | 'overlay' | 'blank';
  /** Whether it is worth axe's time: every slide and overlay, and each question before and after its reveal. */
  axe: boolean;
}

/**
 * Presenter mode (/web/?present=1) in `data`'s language: its home, every slide of every
 * part, every step of every question's reveal (PageDown, "next" in either text
 * direction), then the key guide, the overview, the notes panel and the blank screen.
 */
export async function walkSlides(page: Page, data: CourseData, visit: (state: SlideState) => Promise<void>): Promise<void> {
  await page.goto(`/web/?present=1${data.locale === 'en-GB' ? '' : `&lang=${data.locale}`}`);
  await expect(page.locator('main h1')).toHaveText(data.t('presenter.home.heading'));
  await visit({ name: 'home', kind: 'slide', axe: true });
  for (const module of data.modules) {
    for (const p of module.pages) {
      const name = `${module.id}/${p.id}`;
      await page.evaluate((h) => (location.hash = h), `#/${name}`);
      await expect(page.locator('main h1')).toHaveText(data.t(p.heading));
      await expect(page.locator('main h1')).toBeFocused();
      await visit({ name, kind: 'slide', axe: true });
      if (p.kind !== 'quiz') continue;
      for (const [n, q] of p.questions.entries()) {
        if (n > 0) {
          await page.keyboard.press('PageDown');
          await visit({ name: `${name}: question ${n + 1}`, kind: 'step', axe: true });
        }
        const steps = revealSteps(q);
        for (let step = 1; step <= steps; step++) {
          await page.keyboard.press('PageDown');
          await expect(page.locator('.reveal-quiz')).toHaveAttribute('data-revealed', String(step));
          await visit({ name: `${name}: question ${n + 1}, reveal ${step} of ${steps}`, kind: 'step', axe: step === 1 || step === steps });
        }
      }
    }
  }
  // The overlays.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await visit({ name: 'key guide', kind: 'overlay', axe: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog')).toBeVisible();
  await visit({ name: 'overview', kind: 'overlay', axe: true });
  await page.keyboard.press('Escape');
  // S does nothing while an overlay is open: wait until it has closed, as a person would.
  await expect(page.getByRole('dialog')).toBeHidden();
  // No second window here: the notes open as the panel beside the slide.
  await page.evaluate(() => (window.open = () => null));
  await page.keyboard.press('s');
  await expect(page.locator('.notes-panel')).toBeVisible();
  await visit({ name: 'notes panel', kind: 'overlay', axe: true });
  await page.keyboard.press('s');
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank-screen')).toBeVisible();
  await visit({ name: 'blank screen', kind: 'blank', axe: true });
  await page.keyboard.press('b');
}
