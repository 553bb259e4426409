// The progress file a learner carries to another device: what goes in comes back, and
// anything else is refused with a reason the learner can act on.
import { describe, expect, it } from 'vitest';
import { course } from '../../modules/course';
import { emptyProgress, type Progress } from '../../src/course/progress';
import { FILE_KIND, progressFile, readProgressFile } from '../../src/offline/progress-file';

const progress: Progress = {
  ...emptyProgress(),
  modules: { endorphins: { seen: ['intro', 'how'], answers: { q1: ['a'] }, activities: { plan: '{"own":"Walk"}' }, done: false } },
};

describe('the progress file', () => {
  it('brings back the same progress on another device', () => {
    const text = progressFile(course, progress, new Date('2026-01-02T03:04:05Z'));
    const read = readProgressFile(text, course);
    expect(read.ok && read.progress.modules.endorphins).toMatchObject({
      seen: ['intro', 'how'],
      answers: { q1: ['a'] },
      activities: { plan: '{"own":"Walk"}' },
    });
    expect(read.ok && read.saved).toBe('2026-01-02T03:04:05.000Z');
  });

  it('is small and says what it is', () => {
    const text = progressFile(course, progress);
    expect(JSON.parse(text)).toMatchObject({ kind: FILE_KIND, version: 1, course: course.id });
    expect(text.length).toBeLessThan(2000);
  });

  const good = JSON.parse(progressFile(course, progress)) as Record<string, unknown>;
  it.each([
    ['notJson', 'not json at all {'],
    ['notProgress', JSON.stringify({ name: 'a photo album' })],
    ['otherCourse', JSON.stringify({ ...good, course: 'another_course' })],
    ['newer', JSON.stringify({ ...good, version: 99 })],
    ['damaged', JSON.stringify({ ...good, progress: '{"v":2,"c":"acupuncture_pain","m":' })],
    ['damaged', JSON.stringify({ ...good, progress: 42 })],
    ['tooBig', JSON.stringify({ ...good, padding: 'x'.repeat(70_000) })],
  ])('refuses a file that is %s', (problem, text) => {
    expect(readProgressFile(text, course)).toEqual({ ok: false, problem });
  });
});
