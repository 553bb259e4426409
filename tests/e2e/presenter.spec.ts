// Presenter mode (src/presenter), driven as a facilitator drives it: by keys alone, with
// the notes in a second window. Nothing the room does is recorded: no SetValue or Commit
// reaches the LMS while presenting, and the browser's storage does not change.
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, openPreview, apiCalls, cmi, pressByKeyboard, type Version } from './fixtures';
import { loadCourse, type CourseData } from './course-data';
import { KEY_MAP } from '../../src/presenter/keys';
import { channelName } from '../../src/presenter/channel';
import type { Module } from '../../src/course/types';

type Scope = Page | FrameLocator;

/** Everything in this origin's storage, to compare before and after presenting. */
const storage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage).filter(([k]) => !k.startsWith('scorm-preview'))),
  }));

/** LMS calls that write: every SetValue and Commit. */
const writes = (calls: { method: string; args: readonly string[] }[]) =>
  calls.filter((c) => /SetValue$|Commit$/.test(c.method)).map((c) => `${c.method}(${c.args.join(', ')})`);

/** Fails the test on errors in another page of the context (a notes window). */
function watchErrors(other: Page, into: string[]) {
  other.on('console', (m) => {
    if (m.type() === 'error') into.push(`${other.url()}: ${m.text()}`);
  });
  other.on('pageerror', (e) => into.push(`${other.url()}: ${e.message}`));
}

const slideHeading = (scope: Scope) => scope.locator('main h1');

/**
 * Presses Next (a clicker key, in turn) until the last page of the part, checking each
 * page and each step of every question slide: a choice question shows its right
 * option(s) and explanation on reveal; a sort question moves one item per press.
 */
async function runPart(page: Page, scope: Scope, data: CourseData, module: Module) {
  const nextKeys = ['ArrowRight', 'PageDown', 'Space'];
  let presses = 0;
  const next = () => page.keyboard.press(nextKeys[presses++ % nextKeys.length]!);
  for (const [i, p] of module.pages.entries()) {
    await expect(slideHeading(scope)).toHaveText(data.t(p.heading));
    await expect(scope.locator('nav .where')).toHaveText(
      data.t('presenter.where', { n: data.course.modules.findIndex((m) => m.id === module.id) + 1, current: i + 1, total: module.pages.length }),
    );
    if (p.kind === 'quiz') {
      for (const [n, q] of p.questions.entries()) {
        if (n > 0) await next();
        const quiz = scope.locator('.reveal-quiz');
        await expect(quiz).toHaveAttribute('data-question', q.id);
        await expect(quiz.locator('.count')).toHaveText(data.t('presenter.questionOf', { n: n + 1, total: p.questions.length }));
        await expect(quiz.locator('#reveal-prompt')).toHaveText(data.t(q.prompt));
        // Before the reveal: nothing marked, no explanation, and no inputs (no learner's selection).
        await expect(quiz.locator('.explain')).toHaveCount(0);
        await expect(quiz.locator('input')).toHaveCount(0);
        if (q.type === 'sort') {
          await expect(quiz.locator('.to-sort .chip')).toHaveCount(q.items.length);
          for (const [k, item] of q.items.entries()) {
            await next();
            const category = quiz.locator(`.category[data-category="${item.category}"]`);
            await expect(category.locator(`.chip[data-item="${item.id}"]`)).toHaveClass(/latest/);
            await expect(quiz.locator('.to-sort .chip')).toHaveCount(q.items.length - k - 1);
          }
          await expect(quiz.locator('.explain')).toHaveText(data.t(q.feedback.correct));
        } else {
          await next();
          const right = quiz.locator('.option.right');
          await expect(right).toHaveCount(q.correct.length);
          for (const r of await right.all()) await expect(r).toContainText(data.t('presenter.rightAnswer'));
          await expect(quiz.locator('.explain')).toHaveText(data.t(q.feedback.correct));
        }
      }
    }
    if (p.kind === 'activity' && !p.presenterPrompt) {
      // The figure steps with the clicker, as a question does: Next moves it on (the
      // heading stays) until its last step; only then does Next turn the page.
      const heading = data.t(p.heading);
      // (allTextContents: does not wait for a box the next page may not have.)
      const figure = async () => (await scope.locator('main .slide .activity-box').allTextContents()).join('');
      const shown = async () => `${(await slideHeading(scope).allTextContents()).join('')}\n${await figure()}`;
      let steps = 0;
      for (; steps < 10; steps++) {
        const before = await shown();
        await next();
        // Each press shows something new: the figure's next step, or the next page.
        await expect.poll(shown).not.toBe(before);
        if ((await slideHeading(scope).textContent()) !== heading) break;
      }
      expect(steps, `${p.id}: Next steps through the figure first`).toBeGreaterThan(0);
      if (i === module.pages.length - 1) return;
      continue;
    }
    if (i < module.pages.length - 1) await next();
  }
}

