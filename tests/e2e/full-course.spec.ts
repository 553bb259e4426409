// The whole course, end to end, in the preview LMS in both SCORM versions, once per
// language. In English by clicking: every module page by page, every knowledge check
// answered right, each activity used, the final check passed. In Welsh and in Arabic
// (each in a browser context of its own, a fresh LMS): the language chosen in the picker,
// the modules done by the quick set-up (their clicking walk in every language is
// states.spec.ts's), each activity used, the final check passed by clicking; then the
// same result in the LMS, and tracked data identical to the English run's (language-
// neutral ids, responses and suspend data, none of the translation in them). Answers
// come from the real course data.
import type { FrameLocator, Page } from '@playwright/test';
import {
  test,
  expect,
  openPreview,
  apiErrors,
  cmi,
  objectiveOf,
  completeModulesFast,
  passFinalCheck,
  pickLanguage,
  useActivity,
  otherLearner,
  suspendDataSet,
  interactionIds,
  type Version,
} from './fixtures';
import { loadCourse, localeMessages, squash, type CourseData } from './course-data';
import { trackedData, type Tracked } from './tracked';
import { completeCourse } from './walk';

const VERSIONS: Version[] = ['1.2', '2004'];
const TRANSLATIONS = ['cy', 'ar'] as const;

/** The limit for suspend data with every question answered and the plan filled. */
const SUSPEND_LIMIT = 2000;

const LANGUAGE_NEUTRAL = /^[A-Za-z0-9_.:[\],-]*$/;

/**
 * What the LMS holds after the whole course, passed, in `data`'s language (`prompts`:
 * the final check's, as shown); returns what it tracked.
 */
