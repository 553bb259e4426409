// The standalone course kept on the device (scripts/offline.ts, src/offline/): after one
// visit it works with no network at all, and a new version waits until the learner
// agrees, with their progress and plan carried over.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, OWN_PLAN_TEXT, takeAssessment } from './fixtures';
import { walkModule } from './walk';
import { loadCourse, type CourseData } from './course-data';

/** Waits until the service worker has pre-cached the course and is active. */
const offlineReady = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    return worker.state;
  });

/** The relief part's plan page (the activity where the learner builds their plan). */
function planPage(data: CourseData) {
  const part = data.modules.find((m) => m.pages.some((p) => p.kind === 'activity' && p.id.includes('plan'))) ?? data.modules[data.modules.length - 1]!;
  const page = part.pages.find((p) => p.kind === 'activity' && p.id.includes('plan')) ?? part.pages.find((p) => p.kind === 'activity')!;
  return `#/${part.id}/${page.id}`;
}

async function expectPlanKept(page: Page, data: CourseData) {
  await page.goto(new URL(planPage(data), page.url()).href);
  await expect(page.locator('.builder input[type="text"]')).toHaveValue(new RegExp(`^${OWN_PLAN_TEXT.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

test('after one visit, the whole course works offline and nothing is lost back online', async ({ page, context }) => {
  test.setTimeout(240_000);
  const data = await loadCourse();
  await page.goto('/web/');
  await expect(page.getByRole('link', { name: data.t('start.start') })).toBeVisible();
  expect(await offlineReady(page)).toBe('activated');

  await context.setOffline(true);
  await page.reload();
  // Every part (one of them the plan) and the final check, with no network, from the
  // menu (the start screen may offer Start or Continue after the first visit).
  await page.goto('/web/#/menu');
  for (const [i, m] of data.modules.entries()) {
    await page.locator('li.module').nth(i).getByRole('link').click();
    await walkModule(page, data, m.id);
  }
  await page.locator('li.module.final').getByRole('link').click();
  await page.getByRole('button', { name: data.t('assessment.start') }).click();
  await takeAssessment(page, data);
  await expect(page.getByText(data.t('assessment.passed'))).toBeVisible();
  // The plan prints offline: the print styles came with the course.
  await expectPlanKept(page, data);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.banner')).toBeHidden();
  await expect(page.locator('.relief-plan-sheet')).toBeVisible();
  await expect(page.locator('.relief-plan-sheet')).toContainText(OWN_PLAN_TEXT.slice(0, 20));
  await page.emulateMedia({ media: 'screen' });

  await context.setOffline(false);
  await page.goto('/web/#/menu');
  await expect(page.locator('li.module[data-status="done"]')).toHaveCount(data.modules.length);
  await expect(page.locator('li.module.final')).toHaveAttribute('data-status', 'passed');
  await expectPlanKept(page, data);
});

/** dist/web as version 1 or 2 of the course: version 2 changes index.html (and so the service worker). */
async function serveVersions(): Promise<{ url: string; version: (n: number) => void; close: () => Promise<void> }> {
  const web = normalize(join(process.cwd(), 'dist', 'web'));
  let current = 1;
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = normalize(join(web, path));
    if (!file.startsWith(web)) return void res.writeHead(403).end();
    readFile(file).then(
      (bytes) => {
        let body: Buffer | string = bytes;
        if (current > 1 && path === '/index.html') body = bytes.toString('utf8').replace('</body>', `<!-- version ${current} --></body>`);
        if (current > 1 && path === '/sw.js') body = bytes.toString('utf8').replace(/(url:"index\.html",revision:")[^"]+/, `$1version-${current}`);
        res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    version: (n) => (current = n),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a new version waits for the learner, and keeps their progress and plan', async ({ page }) => {
  test.setTimeout(180_000);
  const data = await loadCourse();
  const site = await serveVersions();
  try {
    await page.goto(`${site.url}/`);
    expect(await offlineReady(page)).toBe('activated');
    // Progress in version 1: the part with the plan, done.
    const part = planPage(data).split('/')[1]!;
    await page.goto(`${site.url}/#/${part}`);
    await walkModule(page, data, part);
    await expect(page.locator(`li.module[data-status="done"]`)).toHaveCount(1);

    site.version(2);
    await page.reload();
    const notice = page.getByRole('region', { name: data.t('offline.updateReady') });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText(data.t('offline.updateKept'));
    // Nothing happens until the learner agrees.
    const markup = () => page.evaluate(() => document.body.innerHTML).catch(() => 'navigating');
    expect(await markup()).not.toContain('<!-- version 2 -->');
    await notice.getByRole('button', { name: data.t('offline.updateNow') }).click();
    await expect.poll(markup, { timeout: 30_000 }).toContain('<!-- version 2 -->');

    await page.goto(`${site.url}/#/menu`);
    await expect(page.locator(`li.module[data-status="done"]`)).toHaveCount(1);
    await expectPlanKept(page, data);
  } finally {
    await site.close();
  }
});

test('progress saved to a file loads on another device; a damaged file changes nothing', async ({ page, browser }) => {
  const data = await loadCourse();
  const part = data.modules[0]!.id;
  await page.goto(`/web/#/${part}`);
  await walkModule(page, data, part);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: data.t('transfer.save') }).click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^acupuncture_pain-progress-\d{4}-\d{2}-\d{2}\.json$/);

  // Another device: a browser with nothing saved.
  const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
  try {
    const phone = await other.newPage();
    await phone.goto('/web/#/menu');
    await expect(phone.locator('li.module[data-status="done"]')).toHaveCount(0);
    const choose = phone.getByLabel(data.t('transfer.load'));

    // A damaged file: a clear message, and nothing changed.
    await choose.setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"course-progress","version":1,"course":"acupuncture_pain","progress":"{broken"}'),
    });
    await expect(phone.getByRole('alert')).toContainText(data.t('transfer.problem.damaged'));
    await expect(phone.getByRole('alert')).toContainText(data.t('transfer.unchanged'));
    await expect(phone.locator('li.module[data-status="done"]')).toHaveCount(0);

    // The learner's file: asked first, then loaded.
    await choose.setInputFiles(file);
    await expect(phone.getByText(data.t('transfer.confirm'))).toBeVisible();
    await expect(phone.locator('li.module[data-status="done"]')).toHaveCount(0);
    await phone.getByRole('button', { name: data.t('transfer.replace') }).click();
    await expect(phone.getByRole('status').filter({ hasText: data.t('transfer.loaded') })).toBeVisible();
    await expect(phone.locator('li.module[data-status="done"]')).toHaveCount(1);
    // Kept there: a reload still has it.
    await phone.reload();
    await phone.goto('/web/#/menu');
    await expect(phone.locator('li.module[data-status="done"]')).toHaveCount(1);
  } finally {
    await other.close();
  }
});
