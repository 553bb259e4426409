// Helpers for the preview's own tests (preview-*.spec.ts): the built zips, dropping a zip
// on the page as a file manager does, and the status summary as the panel shows it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, type Version } from './fixtures';
import { course } from '../../modules/course';
import { zipName } from '../../scorm/package';
import { SCORM_VERSIONS, type PackageVersion } from '../../scorm/manifest';
import { SCORM12_SUSPEND_LIMIT, SUMMARY_LABELS, type SummaryKey } from '../../src/preview/summary';

/** Each zip `npm run build` writes, with the API version and edition its manifest names. */
export const BUILT_ZIPS = SCORM_VERSIONS.map((v: PackageVersion) => ({
  name: zipName(course.id, v),
  version: (v === 'scorm12' ? '1.2' : '2004') as Version,
  edition: { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th Edition', 'scorm2004-3rd': 'SCORM 2004 3rd Edition' }[v],
}));

/** A busy test machine can take long to start the LMS, unpack a zip and load the course. */
export const LOAD = { timeout: 30_000 };

export const readBuiltZip = (name: string): Buffer => readFileSync(`dist/${name}`);

/** Drags a file onto the page and drops it, as from a file manager. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/zip' }));
      return transfer;
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** The status summary's rows, by key, as shown (value text only). */
export async function summaryShown(page: Page): Promise<Record<SummaryKey, string>> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(SUMMARY_LABELS) as SummaryKey[]) {
    const row = page.locator(`[data-summary="${key}"]`);
    await expect(row.locator('dt')).toHaveText(SUMMARY_LABELS[key]);
    out[key] = ((await row.locator('.value').textContent()) ?? '').trim();
  }
  return out as Record<SummaryKey, string>;
}

const records = (cmi: Record<string, string>, list: string) =>
  new Set(Object.keys(cmi).flatMap((k) => new RegExp(`^cmi\\.${list}\\.(\\d+)\\.`).exec(k)?.[1] ?? [])).size;

/** The summary agrees with the data model, read independently of the panel's own code. */
export async function expectSummaryMatchesCmi(page: Page, version: Version): Promise<void> {
  await expect(async () => {
    const cmi = await page.evaluate(() => window.__preview!.cmi());
    const shown = await summaryShown(page);
    const at = (k12: string, k2004: string) => cmi[version === '1.2' ? k12 : k2004] ?? '';
    const status = at('cmi.core.lesson_status', 'cmi.completion_status');
    expect(shown.completion).toContain(status);
    if (version === '2004') expect(shown.success).toBe(cmi['cmi.success_status']);
    else if (status === 'passed' || status === 'failed') expect(shown.success).toBe(status);
    const raw = at('cmi.core.score.raw', 'cmi.score.raw');
    expect(shown.score.startsWith(raw || '(not set)')).toBe(true);
    const location = at('cmi.core.lesson_location', 'cmi.location');
    expect(shown.location).toBe(location || '(not set)');
    const suspend = (cmi['cmi.suspend_data'] ?? '').length;
    expect(shown.suspendData).toContain(`${suspend.toLocaleString('en-GB')} characters`);
    expect(shown.suspendData).toContain(`${Math.round((suspend / SCORM12_SUSPEND_LIMIT) * 100)}% of the SCORM 1.2 limit`);
    expect(shown.totalTime).toBe(at('cmi.core.total_time', 'cmi.total_time') || '(not set)');
    expect(shown.sessionTime).toBe(at('cmi.core.session_time', 'cmi.session_time') || '(not set)');
    expect(Number(shown.interactions)).toBe(records(cmi, 'interactions'));
    expect(Number(shown.objectives)).toBe(records(cmi, 'objectives'));
  }).toPass({ timeout: 10_000 });
}
