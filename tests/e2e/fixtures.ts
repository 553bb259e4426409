// Shared end-to-end set-up: every test fails on a console error, a page error, or a
// request that leaves this machine; and helpers to drive the course inside the preview.
import { test as base, expect, type Browser, type BrowserContext, type Page, type FrameLocator } from '@playwright/test';
import { course } from '../../modules/course';
import { checkCalls, unexpectedErrors, type LoggedCall, type ScormVersion } from '../support/conformance';
import { checkCmi5, type Statement } from '../support/cmi5-conformance';

export type Version = '1.2' | '2004';

interface Guard {
  consoleErrors: string[];
  outsideRequests: string[];
}

/** Starts the guard on a page of a context: console and page errors; requests that would leave this machine. */
function watch(context: BrowserContext, page: Page): Guard {
  const guard: Guard = { consoleErrors: [], outsideRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') guard.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => guard.consoleErrors.push(e.message));
  // Watched, not routed: routing every request through the test (to abort the few that
  // would leave) costs a round trip each and turns the browser's cache off.
  context.on('request', (request) => {
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(request.url())) guard.outsideRequests.push(request.url());
  });
  return guard;
}

/** The guard's verdict: no console error, no request that left, every LMS call conformant. */
async function expectGuarded(guard: Guard, page: Page): Promise<void> {
  expect(guard.consoleErrors, 'console errors').toEqual([]);
  expect(guard.outsideRequests, 'requests that left localhost').toEqual([]);
  await expectConformance(page);
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, context }, use) => {
      const guard = watch(context, page);
      await use(guard);
      await expectGuarded(guard, page);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Another learner on another device: a page in a fresh browser context (an LMS of its
 * own), watched as each test's page is; its test calls `expectGuarded` at the end (and
 * closes the context). `prepare` runs on the context before its page opens.
 */
export async function otherLearner(
  browser: Browser,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page; expectGuarded: () => Promise<void> }> {
  const context = await browser.newContext();
  await prepare?.(context);
  const page = await context.newPage();
  const guard = watch(context, page);
  return { context, page, expectGuarded: () => expectGuarded(guard, page) };
}

/**
 * A fault test's own console errors (the browser logs each request a faulty server
 * refuses): removed from the guard, and at least `atLeast` of them must have happened.
 */
export function allowConsoleErrors(guard: Guard, pattern: RegExp, atLeast = 1): void {
  const before = guard.consoleErrors.length;
  guard.consoleErrors.splice(0, before, ...guard.consoleErrors.filter((e) => !pattern.test(e)));
  expect(before - guard.consoleErrors.length, `console errors matching ${pattern}`).toBeGreaterThanOrEqual(atLeast);
}

/**
 * Every page load of the preview in this tab, judged by the strict recorder: no call the
 * specification forbids, and no error code other than those a fault switch caused.
 */
export async function expectConformance(page: Page): Promise<void> {
  if (page.isClosed()) return;
  await expectCmi5Conformance(page);
  const logs = await page
    .evaluate(() => {
      const p = window.__preview;
      return p ? [...p.earlierLogs(), { version: p.version, calls: p.calls }] : [];
    })
    .catch(() => [] as { version: ScormVersion; calls: LoggedCall[] }[]);
  for (const [n, { version, calls }] of logs.entries()) {
    const load = `page load ${n + 1} of ${logs.length} (SCORM ${version})`;
    expect(checkCalls(calls, version, { masteryScore: course.settings.masteryScore }), `violations in ${load}`).toEqual([]);
    expect(unexpectedErrors(calls), `LMS error codes in ${load}`).toEqual([]);
  }
}

/** What the preview's LRS holds for the registration of the cmi5 launch on this page. */
export async function lrsView(page: Page) {
  const launch = await page.evaluate(() => window.__cmi5Preview ?? null).catch(() => null);
  if (!launch) return null;
  const response = await page.request.get(`/xapi/lms/registration?registration=${launch.registration}`);
  const view = (await response.json()) as { statements: Statement[]; sessions: { id: string; fetches: number }[]; documents: Record<string, unknown> };
  return { ...view, launch };
}

/** A cmi5 launch in this tab: every statement of its registration, judged by the strict cmi5 checker. */
export async function expectCmi5Conformance(page: Page): Promise<void> {
  const view = await lrsView(page);
  if (!view) return;
  const fetches = Object.fromEntries(view.sessions.map((s) => [s.id, s.fetches]));
  expect(checkCmi5(view.statements, { registration: view.launch.registration, activityId: view.launch.activityId, fetches }), 'cmi5 violations').toEqual([]);
}