async function expectCoursePassed(page: Page, version: Version, data: CourseData, prompts: string[]): Promise<Tracked> {
  const language = data.locale;
  const checked = data.checkQuestions().length;
  const total = data.course.settings.assessmentQuestions;
  expect(new Set(prompts).size, `${language}: final check questions`).toBe(total);

  // The course result.
  const lms = await cmi(page);
  if (version === '1.2') {
    expect(lms['cmi.core.lesson_status'], `${language}: lesson status`).toBe('passed');
    expect(lms['cmi.core.score.raw'], `${language}: score`).toBe('100');
  } else {
    expect(lms['cmi.completion_status'], `${language}: completion`).toBe('completed');
    expect(lms['cmi.success_status'], `${language}: success`).toBe('passed');
    expect(lms['cmi.score.scaled'], `${language}: scaled score`).toBe('1');
    expect(lms['cmi.score.raw'], `${language}: score`).toBe('100');
  }
  // An objective per module (done, with its check's score: no verdict on a part check),
  // and one for the final check, the graded result.
  for (const id of data.modules.map((m) => m.id)) {
    expect(await objectiveOf(page, version, id), `${language}: objective ${id}`).toEqual({
      status: version === '1.2' ? 'completed' : 'completed/unknown',
      score: '100',
    });
  }
  expect(await objectiveOf(page, version, 'assessment'), `${language}: objective assessment`).toEqual({
    status: version === '1.2' ? 'passed' : 'completed/passed',
    score: '100',
  });
  // Every answer, as an interaction…
  const ids = await interactionIds(page);
  expect(ids, `${language}: interactions`).toHaveLength(checked + total);
  // …each named by its question, in the order answered.
  const answered = [...data.checkQuestions(), ...prompts.map((p) => data.answerFor(p).question)].map((q) => q.id);
  expect(
    ids.map((id) => id.split(/[.:]/).at(-1)),
    `${language}: interactions in the order answered`,
  ).toEqual(answered);
  // Nothing left to come back for: exit normal ("" in SCORM 1.2).
  expect(lms[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'], `${language}: exit`).toBe(version === '1.2' ? '' : 'normal');
  expect(await apiErrors(page), `${language}: LMS errors`).toEqual([]);

  // Suspend data, at its longest: every question answered and the plan filled.
  const sets = await suspendDataSet(page);
  const longest = sets.reduce((a, b) => (b.length > a.length ? b : a), '');
  console.log(`SCORM ${version}, ${language}: longest suspend data ${longest.length} characters (of ${sets.length} saves)`);
  expect(longest.length, `${language}: longest suspend data`).toBeLessThan(SUSPEND_LIMIT);
  // The plan travels in it (its own text included).
  expect(sets.at(-1), `${language}: the plan in the suspend data`).toContain('Walk to the');

  const tracked = await trackedData(page, version, data);
  expect(tracked.ids, `${language}: interactions`).toHaveLength(checked + total);
  return tracked;
}

const goTo = (course: FrameLocator, hash: string) => course.locator(':root').evaluate((_root, h) => (location.hash = h), hash);

/**
 * Each module's activity used on its page, opened by its address (a module without one:
 * its first page), its heading and the module's name shown in the language; ends on the menu.
 */
async function useActivities(course: FrameLocator, data: CourseData): Promise<void> {
  for (const m of data.modules) {
    const activities = m.pages.filter((p) => p.kind === 'activity');
    for (const p of activities.length ? activities : m.pages.slice(0, 1)) {
      await goTo(course, `#/${m.id}/${p.id}`);
      await expect(course.locator('h1')).toHaveText(data.t(p.heading));
      await expect(course.locator('.context .module-name')).toContainText(data.t(m.title));
      if (p.kind === 'activity') await useActivity(course, data);
    }
  }
  await goTo(course, '#/menu');
  await expect(course.locator('h1')).toHaveText(data.t('menu.heading'));
}

/**
 * From the start screen of a fresh attempt in English: the language of `data` chosen in
 * the picker, every module done (the quick set-up), each activity used, the final check
 * passed by clicking. Returns the final check's prompts.
 */
async function passInLanguage(page: Page, version: Version, data: CourseData): Promise<string[]> {
  const course = await openPreview(page, version);
  await pickLanguage(course, await loadCourse(), data.locale);
  await expect(course.locator('h1')).toHaveText(data.t(data.course.title));
  await course.getByRole('link', { name: data.t('start.start') }).click();
  await completeModulesFast(course, data);
  await useActivities(course, data);
  const prompts = await passFinalCheck(course, data);
  await expect(course.getByRole('button', { name: data.t('assessment.tryAgain') })).toHaveCount(0);
  await expect(course.locator(':root'), `${data.locale}: still the language chosen`).toHaveAttribute('lang', data.locale);
  return prompts;
}

/** Text of a translation that English does not share (long enough not to match by chance). */
function ownText(locale: string): string[] {
  const english = new Set(Object.values(localeMessages('en-GB')).map(squash));
  return [...new Set(Object.values(localeMessages(locale)).map(squash))].filter((t) => t.length >= 8 && !english.has(t));
}

/** A run in a translation tracked what the English run tracked, in language-neutral terms only. */
function expectSameTracking(run: Tracked, english: Tracked, data: CourseData): void {
  const language = data.locale;
  // Interaction ids: language-neutral codes, the knowledge checks' in the same order as
  // in English (the final check draws its questions afresh for each attempt).
  const checks = data.checkQuestions().length;
  expect(run.ids.slice(0, checks), `${language}: knowledge check ids as in English`).toEqual(english.ids.slice(0, checks));
  for (const id of run.ids) expect(id, `${language}: interaction id`).toMatch(LANGUAGE_NEUTRAL);
  // Learner responses: the same as in English for every question both runs answered.
  const shared = run.ids.filter((id) => id in english.answers);
  expect(shared.length, `${language}: questions both runs answered`).toBeGreaterThanOrEqual(checks);
  expect(Object.fromEntries(shared.map((id) => [id, run.answers[id]])), `${language}: responses as in English`).toEqual(
    Object.fromEntries(shared.map((id) => [id, english.answers[id]])),
  );
  const words = new Set(Object.values(localeMessages(language)).map(squash));
  for (const [id, { response }] of Object.entries(run.answers)) {
    expect(response, `${language}: response to ${id}`).toMatch(LANGUAGE_NEUTRAL);
    for (const token of response.split(/\[[,.]\]|,|\./)) expect(words.has(token), `${language}: "${token}" in the response to ${id} is text`).toBe(false);
  }
  // Suspend data: the same progress as in English, decoded; and none of the translation in it.
  expect(run.progress, `${language}: suspend data decodes`).not.toBeNull();
  expect(run.progress!.modules, `${language}: progress as in English`).toEqual(english.progress!.modules);
  expect({ ...run.progress!.assessment, draw: [], answers: {} }, `${language}: final check progress as in English`).toEqual({
    ...english.progress!.assessment,
    draw: [],
    answers: {},
  });
  const translated = ownText(language);
  for (const saved of run.allSuspendData) {
    expect(saved, `${language}: suspend data`).not.toMatch(/[^\x20-\x7e]/);
    expect(
      translated.filter((t) => saved.includes(t)),
      `${language}: translated text in suspend data`,
    ).toEqual([]);
  }
}

for (const version of VERSIONS) {
  test(`SCORM ${version}: the whole course passed, clicked through in English; in Welsh and in Arabic it tracks what English tracks`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(300_000);
    const english = await test.step('en-GB: every module page by page, then the final check', async () => {
      const data = await loadCourse();
      const course = await openPreview(page, version);
      // Every module, page by page; the final check opens only once they are all done.
      const prompts = await completeCourse(course, data);
      await expect(course.getByRole('button', { name: data.t('assessment.tryAgain') })).toHaveCount(0);
      return expectCoursePassed(page, version, data, prompts);
    });
    for (const locale of TRANSLATIONS) {
      await test.step(`${locale}: the whole course, tracked as in English`, async () => {
        const data = await loadCourse(locale);
        const learner = await otherLearner(browser);
        try {
          const prompts = await passInLanguage(learner.page, version, data);
          expectSameTracking(await expectCoursePassed(learner.page, version, data, prompts), english, data);
          await learner.expectGuarded();
        } finally {
          await learner.context.close();
        }
      });
    }
  });
}
