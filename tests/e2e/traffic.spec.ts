// Traffic: what the course asks of an LMS, and what it downloads before the start screen.
// The LMS budget (issue 8): at most one commit per page change or answered question, and
// no commit on an idle timer faster than once a minute. `npm run bench` reports the same
// for a whole run through the course.
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, openPreview, type Version } from './fixtures';

const COMMIT = /^(LMS)?Commit$/;

const callLog = (page: Page) => page.evaluate(() => window.__preview!.calls.map((c) => ({ method: c.method, args: [...c.args] })));
const commits = async (page: Page) => (await callLog(page)).filter((c) => COMMIT.test(c.method)).length;

/** The course sends its calls a moment after each action: wait until none came for a while. */
async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const n = await page.evaluate(() => window.__preview!.calls.length);
    if (n === last) return;
    last = n;
    await page.waitForTimeout(400);
  }
}

/** Ticks an answer to each part of the question on screen (right or wrong does not matter here). */
async function tickSomething(course: FrameLocator): Promise<void> {
  await course.locator('main .quiz form').evaluate((form) => {
    const groups = new Map<string, HTMLInputElement[]>();
    for (const input of form.querySelectorAll('input')) groups.set(input.name, [...(groups.get(input.name) ?? []), input]);
    for (const [, [first, second]] of groups) {
      // A box can look ticked from the question before while the quiz holds no answer.
      if (first!.checked) (first!.type === 'checkbox' ? first : second)?.click();
      first!.click();
    }
  });
}

/** Start, every page of the first module, its knowledge check, back to the menu. */
async function walkFirstModule(course: FrameLocator): Promise<{ pageChanges: number; answers: number }> {
  let pageChanges = 0;
  let answers = 0;
  await course.locator('main .actions .button').first().click();
  pageChanges += 1;
  await expect(course.locator('main article.page h1')).toBeVisible();
  for (let step = 0; step < 60; step++) {
    if (await course.locator('main .quiz form').count()) {
      await tickSomething(course);
      await course.locator('main .quiz form button[type=submit]').click();
      answers += 1;
      await expect(course.locator('main .feedback .box')).toBeVisible();
      await course.locator('main .quiz form button[type=submit]').click();
      await expect(course.locator('main .feedback .box')).toHaveCount(0);
      continue;
    }
    const next = course.locator('main nav.pager .button').last();
    const toMenu = (await next.getAttribute('href')) === '#/menu';
    const heading = (await course.locator('main h1').textContent()) ?? '';
    await next.click();
    pageChanges += 1;
    if (toMenu) break;
    await expect(course.locator('main h1')).not.toHaveText(heading);
  }
  await expect(course.locator('main ol.modules')).toBeVisible();
  return { pageChanges, answers };
}

for (const version of ['1.2', '2004'] as Version[]) {
  test.describe(`SCORM ${version}`, () => {
    test('each page change or answer through the first module costs at most one commit', async ({ page }) => {
      const course = await openPreview(page, version);
      await settled(page);
      const atLaunch = await commits(page);
      const { pageChanges, answers } = await walkFirstModule(course);
      await settled(page);
      const log = await callLog(page);
      const total = log.filter((c) => COMMIT.test(c.method)).length;
      const counts = new Map<string, number>();
      for (const c of log) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
      console.log(
        `SCORM ${version}, launch + first module: ${pageChanges} page changes, ${answers} answers, ` +
          `${total} commits (${atLaunch} at launch), ${log.length} API calls (${[...counts].map(([m, n]) => `${m} ${n}`).join(', ')})`,
      );
      expect(total - atLaunch).toBeLessThanOrEqual(pageChanges + answers);
    });

    test('the launch (the attempt starting and its first screen) costs one commit', async ({ page }) => {
      await openPreview(page, version);
      await settled(page);
      expect(await commits(page)).toBeLessThanOrEqual(1);
    });
  });
}

test('no commit on an idle timer more often than once a minute', async ({ page }) => {
  await page.clock.install();
  const course = await openPreview(page, '2004');
  await course.locator('main .actions .button').first().click();
  await expect(course.locator('main article.page h1')).toBeVisible();
  await settled(page);
  const before = await commits(page);
  await page.clock.runFor(10 * 60_000);
  await settled(page);
  const idle = (await commits(page)) - before;
  console.log(`commits in 10 idle minutes: ${idle}`);
  expect(idle).toBeLessThanOrEqual(10);
});

/** Course files the page had requested by the time its start screen showed. */
async function firstScreenRequests(page: Page, open: () => Promise<unknown>): Promise<string[]> {
  const files: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/web/')) files.push(pathname.replace(/^\/web\//, ''));
  });
  await open();
  return [...files];
}

const chunk = (path: string) => path.replace(/^assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, '');

test('an LMS launch downloads one language, and no module, module text or in-page LMS, for its start screen', async ({ page }) => {
  const files = await firstScreenRequests(page, async () => {
    const course = await openPreview(page, '1.2');
    await expect(course.locator('main .actions .button').first()).toBeVisible();
  });
  const names = files.map(chunk);
  // One language: its start-up strings, and (as the later views come in) its later part.
  const locales = names.filter((n) => n.startsWith('locale-'));
  expect(locales).toContain('locale-en-GB.shell');
  expect(locales.filter((n) => !/^locale-en-GB\.(shell|later)$/.test(n))).toEqual([]);
  expect(names.filter((n) => /^(module|assessment|local)$/.test(n))).toEqual([]);
});

test('a learner in Welsh downloads the Welsh start-up strings only, not English as well', async ({ page }) => {
  const files = await firstScreenRequests(page, async () => {
    await page.goto('/web/?lang=cy');
    await expect(page.locator('main .actions .button').first()).toBeVisible();
    // That button comes with the page (the prerendered start screen): wait for the course's own start-up.
    await page.waitForLoadState('networkidle');
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const locales = files.map(chunk).filter((n) => n.startsWith('locale-'));
  expect(locales).toContain('locale-cy.shell');
  expect(locales.filter((n) => !/^locale-cy\.(shell|later)$/.test(n))).toEqual([]);
});
