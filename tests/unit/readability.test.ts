// Plain English, measured: the Flesch-Kincaid grade of every English page stays at or
// below 8, and the course as a whole at or below 6 (roughly a reading age of 11-12).
import { describe, expect, it } from 'vitest';
import rs from 'text-readability';
import { course } from '../../modules/course';
import enGB from '../../locales/en-GB.json';
import type { Module, Page, Question } from '../../src/course/types';

type Tree = { [key: string]: string | Tree };
const messages = enGB as unknown as Tree;

function lookup(key: string): string | Tree | undefined {
  let node: string | Tree | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

/** Every string under a key (a message, or a whole subtree such as a component's). */
function textsUnder(key: string): string[] {
  const node = lookup(key);
  if (typeof node === 'string') return [node];
  return node ? Object.keys(node).flatMap((k) => textsUnder(`${key}.${k}`)) : [];
}

function questionKeys(q: Question): string[] {
  const keys = [q.prompt, q.feedback.correct, q.feedback.incorrect, ...(q.hint ? [q.hint] : [])];
  if (q.type === 'sort') {
    keys.push(...q.categories.map((c) => c.label), ...q.items.flatMap((i) => [i.label, ...(i.feedback ? [i.feedback] : [])]));
  } else {
    keys.push(...(q.options ?? []).flatMap((o) => [o.label, ...(o.feedback ? [o.feedback] : [])]));
  }
  return keys;
}

/** What a learner reads on a page: its own texts, its questions, its component's texts. */
function pageText(moduleId: string, page: Page): string {
  const keys = [page.heading, ...(page.body ?? [])];
  if (page.kind === 'quiz') keys.push(...page.questions.flatMap(questionKeys));
  // Components keep their texts under "<module>.<page>."; include them too.
  return sentences([...new Set([...keys, ...(page.kind === 'activity' ? [`${moduleId}.${page.id}`] : [])])]);
}

const grades: { page: string; grade: number; words: number }[] = [];

function measure(name: string, text: string) {
  const grade = rs.fleschKincaidGrade(text);
  grades.push({ page: name, grade, words: rs.lexiconCount(text) });
  it(`${name} is at grade 8 or below`, () => {
    expect(grade, text).toBeLessThanOrEqual(8);
  });
}

const sentences = (keys: string[]) =>
  keys
    .flatMap(textsUnder)
    .map((t) => t.replace(/\{[^{}]*\}/g, 'it').trim())
    .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`))
    .join(' ');

describe('readability (Flesch-Kincaid grade)', async () => {
  const modules: Module[] = await Promise.all(course.modules.map(async (m) => (await m.load()).default));
  measure('start screen', sentences([course.title, course.description, ...course.outcomes, course.duration]));
  for (const module of modules) {
    for (const page of module.pages) measure(`${module.id}/${page.id}`, pageText(module.id, page));
  }
  if (course.assessment) {
    const banks = (await course.assessment.load()).default;
    measure('final check', sentences([course.assessment.title, ...course.assessment.intro]));
    for (const [topic, questions] of Object.entries(banks)) {
      measure(`final check: ${topic}`, sentences(questions.flatMap(questionKeys)));
    }
  }

  it('the course averages grade 6 or below', () => {
    const mean = grades.reduce((a, g) => a + g.grade, 0) / grades.length;
    console.log(
      grades.map((g) => `${g.page.padEnd(24)} ${g.grade.toFixed(1).padStart(5)}  (${g.words} words)`).join('\n') +
        `\ncourse average: ${mean.toFixed(2)} over ${grades.length} pages`,
    );
    expect(mean).toBeLessThanOrEqual(6);
  });
});
