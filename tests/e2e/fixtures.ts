// Shared end-to-end set-up: every test fails on a console error, a page error, or a
// request that leaves this machine; and helpers to drive the course inside the preview.
import { test as base, expect, type Page, type FrameLocator } from '@playwright/test';

export type Version = '1.2' | '2004';

interface Guard {
  consoleErrors: string[];
  outsideRequests: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, context }, use) => {
      const guard: Guard = { consoleErrors: [], outsideRequests: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') guard.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => guard.consoleErrors.push(e.message));
      await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/])(?!data:)(?!blob:)(?!about:)/, (route) => {
        guard.outsideRequests.push(route.request().url());
        return route.abort();
      });
      await use(guard);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
      expect(guard.outsideRequests, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function openPreview(page: Page, version: Version, query = ''): Promise<FrameLocator> {
  await page.goto(`/preview/?scorm=${version}${query}`);
  const course = page.frameLocator('iframe[title="Course"]');
  await expect(course.locator('h1')).toBeVisible();
  return course;
}

export const cmi = (page: Page) => page.evaluate(() => window.__preview!.cmi());

/** Every API call whose error code afterwards was not 0. */
export const apiErrors = (page: Page) =>
  page.evaluate(() =>
    window.__preview!.calls.filter((c) => c.error !== '0').map((c) => `${c.method}(${c.args.join(', ')}) -> ${c.error}`),
  );

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
