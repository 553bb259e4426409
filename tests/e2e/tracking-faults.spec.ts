// The LMS misbehaving, in both SCORM versions, through the preview's fault switches: in
// each case the learner carries on, and once the LMS is back (or at the next launch) its
// record equals that of the same learner on a healthy LMS. The guard in fixtures.ts also
// holds every page load to the strict recorder: no violation, and no LMS error code
// other than those the fault itself caused.
import type { Browser, Page } from '@playwright/test';
import { mkdir, open as openFile, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, expectConformance, type Version } from './fixtures';
import { courseFrame, expectSaved, learnerDoes, lmsRecord, saveState } from './learner';
import { loadCourse, en, textPattern } from './course-data';
import { backoff } from '../../src/tracking/clock';

const NOT_SAVED = en('tracking.unsaved');
/** Initialize refused: the visit is not recorded yet, and the work stays on this device for now. */
const NOT_OPEN = en('tracking.notOpen');

/**
 * Made once per run: the first worker to ask takes a lock file and writes the result
 * (in this run's output folder, named by the runner's process); the others wait for it,
 * or after a minute without it (the maker failed) make their own.
 */
async function oncePerRun<T>(name: string, make: () => Promise<T>): Promise<T> {
  const dir = test.info().project.outputDir;
  const file = join(dir, `.${name}-run${process.ppid}.json`);
  await mkdir(dir, { recursive: true });
  const lock = await openFile(`${file}.lock`, 'wx').catch(() => null);
  if (lock) {
    const made = await make();
    await writeFile(`${file}.part`, JSON.stringify(made));
    await rename(`${file}.part`, file);
    await lock.close();
    return made;
  }
  for (let waited = 0; waited < 60_000; waited += 200) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) return JSON.parse(text) as T;
    await new Promise((r) => setTimeout(r, 200));
  }
  return make();
}

/** The record a healthy LMS ends up with for learnerDoes(), made once per run. */
const references = new Map<Version, Promise<Record<string, string>>>();
function reference(browser: Browser, version: Version) {
  let made = references.get(version);
  if (!made) {
    made = oncePerRun(`tracking-faults-reference-${version}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/preview/?scorm=${version}`);
      const course = courseFrame(page);
      await learnerDoes(course);
      await expectSaved(course);
      await expectConformance(page);
      const record = await lmsRecord(page, version);
      await context.close();
      return record;
    });
    references.set(version, made);
  }
  return made;
}

/**
 * The page's clock runs as usual, but the test can jump it over the tracker's back-off
 * waits (Playwright's fake clock, shared by the preview and the course's frame).
 */
async function openWithFakeClock(page: Page, version: Version, faults: string[]) {
  await page.clock.install();
  return open(page, version, faults);
}

/** Fires every retry due within the back-offs after failures 1…n (1 + 2 + 4… s), in fake time. */
const outwaitBackoffs = (page: Page, n: number) => page.clock.runFor(Array.from({ length: n }, (_, i) => backoff(i + 1)).reduce((a, b) => a + b, 0));

async function open(page: Page, version: Version, faults: string[] = []) {
  await page.goto(`/preview/?scorm=${version}${faults.map((f) => `&fault=${f}`).join('')}`);
  const course = courseFrame(page);
  await expect(course.locator('h1')).toBeVisible({ timeout: 30_000 });
  return course;
}

/**
 * A relaunch shows the start screen; carrying on returns to the page the learner was on
 * (and so to the same bookmark as the healthy run).
 */
async function continueWhereLeft(course: ReturnType<typeof courseFrame>) {
  await course.getByRole('link', { name: en('start.continue') }).click();
  await expect(course.getByText(textPattern('page.progress', { current: 5, total: 'any' }))).toBeVisible();
  await expectSaved(course);
}

async function expectSameRecord(page: Page, browser: Browser, version: Version) {
  expect(await lmsRecord(page, version)).toEqual(await reference(browser, version));
}

// Slow calls are real time (back-off waits are jumped in fake time); a busy test machine stretches them.
test.describe.configure({ timeout: 120_000 });

