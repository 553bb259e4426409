// A learner's way through the start of the course, driven by structure rather than by
// wording (the content is still being written): the same steps in every run, so an LMS
// record made with faults can be compared with one made without.
import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { Version } from './fixtures';
import { en, textPattern } from './course-data';

export const courseFrame = (page: Page) => page.frameLocator('iframe[title="Course"]');

/** Room for a busy test machine (and for the slow-LMS fault, which holds the page's thread). */
const STEP = { timeout: 15_000 };

/** The tracker's own save state, as the save status shows it. */
export const saveState = (course: FrameLocator) => course.locator('.save-status');

export async function expectSaved(course: FrameLocator, timeout = 20_000) {
  await expect(saveState(course)).toHaveAttribute('data-saved', 'saved', { timeout });
}

export async function nextPage(course: FrameLocator, n: number) {
  await course.getByRole('link', { name: en('page.next') }).click();
  await expect(course.getByText(textPattern('page.progress', { current: n, total: 'any' }))).toBeVisible(STEP);
}

/** Picks the first option of the current question, checks it, and moves on. */
export async function answerFirstOption(course: FrameLocator) {
  const form = course.locator('.quiz form');
  const legend = await form.locator('legend').first().textContent();
  await form.locator('input').first().check();
  await form.locator('> .button').click();
  await expect(form.locator('.feedback .box')).toBeVisible(STEP);
  await form.locator('> .button').click();
  await expect(form.locator('legend').first()).not.toHaveText(legend ?? '', STEP);
}

/** Start, four pages on to the knowledge check, two questions answered. */
export async function learnerDoes(course: FrameLocator, { from = 0, to = 6 } = {}) {
  const steps = [
    async () => {
      await course.getByRole('link', { name: en('start.start') }).click();
      await expect(course.getByText(textPattern('page.progress', { current: 1, total: 'any' }))).toBeVisible(STEP);
    },
    () => nextPage(course, 2),
    () => nextPage(course, 3),
    () => nextPage(course, 4),
    () => nextPage(course, 5),
    () => answerFirstOption(course),
    () => answerFirstOption(course),
  ];
  for (const step of steps.slice(from, to + 1)) await step();
}

/** The LMS's stored record, flattened, without what differs between any two runs. */
export async function lmsRecord(page: Page, version: Version): Promise<Record<string, string>> {
  const raw = await page.evaluate((v) => localStorage.getItem(`scorm-preview:cmi:${v}`), version);
  const cmi = raw ? (JSON.parse(raw) as { cmi: unknown }).cmi : {};
  const flat: Record<string, string> = {};
  const visit = (node: unknown, path: string) => {
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, `${path}.${k}`);
    else if (node !== null && node !== undefined && node !== '') flat[path] = String(node);
  };
  visit(cmi, 'cmi');
  const varies = /(session_time|total_time|\.entry$|\.time$|timestamp|latency)/;
  return Object.fromEntries(Object.entries(flat).filter(([k]) => !varies.test(k)));
}
