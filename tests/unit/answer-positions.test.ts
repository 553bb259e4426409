// Where the right answers sit in the final check, so that a learner who always picks the
// same place (or the odd one out) does not do well: as the banks are written (counted
// here, and printed for the record), and as each learner sees them (shuffled per learner).
import { describe, expect, it } from 'vitest';
import banks from '../../modules/assessment';
import { course } from '../../modules/course';
import { optionsOf } from '../../src/course/scoring';
import { optionsShown } from '../../src/quiz/option-order';
import type { ChoiceQuestion } from '../../src/course/types';

const all = Object.values(banks).flat();
const ofType = (type: ChoiceQuestion['type']) => all.filter((q): q is ChoiceQuestion => q.type === type);
const place = (i: number) => String.fromCharCode(97 + i);

/** How often each place (a, b, c…) holds a right answer over these questions, options in `order`. */
export function rightAnswerPlaces(questions: readonly ChoiceQuestion[], order = (q: ChoiceQuestion) => optionsOf(q)): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of questions) {
    order(q).forEach((o, i) => {
      counts[place(i)] = (counts[place(i)] ?? 0) + (q.correct.includes(o.id) ? 1 : 0);
    });
  }
  return counts;
}

const spread = (counts: Record<string, number>) => Math.max(...Object.values(counts)) - Math.min(...Object.values(counts));

describe('right-answer places in the final check, as written', () => {
  const single = ofType('single');
  const multiple = ofType('multiple');
  const trueFalse = ofType('truefalse');

  it('single choice: the right answer is in every place about equally often', () => {
    const counts = rightAnswerPlaces(single);
    console.log(`single choice (${single.length} questions), right answer by place:`, counts);
    expect(Object.keys(counts)).toEqual(['a', 'b', 'c']);
    expect(spread(counts)).toBeLessThanOrEqual(1);
  });

  it('choose all: the number right varies, and the odd one out is not always last', () => {
    console.log(
      'choose all, right answers by place:',
      rightAnswerPlaces(multiple),
      'right of options:',
      multiple.map((q) => `${q.correct.length}/${optionsOf(q).length}`),
    );
    expect(new Set(multiple.map((q) => q.correct.length)).size, 'not always the same number right').toBeGreaterThan(1);
    for (const q of multiple) expect(q.correct.length, q.id).toBeLessThan(optionsOf(q).length);
    // The one wrong option is never last every time (the odd one out at the end).
    const lastWrong = multiple.filter((q) => !q.correct.includes(optionsOf(q).at(-1)!.id));
    expect(lastWrong.length).toBeLessThan(multiple.length);
  });

  it('with the parts’ checks too: every place about equally often over the whole course', async () => {
    const modules = await Promise.all(course.modules.map(async (m) => (await m.load()).default));
    const parts = modules.flatMap((m) => m.pages.flatMap((p) => (p.kind === 'quiz' ? p.questions : [])));
    const checks = parts.filter((q): q is ChoiceQuestion => q.type === 'single');
    console.log(`single choice in the parts' checks (${checks.length}):`, rightAnswerPlaces(checks));
    const counts = rightAnswerPlaces([...checks, ...single]);
    console.log(`single choice, whole course (${checks.length + single.length}):`, counts);
    expect(spread(counts)).toBeLessThanOrEqual(1);
  });

  it('true or false: about as many true as false', () => {
    const trues = trueFalse.filter((q) => q.correct[0] === 'true').length;
    console.log(`true/false: ${trues} true, ${trueFalse.length - trues} false`);
    expect(Math.abs(2 * trues - trueFalse.length)).toBeLessThanOrEqual(1);
  });
});

describe('right-answer places as learners see them', () => {
  it('over many learners, each place holds the right answer about equally often', () => {
    const single = ofType('single');
    const learners = 3000;
    const totals: Record<string, number> = {};
    for (let n = 0; n < learners; n++) {
      const counts = rightAnswerPlaces(single, (q) => optionsShown(q, `1:learner${n}`));
      for (const [p, c] of Object.entries(counts)) totals[p] = (totals[p] ?? 0) + c;
    }
    const expected = (learners * single.length) / 3;
    for (const c of Object.values(totals)) expect(Math.abs(c - expected) / expected).toBeLessThan(0.05);
  });

  it('two learners see different orders; the same learner the same order again', () => {
    const shuffled = all.filter((q): q is ChoiceQuestion => q.type !== 'sort' && q.type !== 'truefalse');
    const orders = (key: string) =>
      shuffled.map((q) =>
        optionsShown(q, key)
          .map((o) => o.id)
          .join(','),
      );
    expect(orders('1:one.draw')).toEqual(orders('1:one.draw'));
    expect(orders('1:one.draw')).not.toEqual(orders('1:another.draw'));
  });
});
