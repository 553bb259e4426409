// The preview's side panel as an administrator uses it: it opens on SCORM 1.2, the status
// summary agrees with the data model, the CMI filter narrows the raw data (answers grouped
// per question), and the API log filters by call or element and shows errors first.
import { test, expect, courseFrame, completeModulesFast } from './fixtures';
import { loadCourse } from './course-data';
import { LOAD, expectSummaryMatchesCmi } from './preview-support';
import { FAULT_SWITCHES } from '../../src/preview/faults';

test('the preview opens on SCORM 1.2, the version the README recommends for Moodle, Totara and ESR', async ({ page }) => {
  await page.goto('/preview/');
  await expect(courseFrame(page).locator('h1')).toBeVisible(LOAD);
  expect(await page.evaluate(() => window.__preview!.version)).toBe('1.2');
  await expect(page.getByRole('navigation', { name: 'SCORM version' }).getByRole('link', { name: 'SCORM 1.2' })).toHaveAttribute('aria-current', 'page');
  await expectSummaryMatchesCmi(page, '1.2');
});

test('the fault switches say in plain words what the LMS does', async ({ page }) => {
  await page.goto('/preview/');
  await page.getByText('Simulate LMS problems').click();
  for (const s of FAULT_SWITCHES) await expect(page.getByRole('checkbox', { name: s.label })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /The LMS refuses to save/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /The LMS is very slow/ })).toBeVisible();
});

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: the summary matches the CMI, and the filters narrow the data and the log`, async ({ page }) => {
    // One refused save, so the log has an error to put first.
    await page.goto(`/preview/?scorm=${version}&fault=commit-fail:1`);
    const course = courseFrame(page);
    await expect(course.locator('h1')).toBeVisible(LOAD);
    const data = await loadCourse();
    await course.getByRole('link', { name: data.t('start.start') }).click();
    await completeModulesFast(course, data, [data.modules[0]!.id]);
    // The refused save puts the course in back-off: the answers reach the LMS when it ends.
    const answered = () => page.evaluate(() => Object.keys(window.__preview!.cmi()).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length);
    await expect.poll(answered, { timeout: 10_000 }).toBeGreaterThan(0);
    await expectSummaryMatchesCmi(page, version);
    await expect(page.locator('[data-summary="lastError"] .value')).toContainText(version === '1.2' ? '101' : '391');

    // CMI: the answers, gathered per question.
    const cmi = await page.evaluate(() => window.__preview!.cmi());
    const questions = new Set(
      Object.entries(cmi)
        .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
        .map(([, v]) => v),
    );
    expect(questions.size).toBeGreaterThan(0);
    const table = page.getByRole('region', { name: 'CMI data' });
    await table.getByLabel('Filter elements').fill('interactions');
    await expect(table.locator('tbody.question')).toHaveCount(questions.size);
    const elements = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(elements.length).toBeGreaterThan(0);
    expect(elements.every((e) => e.includes('interactions'))).toBe(true);
    const first = [...questions][0]!;
    await table.getByLabel('Filter elements').fill(first);
    await expect(table.locator('tbody.question')).toHaveCount(1);
    await expect(table.locator('tbody.question th[scope="rowgroup"]')).toContainText(`Question ${first}`);
    await table.getByLabel('Filter elements').fill('no element is called this');
    await expect(table).toContainText('No element matches “no element is called this”.');
    await table.getByLabel('Filter elements').fill('');

    // API log: by call, by element, and errors first.
    const log = page.locator('section.part').filter({ has: page.getByRole('heading', { name: 'API log' }) });
    const entries = log.locator('ol > li');
    const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
    await log.getByLabel('Filter calls').fill(commit);
    const commits = await entries.locator('.call').allTextContents();
    expect(commits.length).toBeGreaterThan(1);
    expect(commits.every((c) => c.startsWith(`${commit}(`))).toBe(true);
    await log.getByLabel('Filter calls').fill('suspend_data');
    expect((await entries.locator('.call').allTextContents()).every((c) => c.includes('"cmi.suspend_data"'))).toBe(true);
    await log.getByLabel('Filter calls').fill('');
    await expect(entries.first()).not.toHaveClass(/failed/);
    await log.getByLabel('Show errors first').check();
    await expect(entries.first()).toHaveClass(/failed/);
    await expect(entries.first().locator('.call')).toHaveText(`${commit}("")`);
  });
}