test.describe('presenter mode, standalone', () => {
  test('a whole part by keys alone, with blank screen, overview, reveal and notes in a second window; nothing stored', async ({ page, context }) => {
    test.setTimeout(120_000);
    const data = await loadCourse();
    const others: string[] = [];
    await page.goto('/web/');
    await expect(slideHeading(page)).toHaveText(data.t('course.title'));
    // The learner's launch has saved (the in-page LMS commits once at the start).
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':local-lms')))).toBe(true);
    const before = await storage(page);

    // In from the start screen, by keyboard.
    await pressByKeyboard(page, page, data.t('presenter.enter'));
    await expect(slideHeading(page)).toHaveText(data.t('presenter.home.heading'));
    await expect(slideHeading(page)).toBeFocused();
    await expect(page).toHaveURL(/[?&]present=1/);
    await expect(page.locator('html')).toHaveClass(/presenting/);

    // A listener on the channel, as any second window would be, before the part starts.
    const listener = await context.newPage();
    watchErrors(listener, others);
    await listener.goto('/web/index.html?present=notes');
    await expect(listener.locator('h1')).toHaveText(data.t('presenter.notesWindowTitle'));
    await listener.evaluate((name) => {
      const got: unknown[] = [];
      (window as unknown as { got: unknown[] }).got = got;
      new BroadcastChannel(name).onmessage = (e: MessageEvent) => got.push(e.data);
    }, channelName(data.course.id));

    const module = data.modules[0]!;
    await pressByKeyboard(page, page, `${data.t('presenter.partLabel', { n: 1 })}: ${data.t(module.title)}`);
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[0]!.heading));
    await expect(slideHeading(page)).toBeFocused();

    // Back and forth, first and last.
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[1]!.heading));
    await page.keyboard.press('PageUp');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[0]!.heading));
    await page.keyboard.press('End');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages.at(-1)!.heading));
    await page.keyboard.press('ArrowLeft');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages.at(-2)!.heading));
    // Entered going back, a question slide shows its last question, answered.
    await expect(page.locator('.reveal-quiz .explain')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[0]!.heading));

    // Blank screen: B blanks, other keys wait, "." brings the slide back.
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank-screen')).toBeVisible();
    await expect(page.getByTestId('blank-screen')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('main')).toHaveText(new RegExp(data.t(module.pages[0]!.heading)));
    await page.keyboard.press('.');
    await expect(page.getByTestId('blank-screen')).toHaveCount(0);
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[0]!.heading));

    // The key guide lists exactly the key table's actions.
    await page.keyboard.press('?');
    const guide = page.getByRole('dialog', { name: data.t('presenter.keys.heading') });
    await expect(guide).toBeVisible();
    await expect(guide.locator('tbody tr')).toHaveCount(KEY_MAP.length);
    for (const binding of KEY_MAP) await expect(guide.locator(`tr[data-action="${binding.action}"]`)).toContainText(data.t(binding.description));
    await page.keyboard.press('Escape');
    await expect(guide).toBeHidden();

    // The overview: every page, the current one marked; jump by keyboard.
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: data.t('presenter.overview.heading', { n: 1 }) });
    await expect(overview).toBeVisible();
    await expect(overview.locator('ol.pages li')).toHaveCount(module.pages.length);
    await expect(overview.locator('[aria-current="page"]')).toContainText(data.t(module.pages[0]!.heading));
    const target = module.pages.length - 3;
    await pressByKeyboard(page, page, `${target + 1} ${data.t(module.pages[target]!.heading)}`);
    await expect(overview).toBeHidden();
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[target]!.heading));
    await page.keyboard.press('Home');

    // The notes window: S opens it, it follows the slides, and its keys move them.
    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const notes = await popupOpened;
    watchErrors(notes, others);
    await expect(notes).toHaveURL(/[?&]present=notes/);
    await expect(notes.locator('.notes .heading-text')).toHaveText(data.t(module.pages[0]!.heading));
    await expect(notes.locator('.notes .body')).toHaveText(data.t(module.pages[0]!.notes![0]!));
    await expect(notes.locator('.notes .next')).toContainText(data.t(module.pages[1]!.heading));
    await expect(notes.locator('.timer [role="timer"]')).toHaveText(/^\d+:\d\d$/);
    await expect(page.locator('.notes-panel')).toHaveCount(0);
    // The hand-opened listener window follows too.
    await expect(listener.locator('.notes .heading-text')).toHaveText(data.t(module.pages[0]!.heading));
    await notes.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[1]!.heading));
    await notes.keyboard.press('b');
    await expect(page.getByTestId('blank-screen')).toBeVisible();
    await expect(notes.locator('.notes .flag')).toHaveText(data.t('presenter.blankNow'));
    await page.keyboard.press('b');
    await expect(page.getByTestId('blank-screen')).toHaveCount(0);
    await notes.keyboard.press('Home');
    await expect(slideHeading(page)).toHaveText(data.t(module.pages[0]!.heading));

    // The whole part, Next by Next, every question revealed; the notes keep up.
    await runPart(page, page, data, module);
    await expect(notes.locator('.notes .heading-text')).toHaveText(data.t(module.pages.at(-1)!.heading));
    await expect(notes.locator('.notes .next')).toContainText(data.t('presenter.nextEnd'));
    await page.keyboard.press('ArrowLeft');
    const quizPage = module.pages.at(-2)!;
    if (quizPage.kind === 'quiz') {
      await expect(notes.locator('.notes .answer h3')).toContainText(
        data.t('presenter.questionOf', { n: quizPage.questions.length, total: quizPage.questions.length }),
      );
    }
    // Every page went over the channel.
    const seen = await listener.evaluate(() =>
      (window as unknown as { got: { kind: string; state?: { pageId: string } }[] }).got.flatMap((m) => (m.kind === 'state' ? [m.state?.pageId] : [])),
    );
    for (const p of module.pages) expect(seen, p.id).toContain(p.id);

    // Nothing was stored while presenting.
    expect(await storage(page)).toEqual(before);

    // Out again: the learner's start screen, as it was; the notes windows say so.
    await pressByKeyboard(page, page, data.t('presenter.tools.more'));
    await pressByKeyboard(page, page, data.t('presenter.leave'));
    await expect(slideHeading(page)).toHaveText(data.t('course.title'));
    await expect(page).not.toHaveURL(/present=/);
    await expect(page.locator('html')).not.toHaveClass(/presenting/);
    await expect(listener.getByText(data.t('presenter.notesEnded'))).toBeVisible();
    await expect.poll(() => notes.isClosed()).toBe(true);
    expect(await storage(page)).toEqual(before);
    expect(others).toEqual([]);
  });

  test('?present=1 starts presenting with no LMS at all; the notes panel stands in when no window may open', async ({ page }) => {
    const data = await loadCourse();
    await page.addInitScript(() => {
      // An LMS frame that forbids pop-ups.
      window.open = () => null;
    });
    await page.goto('/web/?present=1#/relief/plan');
    await expect(slideHeading(page)).toHaveText(data.t('relief.plan.heading'));
    // Presenting: the plan becomes a question for the room, and nothing is stored.
    await expect(page.locator('main .prompt')).toHaveText(data.t('relief.plan.presenterPrompt'));
    await expect(page.locator('main input, main textarea')).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('local-lms')))).toEqual([]);
    // The in-page LMS is never even loaded.
    expect(await page.evaluate(() => 'API' in window)).toBe(false);

    await page.keyboard.press('s');
    const panel = page.getByRole('complementary', { name: data.t('presenter.notesHeading') });
    await expect(panel).toBeVisible();
    await expect(panel.locator('.body')).toHaveText(data.t('relief.notes.plan'));
    await expect(panel.locator('.next')).toContainText(data.t('relief.check.heading'));
    await expect(panel.locator('[role="timer"]')).toHaveText(/^\d+:\d\d$/);
    await page.keyboard.press('ArrowRight');
    await expect(panel.locator('.heading-text')).toHaveText(data.t('relief.check.heading'));
    await page.keyboard.press('s');
    await expect(panel).toBeHidden();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('a clicker alone starts the first part from the choice of part', async ({ page }) => {
    const data = await loadCourse();
    await page.goto('/web/?present=1');
    await expect(slideHeading(page)).toHaveText(data.t('presenter.home.heading'));
    await page.keyboard.press('PageDown');
    await expect(slideHeading(page)).toHaveText(data.t(data.modules[0]!.pages[0]!.heading));
  });

  test('keys are never taken from form controls, nor with Ctrl, Alt or Meta', async ({ page }) => {
    const data = await loadCourse();
    await page.goto('/web/?present=1#/expect/timeline');
    await expect(slideHeading(page)).toHaveText(data.t('expect.timeline.heading'));
    // The timeline's slider keeps its arrow keys and Home/End.
    const slider = page.getByRole('slider');
    await slider.focus();
    const start = await slider.inputValue();
    await page.keyboard.press('ArrowRight');
    await expect(slider).not.toHaveValue(start);
    await page.keyboard.press('End');
    await page.keyboard.press('PageDown');
    await expect(slideHeading(page)).toHaveText(data.t('expect.timeline.heading'));
    // A focused button keeps Space and Enter: "More" opens its tools and the slide stays.
    const more = page.getByRole('button', { name: data.t('presenter.tools.more') });
    await more.focus();
    await page.keyboard.press('Space');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(slideHeading(page)).toHaveText(data.t('expect.timeline.heading'));
    // With a modifier, arrows and letters are the browser's.
    await slideHeading(page).focus();
    for (const key of ['Control+ArrowRight', 'Alt+ArrowRight', 'Meta+ArrowRight', 'Shift+ArrowRight', 'Control+b']) {
      await page.keyboard.press(key);
    }
    await expect(slideHeading(page)).toHaveText(data.t('expect.timeline.heading'));
    await expect(page.getByTestId('blank-screen')).toHaveCount(0);
    // And without one, they work: Next moves the figure on to its last point (PageDown
    // on the slider moved it back one), and then turns the page.
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue((await slider.getAttribute('max'))!);
    await expect(slideHeading(page)).toHaveText(data.t('expect.timeline.heading'));
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText(data.t('expect.repeat.heading'));
  });

  test('full screen toggles with F where the page may have it', async ({ page }) => {
    await page.goto('/web/?present=1#/endorphins/what');
    await expect(slideHeading(page)).toBeVisible();
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });
});

