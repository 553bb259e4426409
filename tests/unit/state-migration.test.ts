// Progress saved before questions and options got readable ids (format 2, "q1": "b")
// still loads, under the new ids: every answer, score, page and assessment draw kept,
// and each answer still scores as it did.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { course } from '../../modules/course';
import type { Progress } from '../../src/course/progress';
import type { Question } from '../../src/course/types';
import { decodeProgress, encodeProgress, FORMAT_VERSION, pruneToModule } from '../../src/tracking/state-codec';
import { isCorrect } from '../../src/course/scoring';

const fixture = JSON.parse(readFileSync('tests/fixtures/suspend-v2-original-ids.json', 'utf8')) as {
  courseId: string;
  suspendData: string;
  progress: Progress;
};
const moduleIds = course.modules.map((m) => m.id);

/** The questions of the original build, for scoring the old answers the old way. */
async function questionsByModule(): Promise<Record<string, Question[]>> {
  const out: Record<string, Question[]> = {};
  for (const entry of course.modules) {
    const mod = (await entry.load()).default;
    out[mod.id] = mod.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions : []));
  }
  return out;
}

describe('suspend data written with the original ids', () => {
  const restored = decodeProgress(fixture.suspendData, fixture.courseId, moduleIds, course.renamed);

  it('is the format this version migrates from', () => {
    expect(JSON.parse(fixture.suspendData).v).toBe(2);
    expect(FORMAT_VERSION).toBe(3);
    expect(restored).not.toBeNull();
  });

  it('keeps every module, page, score and done mark', () => {
    for (const [id, old] of Object.entries(fixture.progress.modules)) {
      const now = restored!.modules[id]!;
      expect(now.seen).toEqual(old.seen);
      expect(now.score).toBe(old.score);
      expect(now.done).toBe(old.done);
      expect(now.activities).toEqual(old.activities);
      expect(Object.keys(now.answers)).toHaveLength(Object.keys(old.answers).length);
    }
  });

  it('names each answer by the new ids, which the module has, and each scores as before', async () => {
    const questions = await questionsByModule();
    for (const [id, old] of Object.entries(fixture.progress.modules)) {
      const table = course.renamed![id]!;
      for (const [oldQ, oldResponse] of Object.entries(old.answers)) {
        const renamed = table[oldQ]!;
        const question = questions[id]!.find((q) => q.id === renamed.id)!;
        expect(question, `${id}.${oldQ} -> ${renamed.id}`).toBeDefined();
        const response = restored!.modules[id]!.answers[renamed.id]!;
        expect(response).toHaveLength(oldResponse.length);
        // The old answer was scored against the old key: right then, right now.
        const wasRight = scoreOld(id, oldQ, oldResponse);
        expect(isCorrect(question, response), `${id}.${renamed.id}`).toBe(wasRight);
      }
      // Nothing is dropped once the module loads.
      const shape = { pages: restored!.modules[id]!.seen, questions: questions[id]!.map((q) => q.id) };
      expect(Object.keys(pruneToModule(restored!.modules[id]!, shape).answers)).toHaveLength(Object.keys(old.answers).length);
    }
  });

  it('keeps the assessment: its draw, answers, try and score, under the new ids', async () => {
    const banks = (await course.assessment!.load()).default;
    const bankIds = new Set(
      Object.values(banks)
        .flat()
        .map((q) => q.id),
    );
    const old = fixture.progress.assessment!;
    const now = restored!.assessment!;
    expect(now.attempt).toBe(old.attempt);
    expect(now.score).toBe(old.score);
    expect(now.draw).toEqual(old.draw.map((q) => course.renamed!.assessment![q]!.id));
    for (const id of now.draw) expect(bankIds.has(id), id).toBe(true);
    expect(Object.keys(now.answers)).toHaveLength(Object.keys(old.answers).length);
  });

  it('is written back in the new format, and reads again the same', () => {
    const again = encodeProgress(restored!, fixture.courseId);
    expect(JSON.parse(again).v).toBe(3);
    expect(decodeProgress(again, fixture.courseId, moduleIds, course.renamed)).toEqual(restored);
  });
});

/** Whether an old answer was right, by the old answer key (kept in the fixture's own ids). */
function scoreOld(moduleId: string, questionId: string, response: string[]): boolean {
  const key = OLD_KEYS[`${moduleId}.${questionId}`];
  if (!key) throw new Error(`no old key for ${moduleId}.${questionId}`);
  return key.length === response.length && key.every((id) => response.includes(id));
}

/** The original build's answer key for the module checks (from git history, before the rename). */
const OLD_KEYS: Record<string, string[]> = {
  'endorphins.q1': ['b'],
  'endorphins.q2': ['a'],
  'endorphins.q3': ['a', 'b', 'c'],
  'endorphins.q4': ['false'],
  'endorphins.q5': ['true'],
  'expect.q1': ['false'],
  'expect.q2': ['a'],
  'expect.q3': ['a', 'b'],
  'expect.q4': ['b'],
  'expect.q5': ['true'],
  'active.q1': ['a_a', 'b_p', 'c_a', 'd_p', 'e_a', 'f_p', 'g_a', 'h_a'],
  'active.q2': ['a'],
  'active.q3': ['a'],
  'active.q4': ['false'],
  'relief.q1': ['b'],
  'relief.q2': ['false'],
  'relief.q3': ['a', 'b', 'c'],
  'relief.q4': ['true'],
};