export async function openPreview(page: Page, version: Version, query = ''): Promise<FrameLocator> {
  await page.goto(`/preview/?scorm=${version}${query}`);
  const course = page.frameLocator('iframe[title="Course"]');
  await expect(course.locator('h1')).toBeVisible();
  // The start screen shows before the course's scripts run (prerendered): wait until the
  // course has taken it over and loaded its later parts, as a learner's first tap would.
  await laterPartsIn(course);
  return course;
}

/**
 * The course (a page, or the preview's course frame) has taken over its prerendered start
 * screen and has every later view and its strings (App.svelte says so on <html>).
 */
export const laterPartsIn = (scope: Page | FrameLocator) => expect(scope.locator('html')).toHaveAttribute('data-later-parts', 'in', { timeout: 20_000 });

export const cmi = (page: Page) => page.evaluate(() => window.__preview!.cmi());

/** Every API call whose error code afterwards was not 0. */
export const apiErrors = (page: Page) =>
  page.evaluate(() => window.__preview!.calls.filter((c) => c.error !== '0').map((c) => `${c.method}(${c.args.join(', ')}) -> ${c.error}`));

export const apiCalls = (page: Page) => page.evaluate(() => window.__preview!.calls.map((c) => ({ ...c })));

/** The status values an LMS report shows, whatever the version. */
export async function statusOf(page: Page, version: Version) {
  const data = await cmi(page);
  return version === '1.2'
    ? { status: data['cmi.core.lesson_status'], score: data['cmi.core.score.raw'] }
    : { status: `${data['cmi.completion_status']}/${data['cmi.success_status']}`, score: data['cmi.score.raw'] };
}

/** A module's (or the assessment's) objective as the LMS holds it. */
export async function objectiveOf(page: Page, version: Version, id: string) {
  const data = await cmi(page);
  const wanted = version === '1.2' ? id : `urn:scorm:acupuncture_pain:${id}`;
  const n = Object.keys(data)
    .map((k) => /^cmi\.objectives\.(\d+)\.id$/.exec(k))
    .find((m) => m && data[m[0]] === wanted)?.[1];
  if (n === undefined) return null;
  const at = (k: string) => data[`cmi.objectives.${n}.${k}`];
  return version === '1.2'
    ? { status: at('status'), score: at('score.raw') }
    : { status: `${at('completion_status')}/${at('success_status')}`, score: at('score.raw') };
}

// ---------------------------------------------------------------------------------------
// Whole-course helpers: answer questions from the real answer key (course-data.ts), use
// each module's interactive piece, and walk modules and the final check by clicking.

import { textPattern, type Answer, type AnswerKey, type CourseData } from './course-data';

/** The course inside the preview's iframe. */
export const courseFrame = (page: Page) => page.frameLocator('iframe[title="Course"]');

/** Anything that can find elements: a page (the standalone course) or the preview's frame. */
export type Scope = Page | FrameLocator;

/**
 * The prompt of the question on screen, once it is question `n` (when given), its count
 * read in the language of `data` (English when not given).
 */