for (const version of ['1.2', '2004'] as Version[]) {
  test.describe(`presenter mode in an LMS (SCORM ${version})`, () => {
    test('presenting from the start screen writes nothing to the LMS or to storage', async ({ page }) => {
      test.setTimeout(120_000);
      const data = await loadCourse();
      const course = await openPreview(page, version);
      // The learner's launch is done: the first commit has gone.
      await expect.poll(async () => (await apiCalls(page)).some((c) => /Commit$/.test(c.method))).toBe(true);
      const cmiBefore = await cmi(page);
      const storageBefore = (await storage(page)).local;
      const from = (await apiCalls(page)).length;

      await pressByKeyboard(page, course, data.t('presenter.enter'));
      await expect(slideHeading(course)).toHaveText(data.t('presenter.home.heading'));
      // The part with the sort question, every step of it, then the part with the plan.
      const active = data.modules.find((m) => m.id === 'active')!;
      const n = data.modules.indexOf(active) + 1;
      await pressByKeyboard(page, course, `${data.t('presenter.partLabel', { n })}: ${data.t(active.title)}`);
      await runPart(page, course, data, active);
      await page.keyboard.press('b');
      await page.keyboard.press('b');

      const during = (await apiCalls(page)).slice(from);
      expect(writes(during), 'SetValue or Commit while presenting').toEqual([]);
      expect((await storage(page)).local).toEqual(storageBefore);
      expect(await cmi(page)).toEqual(cmiBefore);

      // Leaving gives the learner's course back, with nothing of the room's in it.
      await pressByKeyboard(page, course, data.t('presenter.tools.more'));
      await pressByKeyboard(page, course, data.t('presenter.leave'));
      await expect(slideHeading(course)).toHaveText(data.t('course.title'));
      await expect(course.getByRole('link', { name: data.t('start.start') })).toBeVisible();
      expect(writes((await apiCalls(page)).slice(from))).toEqual([]);
      const interactions = Object.keys(await cmi(page)).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
      expect(interactions).toEqual([]);
    });

    test('a launch with ?present=1 makes no LMS call at all', async ({ page }) => {
      const data = await loadCourse();
      await openPreview(page, version);
      await expect.poll(async () => (await apiCalls(page)).some((c) => /Commit$/.test(c.method))).toBe(true);
      const frame = page.frames().find((f) => f.url().includes('/web/'))!;
      // Relaunch the course frame as an LMS would with the presenter address.
      await frame.goto(frame.url().replace(/\?.*$|#.*$/, '') + '?present=1');
      const course = page.frameLocator('iframe[title="Course"]');
      await expect(slideHeading(course)).toHaveText(data.t('presenter.home.heading'));
      const from = (await apiCalls(page)).length;
      await course.getByRole('link', { name: new RegExp(data.t(data.modules[0]!.title)) }).click();
      await expect(slideHeading(course)).toHaveText(data.t(data.modules[0]!.pages[0]!.heading));
      await page.keyboard.press('ArrowRight');
      await expect(slideHeading(course)).toHaveText(data.t(data.modules[0]!.pages[1]!.heading));
      expect((await apiCalls(page)).slice(from)).toEqual([]);
    });
  });
}
