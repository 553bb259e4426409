// The whole course, end to end, in the preview LMS in both SCORM versions: every module
// page by page, every knowledge check answered right, each activity used, the final
// check passed; then what the LMS holds. Answers come from the real course data.
import { test, expect, openPreview, apiErrors, cmi, objectiveOf, completeCourse, suspendDataSet, interactionIds, type Version } from './fixtures';
import { loadCourse } from './course-data';

/** The limit for suspend data with every question answered and the plan filled. */
const SUSPEND_LIMIT = 2000;

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: every module and the final check, passed`, async ({ page }) => {
    test.setTimeout(240_000);
    const data = await loadCourse();
    const course = await openPreview(page, version);

    // Every module, page by page; the final check opens only once they are all done.
    const prompts = await completeCourse(course, data);
    const checked = data.checkQuestions().length;
    const total = data.course.settings.assessmentQuestions;
    expect(new Set(prompts).size).toBe(total);
    await expect(course.getByRole('button', { name: data.t('assessment.tryAgain') })).toHaveCount(0);

    // The course result.
    const lms = await cmi(page);
    if (version === '1.2') {
      expect(lms['cmi.core.lesson_status']).toBe('passed');
      expect(lms['cmi.core.score.raw']).toBe('100');
    } else {
      expect(lms['cmi.completion_status']).toBe('completed');
      expect(lms['cmi.success_status']).toBe('passed');
      expect(lms['cmi.score.scaled']).toBe('1');
      expect(lms['cmi.score.raw']).toBe('100');
    }
    // An objective per module (done, with its check's score: no verdict on a part check),
    // and one for the final check, the graded result.
    for (const id of data.modules.map((m) => m.id)) {
      expect(await objectiveOf(page, version, id), `objective ${id}`).toEqual({
        status: version === '1.2' ? 'completed' : 'completed/unknown',
        score: '100',
      });
    }
    expect(await objectiveOf(page, version, 'assessment')).toEqual({ status: version === '1.2' ? 'passed' : 'completed/passed', score: '100' });
    // Every answer, as an interaction.
    const ids = await interactionIds(page);
    expect(ids).toHaveLength(checked + total);
    // …each named by its question, in the order answered.
    const answered = [...data.checkQuestions(), ...prompts.map((p) => data.answerFor(p).question)].map((q) => q.id);
    expect(ids.map((id) => id.split(/[.:]/).at(-1))).toEqual(answered);
    // Nothing left to come back for: exit normal ("" in SCORM 1.2).
    expect(lms[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe(version === '1.2' ? '' : 'normal');
    expect(await apiErrors(page)).toEqual([]);

    // Suspend data, at its longest: every question answered and the plan filled.
    const sets = await suspendDataSet(page);
    const longest = sets.reduce((a, b) => (b.length > a.length ? b : a), '');
    console.log(`SCORM ${version}: longest suspend data ${longest.length} characters (of ${sets.length} saves)`);
    expect(longest.length).toBeLessThan(SUSPEND_LIMIT);
    // The plan travels in it (its own text included).
    expect(sets.at(-1)).toContain('Walk to the');
  });
}
