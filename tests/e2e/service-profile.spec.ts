// A service's profile (service.json inside the package) at work, with no rebuild: its
// title, logo and name, its contact block wherever the course points to help (on screen,
// in print, in each language), its accessibility statement details, its languages, and
// the learner's own plan words kept off the LMS when it says so. Profile text is text.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openPreview, courseFrame, toggleCheckboxByKeyboard, cmi } from './fixtures';
import { localeMessages } from './course-data';
import { expectSaved } from './learner';
import { axeViolations, go } from './a11y-support';
import { learnerLanguages, readProfileFile } from '../../scripts/profile-file';
import type { ServiceProfile } from '../../src/service/profile';

const SAMPLE = readProfileFile('tests/fixtures/service-sample/service.json', learnerLanguages());
const en = localeMessages('en-GB');
const cy = localeMessages('cy');

/** Serves this profile as the package's service.json, as if a service had edited it. */
async function useProfile(context: BrowserContext, profile: unknown): Promise<void> {
  await context.route('**/web/service.json', (route) => route.fulfill({ json: profile }));
}

const block = (page: Page) => page.locator('[data-contact-block]');

test('the start screen shows the service title, logo and name, and offers only its languages', async ({ page, context }) => {
  await useProfile(context, SAMPLE);
  await page.goto('/web/');
  const title = 'Acupuncture and your pain (Anytown)';
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.locator('.course-title')).toHaveText(title);
  await expect(page).toHaveTitle(title);
  await expect(page.getByRole('img', { name: 'Anytown Pain Service' })).toBeVisible();
  await expect(page.getByText('Anytown NHS Foundation Trust')).toBeVisible();
  await expect(page.locator('#language-picker option')).toHaveText(['English (UK)', /^Cymraeg/]);
  expect(await axeViolations(page)).toEqual([]);
});

test('the contact block follows the pages that point to help: real links, in print, in Welsh', async ({ page, context }) => {
  await useProfile(context, SAMPLE);
  await page.goto('/web/#/endorphins/takeaway');
  await expect(block(page).getByRole('heading')).toHaveText(en['service.contact.heading']!);
  await expect(block(page).getByText('Anytown Pain Service')).toBeVisible();
  await expect(block(page).getByRole('link', { name: '0161 496 0000' })).toHaveAttribute('href', 'tel:01614960000');
  await expect(block(page).getByRole('link', { name: 'pain.team@anytown.example' })).toHaveAttribute('href', 'mailto:pain.team@anytown.example');
  const web = block(page).getByRole('link', { name: /anytown\.example\/pain/ });
  await expect(web).toHaveAttribute('href', 'https://anytown.example/pain');
  // Outside the LMS's frame, and the page it opens cannot reach back into the course.
  await expect(web).toHaveAttribute('target', '_blank');
  await expect(web).toHaveAttribute('rel', 'noopener');
  await expect(block(page).getByText('Monday to Friday, 9am to 4:30pm')).toBeVisible();
  await expect(block(page).getByText(en['service.contact.urgentDefault']!)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(block(page).getByText('0161 496 0000')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Every part's closing page, and the course summary, show it too.
  for (const hash of ['#/expect/takeaway', '#/active/takeaway', '#/relief/takeaway', '#/summary']) {
    await go(page, hash);
    await expect(block(page).getByRole('link', { name: '0161 496 0000' }), hash).toBeVisible();
  }

  await page.goto('/web/?lang=cy#/endorphins/takeaway');
  await expect(block(page).getByRole('heading')).toHaveText(cy['service.contact.heading']!);
  await expect(block(page).getByText('Gwasanaeth Poen Anytown')).toBeVisible();
  await expect(block(page).getByText('Dydd Llun i ddydd Gwener, 9am i 4:30pm')).toBeVisible();
  await expect(block(page).getByText(cy['service.contact.urgentDefault']!)).toBeVisible();
});

test('the accessibility statement names the service, its contact, review date and status', async ({ page, context }) => {
  await useProfile(context, SAMPLE);
  await page.goto('/web/#/accessibility');
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  await expect(page.locator('[data-statement="organisation"]')).toHaveText(fill(en['service.statement.by']!, { organisation: 'Anytown NHS Foundation Trust' }));
  await expect(page.locator('[data-statement="reviewed"]')).toHaveText(fill(en['service.statement.reviewed']!, { date: '31 March 2026' }));
  await expect(page.locator('[data-statement="contact"]')).toHaveText(fill(en['service.statement.contact']!, { contact: 'accessibility@anytown.example' }));
  await expect(page.locator('[data-statement="status"]')).toHaveText(en['service.statement.status.partial']!);
  await expect(block(page)).toBeVisible();
});

test('profile text is never markup', async ({ page, context }) => {
  const profile: Record<string, unknown> = {
    organisation: { name: 'Pain & Wellbeing <Service>' },
    contact: { name: '<img src=x onerror="window.hacked=1">', hours: 'Mornings & evenings' },
  };
  await useProfile(context, profile);
  await page.goto('/web/');
  // Markup is refused field by field (the course says why in the console, and starts).
  await expect(page.locator('main h1')).toHaveText(en['course.title']!);
  await page.goto('/web/#/endorphins/takeaway');
  await expect(block(page).locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(block(page).getByText('Mornings & evenings')).toBeVisible();
});

test('with no contact given, the generic words', async ({ page, context }) => {
  await useProfile(context, {});
  await page.goto('/web/#/endorphins/takeaway');
  await expect(block(page).getByText(en['service.contact.generic']!)).toBeVisible();
  await expect(block(page).getByText(en['service.contact.urgentDefault']!)).toBeVisible();
  await expect(block(page).getByRole('link')).toHaveCount(0);
});

test('sendPlanText false: the plan reaches the LMS without the learner’s own words, which stay on this device', async ({ page, context }) => {
  const profile: ServiceProfile = { ...SAMPLE, tracking: { ...SAMPLE.tracking, sendPlanText: false } };
  await useProfile(context, profile);
  let course = await openPreview(page, '1.2');
  await course.locator(':root').evaluate(() => (location.hash = '#/relief/plan'));
  await expect(course.locator('h1')).toHaveText(en['relief.plan.heading']!);
  await toggleCheckboxByKeyboard(page, course, en['relief.plan.activity.own']!);
  const words = 'Walk the dog to the park';
  await course.getByRole('textbox', { name: en['relief.plan.own.label'] }).fill(words);
  await course.getByRole('checkbox', { name: en['relief.plan.activity.a'] }).check();
  // The next page: the plan is saved with the page change.
  await course.locator(':root').evaluate(() => (location.hash = '#/relief/takeaway'));
  await expectSaved(course);
  const suspend = (await cmi(page))['cmi.suspend_data'] ?? '';
  // The choices travel (activity a and the learner's own, z); the words do not.
  expect(suspend).toContain('"plan":"1|a--|z--"');
  expect(suspend).not.toContain(words);

  await page.reload();
  course = courseFrame(page);
  await course.locator(':root').evaluate(() => (location.hash = '#/relief/plan'));
  await expect(course.getByRole('textbox', { name: en['relief.plan.own.label'] })).toHaveValue(words);
});