for (const version of ['1.2', '2004'] as Version[]) {
  test.describe(`SCORM ${version} when the LMS misbehaves`, () => {
    test('Commit refused 3 times: retried with back-off, and the learner is told, calmly', async ({ page, browser }) => {
      const course = await openWithFakeClock(page, version, ['commit-fail:3']);
      // The launch commit is refused at once; the retries take 1 + 2 + 4 s (of fake time).
      await expect(saveState(course)).toContainText(NOT_SAVED);
      // The live region says it once, politely.
      await expect(course.getByRole('status').filter({ hasText: NOT_SAVED })).toHaveCount(1);
      await learnerDoes(course);
      await outwaitBackoffs(page, 3);
      await expectSaved(course);
      await expect(saveState(course)).toHaveText(en('tracking.saved'));
      await expectSameRecord(page, browser, version);
    });

    test('Commit throws 3 times: the same', async ({ page, browser }) => {
      const course = await openWithFakeClock(page, version, ['commit-throw:3']);
      await learnerDoes(course);
      await outwaitBackoffs(page, 3);
      await expectSaved(course);
      await expectSameRecord(page, browser, version);
    });

    test('Initialize fails twice: tried again before the course starts', async ({ page, browser }) => {
      const course = await open(page, version, ['init-fail:2']);
      await learnerDoes(course);
      await expectSaved(course);
      await expectSameRecord(page, browser, version);
    });

    test('Initialize fails for a while: the course starts, then sends it all when the LMS answers', async ({ page, browser }) => {
      // Three refusals before the course starts (0.25 + 1 s apart), two more in the background.
      const course = await openWithFakeClock(page, version, ['init-fail:5']);
      await page.clock.runFor(1250);
      await expect(saveState(course)).toHaveText(NOT_OPEN);
      await learnerDoes(course);
      await outwaitBackoffs(page, 3);
      await expectSaved(course);
      await expectSameRecord(page, browser, version);
    });

    test('Initialize always fails: the course still runs, and says at once, in plain words, that the visit is not recorded', async ({ page }) => {
      const course = await open(page, version, ['init-fail']);
      // At once, on the start screen, and announced once; no word of a lost connection.
      await expect(saveState(course)).toHaveText(NOT_OPEN);
      await expect(course.getByRole('status').filter({ hasText: NOT_OPEN })).toHaveCount(1);
      await expect(course.getByText(NOT_SAVED)).toHaveCount(0);
      await learnerDoes(course, { to: 2 });
      // On every page, readable in the page as well as announced.
      await expect(course.getByRole('paragraph').filter({ hasText: NOT_OPEN })).toBeVisible();
      const calls = await page.evaluate(() => window.__preview!.calls.map((c) => c.method));
      expect(new Set(calls)).toEqual(new Set(version === '1.2' ? ['LMSInitialize', 'LMSGetLastError'] : ['Initialize', 'GetLastError']));
    });

    test('the API appears late: found, and tracked as usual', async ({ page, browser }) => {
      const course = await open(page, version, ['api-late:700']);
      await expect(course.getByText(en('app.localNotice'))).toHaveCount(0);
      await learnerDoes(course);
      await expectSaved(course);
      await expectSameRecord(page, browser, version);
    });

    test('the API is missing: the course runs on this device, and says on every page that the learning system is not recording, and whom to tell', async ({
      page,
    }) => {
      const NO_LMS = en('tracking.noLms');
      const course = await open(page, version, ['no-api']);
      // At once, and announced once; never "Saved", which would suggest the LMS has it.
      await expect(saveState(course)).toHaveText(NO_LMS);
      await expect(course.getByRole('status').filter({ hasText: NO_LMS })).toHaveCount(1);
      await expect(course.getByText(en('tracking.saved'), { exact: true })).toHaveCount(0);
      await expect(course.getByText(en('app.localNotice'))).toHaveCount(0);
      await learnerDoes(course, { to: 2 });
      await expect(course.getByRole('paragraph').filter({ hasText: NO_LMS })).toBeVisible();
      expect(await page.evaluate(() => window.__preview!.calls.length)).toBe(0);
      // The work is kept on this device as before: the next visit carries on.
      await page.reload();
      const again = courseFrame(page);
      await expect(again.getByRole('link', { name: en('start.continue') })).toBeVisible();
      await expect(saveState(again)).toHaveText(NO_LMS);
    });

    test('every call is slow: the page moves on before the LMS calls, and nothing is lost', async ({ page, browser }) => {
      // Slow enough that each step's calls take a good part of a second (every step makes several).
      const course = await open(page, version, ['slow:100']);
      await learnerDoes(course, { to: 2 });
      // When the next page is on screen, and when the LMS heard about it.
      const page4 = textPattern('page.progress', { current: 4, total: 'any' });
      await course.locator(':root').evaluate((_, page4) => {
        const w = window as unknown as { shownAt?: number };
        const shown = new RegExp(page4.slice(1, -1), 'u');
        new MutationObserver(() => {
          if (!w.shownAt && shown.test(document.body.textContent ?? '')) w.shownAt = Date.now();
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }, page4.source);
      await learnerDoes(course, { from: 3, to: 3 });
      const shownAt = await course.locator(':root').evaluate(() => (window as unknown as { shownAt: number }).shownAt);
      await expectSaved(course, 40_000);
      const sentAt = await page.evaluate(() => window.__preview!.calls.find((c) => c.args[0]?.endsWith('location') && c.args[1] === '/endorphins/helps')?.at);
      expect(sentAt).toBeGreaterThanOrEqual(shownAt);
      await learnerDoes(course, { from: 4 });
      await expectSaved(course, 40_000);
      await expectSameRecord(page, browser, version);
    });

    test('the LMS ends the session early: kept on this device, and sent at the next launch', async ({ page, browser }) => {
      const course = await open(page, version, ['end-early:25']);
      await learnerDoes(course);
      await expect(saveState(course)).toContainText(NOT_SAVED);
      expect(await page.evaluate(() => window.__preview!.faults())).toContain('session ended by the LMS');
      await open(page, version);
      await continueWhereLeft(course);
      await expectSameRecord(page, browser, version);
    });

    test('the tab dies mid-module while commits are refused: sent at the next launch', async ({ page, browser }) => {
      // Its own browser context, closed without ceremony.
      const doomed = await browser.newContext();
      const first = await doomed.newPage();
      const course = await open(first, version, ['commit-fail:99']);
      await learnerDoes(course);
      await expect(saveState(course)).toContainText(NOT_SAVED);
      await expectConformance(first);
      // What the browser holds for the origin at this moment (the LMS's data and the
      // journal) is what a tab killed now leaves behind: no pagehide, no Finish.
      const kept = await first.evaluate(() => Object.entries(localStorage));
      await doomed.close();
      const lms = kept.find(([key]) => key === `scorm-preview:cmi:${version}`)?.[1] ?? '';
      expect(lms, 'the LMS has not got the learner’s answers').not.toContain('/endorphins/check');

      // …is all the next launch has, on the same device.
      await page.goto('/preview/?scorm=1.2&fault=no-api');
      await page.evaluate((items) => {
        localStorage.clear();
        for (const [name, value] of items) localStorage.setItem(name, value);
      }, kept);
      const again = await open(page, version);
      await continueWhereLeft(again);
      await expectSameRecord(page, browser, version);
    });

    test('back/forward cache: the ended session is left alone, and what follows is sent next time', async ({ page, browser }) => {
      const course = await open(page, version);
      await learnerDoes(course, { to: 5 });
      await expectSaved(course);
      // Chromium under test runs without the back/forward cache, so the page's own
      // events stand in for leaving and coming back.
      await course.locator(':root').evaluate(() => {
        dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      });
      await learnerDoes(course, { from: 6 });
      await expect(saveState(course)).toContainText(NOT_SAVED);
      await page.reload();
      await continueWhereLeft(courseFrame(page));
      await expectSameRecord(page, browser, version);
    });

    test('hiding the page commits at once; leaving it terminates once', async ({ page }) => {
      const course = await open(page, version, ['commit-fail:99']);
      await learnerDoes(course, { to: 1 });
      // Commits are refused, so the change waits out a back-off…
      await expect(saveState(course)).toContainText(NOT_SAVED);
      const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
      // …until the page is hidden: then it is tried at once, inside the event, as the
      // page may never be shown again.
      const tried = await course.locator(':root').evaluate((_, commit) => {
        const commits = () => window.parent.__preview!.calls.filter((c) => c.method === commit).length;
        const before = commits();
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
        return commits() - before;
      }, commit);
      expect(tried).toBe(1);
      await page.reload();
      await expect(courseFrame(page).locator('h1')).toBeVisible();
      const finishes = await page.evaluate(
        (finish) =>
          window
            .__preview!.earlierLogs()
            .at(-1)!
            .calls.filter((c) => c.method === finish).length,
        version === '1.2' ? 'LMSFinish' : 'Terminate',
      );
      expect(finishes).toBe(1);
    });

    test('Save and close ends the session and sends the learner back to their course page', async ({ page, browser }) => {
      const data = await loadCourse();
      const course = await open(page, version);
      await learnerDoes(course);
      await course.getByRole('button', { name: data.t('tracking.saveAndClose') }).click();
      // It asks first: "Keep working" (or Escape) ends nothing.
      const question = course.getByRole('dialog', { name: data.t('tracking.closeQuestion') });
      await expect(question).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(question).toBeHidden();
      await expect(page.getByTestId('session-state')).toContainText('running');
      await course.getByRole('button', { name: data.t('tracking.saveAndClose') }).click();
      await question.getByRole('button', { name: data.t('tracking.closeConfirm') }).focus();
      await page.keyboard.press('Enter');
      // Ended: a page of its own, not a dialog with no way out, saying what happened and
      // what to do next; focus on its heading, and nothing left that could change the record.
      const heading = course.getByRole('heading', { level: 1, name: data.t('tracking.closedHeading') });
      await expect(heading).toBeFocused();
      await expect(course.getByText(data.t('tracking.closedSaved'))).toBeVisible();
      await expect(course.getByText(data.t('tracking.closedNext'))).toBeVisible();
      await expect(course.getByRole('dialog')).toHaveCount(0);
      await expect(course.getByRole('button', { name: data.t('tracking.saveAndClose') })).toHaveCount(0);
      await expect(course.getByRole('link', { name: data.t('app.menu') })).toHaveCount(0);
      await expect(course.locator('fieldset.question')).toHaveCount(0);
      // In the LMS's frame the course cannot close the window: no button that would do nothing.
      await expect(course.getByRole('button', { name: data.t('tracking.closeWindow') })).toHaveCount(0);
      // Never a trap: Tab moves on (here to the display settings, which still work).
      await page.keyboard.press('Tab');
      await expect(heading).not.toBeFocused();
      await page.keyboard.press('Escape');
      await expect(heading).toBeVisible();
      expect(await page.evaluate(() => window.__preview!.cmi())).toMatchObject(version === '1.2' ? { 'cmi.core.exit': 'suspend' } : { 'cmi.exit': 'suspend' });
      await expect(page.getByTestId('session-state')).toContainText('ended');
      await expectSameRecord(page, browser, version);
    });

    test('with a quick LMS, tracking causes no long task', async ({ page }) => {
      const course = await open(page, version);
      await course.locator(':root').evaluate(() => {
        const w = window as unknown as { longTasks: { from: number; to: number }[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            const from = performance.timeOrigin + e.startTime;
            w.longTasks.push({ from, to: from + e.duration });
          }
        }).observe({ type: 'longtask' });
      });
      await learnerDoes(course);
      await expectSaved(course);
      const longTasks = await course.locator(':root').evaluate(() => (window as unknown as { longTasks: { from: number; to: number }[] }).longTasks);
      const calls = await page.evaluate(() => window.__preview!.calls.map((c) => ({ at: c.at, ms: c.ms })));
      // How much of each task over 200 ms was spent in LMS calls. A busy test machine can
      // stretch any task; tracking made one long only if its calls took a good part of it.
      const inLms = longTasks
        .filter((t) => t.to - t.from > 200)
        .map((t) => calls.filter((c) => c.at >= t.from - 1 && c.at <= t.to + 1).reduce((sum, c) => sum + c.ms, 0));
      expect(inLms.filter((ms) => ms > 50)).toEqual([]);
      expect(calls.length).toBeGreaterThan(20);
    });
  });
}

test.describe('a visit no learning system records, said in each language', () => {
  for (const [fault, key] of [
    ['no-api', 'tracking.noLms'],
    ['init-fail', 'tracking.notOpen'],
  ] as const) {
    test(`${fault}: said in Welsh and Arabic, and announced`, async ({ page }) => {
      const course = await open(page, '2004', [fault]);
      let shown = await loadCourse();
      for (const code of ['cy', 'ar']) {
        await course.getByRole('combobox', { name: shown.t('app.language') }).selectOption(code);
        shown = await loadCourse(code);
        await expect(saveState(course)).toHaveText(shown.t(key));
        await expect(course.getByRole('status').filter({ hasText: shown.t(key) })).toHaveCount(1);
      }
    });
  }
});