export async function currentPrompt(scope: Scope, n?: number, data?: CourseData): Promise<string> {
  const legend = scope.locator('fieldset.question > legend');
  if (n !== undefined) await expect(legend.locator('.count')).toHaveText(questionCount(n, data));
  return ((await legend.locator('.prompt').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** "Question n of (any number)" in the language of `data` (English when not given), as a whole-text pattern. */
const questionCount = (n: number, data?: CourseData): RegExp => textPattern('quiz.questionOf', { n, total: 'any' }, data?.locale);

/** Chooses an answer by clicking (choice: its options; sort: a category per item). */
export async function chooseAnswer(scope: Scope, answer: Answer): Promise<void> {
  const question = scope.locator('fieldset.question');
  if (answer.kind === 'sort') {
    for (const { item, category } of answer.placements) {
      await question.getByRole('group', { name: item, exact: true }).getByRole('radio', { name: category, exact: true }).check();
    }
    return;
  }
  const multiple = (await question.locator('input[type="checkbox"]').count()) > 0;
  for (const option of answer.options) {
    await question.getByRole(multiple ? 'checkbox' : 'radio', { name: option, exact: true }).check();
  }
}

/** Reads the question on screen, chooses the right (or wrong) answer, and returns its key. */
export async function answerCurrent(scope: Scope, data: CourseData, which: 'right' | 'wrong', n?: number): Promise<AnswerKey> {
  const key = data.answerFor(await currentPrompt(scope, n, data));
  await chooseAnswer(scope, key[which]);
  return key;
}

/**
 * Uses the interactive piece on screen minimally: the endorphin pathway to its last step,
 * the relief timeline to its last point, and the plan builder filled to the limit
 * (`fillPlan`). Fails on an activity it does not know, so a new one gets a driver here.
 */
export async function useActivity(scope: Scope, data: CourseData): Promise<void> {
  if (await scope.locator('.pathway').count()) {
    const next = scope.getByRole('button', { name: data.t('endorphins.pathway.next') });
    for (let step = 2; step <= 3; step++) {
      await next.click();
      await expect(scope.locator('.pathway .progress')).toHaveText(data.t('endorphins.pathway.progress', { current: step, total: 3 }));
    }
  } else if (await scope.locator('.timeline').count()) {
    const slider = scope.getByRole('slider');
    const max = Number((await slider.getAttribute('max')) ?? 0);
    await slider.fill(String(max));
    // Points count from 1 (the slider from 0): the last point of all.
    await expect(scope.locator('.timeline .progress')).toHaveText(data.t('expect.timeline.progress', { current: max + 1, total: max + 1 }));
  } else if (await scope.locator('.builder').count()) {
    await fillPlan(scope);
  } else {
    throw new Error('An activity page this helper does not know: add a driver to useActivity() in fixtures.ts');
  }
}

/** Own-activity text at its full length, with quotes (each costs two characters in JSON). */
export const OWN_PLAN_TEXT = 'Walk to the "big" park with my dog, then a cup of tea. Rest!';

/**
 * Fills the plan as full as it goes: the first activities and the learner's own (last
 * box) up to the limit, the own text at its longest, and in every activity the last
 * choice of each question (by clicking; activities.spec.ts drives it by keyboard).
 */
export async function fillPlan(scope: Scope): Promise<void> {
  const boxes = scope.locator('.builder input[type="checkbox"]');
  const count = await boxes.count();
  // Tick from the end (own activity first) until a box refuses: that is the limit.
  await boxes.nth(count - 1).check();
  const own = scope.locator('.builder input[type="text"]');
  const max = Number((await own.getAttribute('maxlength')) ?? OWN_PLAN_TEXT.length);
  await own.fill(OWN_PLAN_TEXT.padEnd(max, '.').slice(0, max));
  // At the limit the other boxes say so (aria-disabled) and stay focusable.
  for (let i = 0; i < count - 1 && (await boxes.nth(i).getAttribute('aria-disabled')) !== 'true'; i++) {
    await boxes.nth(i).check();
  }
  const items = scope.locator('.builder fieldset.item');
  for (let i = 0; i < (await items.count()); i++) {
    const groups = items.nth(i).locator('fieldset.ask');
    for (let g = 0; g < (await groups.count()); g++) await groups.nth(g).getByRole('radio').last().check();
  }
}

/**
 * Answers the final check's questions from question `from` on to `upTo` (default: the
 * end, then waits for the result): right, except the first `wrong` of them or those
 * `wrong` picks. Returns the prompts in the order shown.
 */
export async function takeAssessment(
  scope: Scope,
  data: CourseData,
  opts: { from?: number; upTo?: number; wrong?: number | ((key: AnswerKey) => boolean) } = {},
): Promise<string[]> {
  const total = data.course.settings.assessmentQuestions;
  const { from = 1, upTo = total, wrong = 0 } = opts;
  const prompts: string[] = [];
  for (let n = from; n <= upTo; n++) {
    const prompt = await currentPrompt(scope, n, data);
    const key = data.answerFor(prompt);
    const isWrong = typeof wrong === 'number' ? n - from < wrong : wrong(key);
    await chooseAnswer(scope, key[isWrong ? 'wrong' : 'right']);
    prompts.push(prompt);
    await scope.getByRole('button', { name: data.t('quiz.submit') }).click();
  }
  if (upTo === total) await expect(scope.getByRole('heading', { name: data.t('quiz.resultHeading') })).toBeVisible();
  return prompts;
}

/**
 * From the menu with every module done: the final check, open now, passed with every
 * answer right. Returns its prompts in the order shown.
 */
export async function passFinalCheck(scope: Scope, data: CourseData): Promise<string[]> {
  const final = scope.locator('li.module.final');
  await expect(final).toHaveAttribute('data-status', 'ready');
  await final.getByRole('link').click();
  await expect(scope.locator('h1')).toHaveText(data.t(data.course.assessment!.title));
  await scope.getByRole('button', { name: data.t('assessment.start') }).click();
  const total = data.course.settings.assessmentQuestions;
  const prompts = await takeAssessment(scope, data);
  await expect(scope.getByText(data.t('quiz.resultScore', { right: total, total, score: 100 }))).toBeVisible();
  await expect(scope.getByText(data.t('assessment.passed'))).toBeVisible();
  return prompts;
}

/** Chooses a language in the picker on screen (start screen or menu), labelled in the language shown. */
export async function pickLanguage(scope: Scope, shown: CourseData, code: string): Promise<void> {
  await scope.getByRole('combobox', { name: shown.t('app.language') }).selectOption(code);
  await expect(scope.locator(':root')).toHaveAttribute('lang', code);
}

/** Every cmi.suspend_data value the course set in this page load and the earlier ones. */
export const suspendDataSet = (page: Page) =>
  page.evaluate(() => {
    const p = window.__preview!;
    const calls = [...p.earlierLogs().flatMap((l) => l.calls), ...p.calls];
    return calls.filter((c) => /SetValue$/.test(c.method) && c.args[0] === 'cmi.suspend_data').map((c) => c.args[1] ?? '');
  });

/** Ids of the interactions the LMS holds, in order. */
export async function interactionIds(page: Page): Promise<string[]> {
  const data = await cmi(page);
  return Object.keys(data)
    .map((k) => /^cmi\.interactions\.(\d+)\.id$/.exec(k))
    .filter((m): m is RegExpExecArray => !!m)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => data[m[0]]!);
}

/** The focused control, as a keyboard and screen reader user meets it. */
export interface FocusInfo {
  tag: string;
  type: string;
  /** Its label (wrapping or `for=`), else its text. */
  label: string;
  /** Legends of the fieldsets around it, innermost first. */
  groups: string[];
  checked: boolean;
  value: string;
}

export async function focusInfo(scope: Scope): Promise<FocusInfo> {
  return scope.locator(':root').evaluate(() => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const el = document.activeElement as HTMLInputElement | null;
    const groups: string[] = [];
    for (let f = el?.closest('fieldset'); f; f = f.parentElement?.closest('fieldset') ?? null) {
      groups.push(squash(f.querySelector(':scope > legend')?.textContent));
    }
    // What a screen reader would say: leave out decorative (aria-hidden) parts.
    const spoken = (node: Element) => {
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent;
    };
    const label = el && 'labels' in el && el.labels?.length ? el.labels[0]!.textContent : (el?.getAttribute('aria-label') ?? (el ? spoken(el) : ''));
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      label: squash(label),
      groups,
      checked: !!el?.checked,
      value: el?.value ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab, `backwards`) until `match` holds for the focused control. */
export async function tabUntil(
  page: Page,
  scope: Scope,
  match: (f: FocusInfo) => boolean,
  what: string,
  { backwards = false, maxTabs = 120 } = {},
): Promise<FocusInfo> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focusInfo(scope);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached ${what} (${maxTabs} tabs)`);
}

/**
 * Chooses a radio button by keyboard alone: Tab into the radio group inside the fieldsets
 * named `groups`, then arrow keys (which select) until `label`, or Space if focus landed
 * on it unselected. Returns the focused control, which must then be checked.
 */
export async function chooseRadioByKeyboard(page: Page, scope: Scope, groups: string[], label: string): Promise<FocusInfo> {
  const inGroup = (x: FocusInfo) => x.type === 'radio' && groups.every((g) => x.groups.includes(g));
  let f = await focusInfo(scope);
  if (!inGroup(f)) f = await tabUntil(page, scope, inGroup, `the radio group "${groups.join(' / ')}"`);
  for (let i = 0; i < 12 && f.label !== label; i++) {
    await page.keyboard.press('ArrowDown');
    f = await focusInfo(scope);
  }
  if (f.label !== label) throw new Error(`No radio "${label}" in "${groups.join(' / ')}"`);
  if (!f.checked) {
    await page.keyboard.press('Space');
    f = await focusInfo(scope);
  }
  expect(f.checked, `"${label}" chosen`).toBe(true);
  return f;
}

/** Ticks (or unticks) a checkbox by keyboard: Tab to it by its label, then Space. */
export async function toggleCheckboxByKeyboard(page: Page, scope: Scope, label: string, backwards = false): Promise<FocusInfo> {
  await tabUntil(page, scope, (x) => x.type === 'checkbox' && x.label === label, `the checkbox "${label}"`, { backwards });
  await page.keyboard.press('Space');
  return focusInfo(scope);
}

/**
 * Activates a button, link or disclosure by keyboard: Tab (never arrow keys, which would
 * change a radio group's answer on the way) to the one named `label`, then Enter.
 */
export async function pressByKeyboard(page: Page, scope: Scope, label: string, backwards = false): Promise<void> {
  await tabUntil(page, scope, (x) => ['button', 'a', 'summary'].includes(x.tag) && x.label === label, `"${label}"`, { backwards });
  await page.keyboard.press('Enter');
}

/**
 * Set-up only (full-course.spec.ts proves the real walk): gets these modules done as fast
 * as the course allows, from any page. Each page is opened by its address and each check
 * answered right inside the page (real click events on the real controls, without
 * Playwright's per-action round trips). Ends on the menu.
 */
export async function completeModulesFast(scope: Scope, data: CourseData, moduleIds = data.modules.map((m) => m.id)): Promise<void> {
  const answers = Object.fromEntries(data.checkQuestions().map((q) => [data.t(q.prompt), data.answerFor(data.t(q.prompt)).right]));
  const chosen = data.modules.filter((m) => moduleIds.includes(m.id));
  const pages = chosen.flatMap((m) => m.pages.map((p) => ({ hash: `#/${m.id}/${p.id}`, heading: data.t(p.heading), quiz: p.kind === 'quiz' })));
  const words = { check: data.t('quiz.check') };
  await scope.locator(':root').evaluate(
    async (_root, { pages, answers, words }) => {
      const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const until = async (what: string, ok: () => boolean) => {
        for (let i = 0; i < 500; i++) {
          if (ok()) return;
          await new Promise((r) => setTimeout(r, 10));
        }
        throw new Error(`completeModulesFast: timed out waiting for ${what}`);
      };
      const labelled = (root: ParentNode, text: string) =>
        [...root.querySelectorAll('label')].find((l) => squash(l.textContent) === text)?.querySelector('input');
      // At a learner's pace: each step's LMS calls (in the preview around this frame) end
      // before the next step, rather than many steps sharing one commit.
      const lmsIdle = async () => {
        const calls = (parent as unknown as { __preview?: { calls: unknown[] } }).__preview?.calls;
        if (!calls) return;
        for (let seen = -1; seen !== calls.length;) {
          seen = calls.length;
          await new Promise((r) => setTimeout(r, 40));
        }
      };
      const prompt = () => squash(document.querySelector('fieldset.question > legend .prompt')?.textContent);
      const submit = () => document.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
      for (const page of pages) {
        location.hash = page.hash;
        await until(`"${page.heading}"`, () => squash(document.querySelector('h1')?.textContent) === page.heading);
        await lmsIdle();
        if (!page.quiz) continue;
        await until('the check', () => !!prompt() || !!document.querySelector('.result'));
        while (prompt()) {
          const shown = prompt();
          const answer = answers[shown];
          if (!answer) throw new Error(`completeModulesFast: no answer for "${shown}"`);
          if (answer.kind === 'choice') {
            for (const option of answer.options) labelled(document.querySelector('fieldset.question')!, option)!.click();
          } else {
            for (const { item, category } of answer.placements) {
              const group = [...document.querySelectorAll('fieldset.item')].find((f) => squash(f.querySelector('legend')?.textContent) === item)!;
              labelled(group, category)!.click();
            }
          }
          if (squash(submit().textContent) !== words.check) throw new Error('completeModulesFast: no Check answer button');
          submit().click();
          await until('feedback', () => !!document.querySelector('.feedback .box'));
          await lmsIdle();
          submit().click();
          await until('the next question', () => prompt() !== shown || !!document.querySelector('.result'));
          if (document.querySelector('.result')) break;
        }
      }
      location.hash = '#/menu';
      await lmsIdle();
    },
    { pages, answers, words },
  );
  await expect(scope.locator('h1')).toHaveText(data.t('menu.heading'));
  for (const m of chosen) {
    await expect(scope.locator('li.module').nth(data.modules.indexOf(m))).toHaveAttribute('data-status', 'done');
  }
}
