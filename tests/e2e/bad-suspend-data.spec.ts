// Damaged saved progress in the LMS: truncated, from another course, from a future
// version of this one, or edited by hand. The course must start safely (at the start,
// or the best point it can recover), never crash, and never write the damage back.
import { test, expect, type Version } from './fixtures';
import { courseFrame, expectSaved } from './learner';
import { course as theCourse } from '../../modules/course';
import { decodeProgress, encodeProgress } from '../../src/tracking/state-codec';
import { en, textPattern } from './course-data';

const moduleIds = theCourse.modules.map((m) => m.id);
const good = encodeProgress({ modules: { endorphins: { seen: ['what', 'how'], answers: {}, activities: {}, done: false } } }, theCourse.id);

const CASES: { name: string; data: string; recovers: boolean }[] = [
  { name: 'truncated', data: good.slice(0, Math.floor(good.length / 2)), recovers: false },
  { name: 'not JSON at all', data: '%%%<garbage>', recovers: false },
  { name: 'from another course', data: good.replace(`"${theCourse.id}"`, '"another_course"'), recovers: false },
  { name: 'from a future version', data: good.replace(/"v":\d+/, '"v":99'), recovers: false },
  {
    name: 'edited by hand',
    // Valid pages kept; a made-up page, a score of 500, a "done" that is not 1 and an
    // answer with a space dropped.
    data: good.replace('"s":["what","how"]', '"s":["what","<script>","how"],"c":500,"d":"yes","a":{"q1":"zz top"}'),
    recovers: true,
  },
];

/** The preview LMS's stored attempt, as an LMS would hold it after an earlier session. */
function storedAttempt(version: Version, suspendData: string) {
  const cmi =
    version === '1.2'
      ? { suspend_data: suspendData, core: { lesson_location: '/endorphins/how', lesson_status: 'incomplete' } }
      : { suspend_data: suspendData, location: '/endorphins/how', completion_status: 'incomplete' };
  return JSON.stringify({ format: 1, cmi, exit: 'suspend', totalTime: '', savedAt: '' });
}

for (const version of ['1.2', '2004'] as Version[]) {
  test.describe(`SCORM ${version}, damaged suspend data`, () => {
    for (const { name, data, recovers } of CASES) {
      test(`${name}: starts safely and never writes it back`, async ({ page }) => {
        // Stored before the preview's own scripts run, once (not again for the course frame).
        await page.addInitScript(
          ([key, value]) => {
            if (window === window.top && !sessionStorage.getItem('seeded')) {
              sessionStorage.setItem('seeded', '1');
              localStorage.setItem(key, value);
            }
          },
          [`scorm-preview:cmi:${version}`, storedAttempt(version, data)] as const,
        );
        await page.goto(`/preview/?scorm=${version}`);
        const course = courseFrame(page);
        await expect(course.locator('h1')).toBeVisible({ timeout: 30_000 });
        expect(await page.evaluate(() => window.__preview!.cmi()['cmi.entry'] ?? window.__preview!.cmi()['cmi.core.entry'])).toBe('resume');

        if (recovers) {
          // The best recoverable point: the pages that exist, nothing made up.
          await expect(course.getByRole('link', { name: en('start.continue') })).toBeVisible();
        } else {
          await expect(course.getByRole('link', { name: en('start.start') })).toBeVisible();
          await expect(course.getByRole('link', { name: en('start.continue') })).toHaveCount(0);
        }
        await course.getByRole('link', { name: recovers ? en('start.continue') : en('start.start') }).click();
        await expect(course.getByText(textPattern('page.progress', { current: 'any', total: 'any' }))).toBeVisible();
        await expectSaved(course);

        const written = await page.evaluate(() =>
          window.__preview!.calls.filter((c) => /SetValue$/.test(c.method) && c.args[0] === 'cmi.suspend_data').map((c) => c.args[1]!),
        );
        expect(written.length).toBeGreaterThan(0);
        for (const value of written) {
          expect(value).not.toBe(data);
          expect(decodeProgress(value, theCourse.id, moduleIds), value).not.toBeNull();
          expect(value).not.toMatch(/<script>|500|zz top|another_course|"v":99/);
        }
        if (recovers) expect(written.at(-1)).toContain('"s":["what","how"');
      });
    }
  });
}
