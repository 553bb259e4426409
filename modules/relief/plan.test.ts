import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES,
  ACTIVITY_ORDER,
  MAX_ENCODED_LENGTH,
  MAX_PICKS,
  OWN,
  OWN_TEXT_MAX,
  atLimit,
  cleanOwnText,
  decodePlan,
  emptyPlan,
  encodePlan,
  setOften,
  setOwnText,
  setPicked,
  setStart,
  startsFor,
  type ActivityCode,
  type Plan,
} from './plan';

const full: Plan = {
  items: [
    { activity: 'a', often: 'd', start: 'f' },
    { activity: 'c', often: 'w', start: null },
    { activity: OWN, often: 'f', start: 't' },
  ],
  ownText: 'Walk the dog',
};

describe('encodePlan / decodePlan', () => {
  it('writes the documented compact form', () => {
    expect(encodePlan(full)).toBe('1|adf|cw-|zft~Walk the dog');
  });

  it('round-trips a plan', () => {
    expect(decodePlan(encodePlan(full))).toEqual(full);
  });

  it('round-trips unfinished items and text with no items', () => {
    const plan: Plan = { items: [{ activity: 'b', often: null, start: null }], ownText: '' };
    expect(decodePlan(encodePlan(plan))).toEqual(plan);
    const textOnly: Plan = { items: [], ownText: 'Tai chi' };
    expect(encodePlan(textOnly)).toBe('1~Tai chi');
    expect(decodePlan('1~Tai chi')).toEqual(textOnly);
  });

  it('keeps spaces inside the text, so typing is not disturbed', () => {
    const plan: Plan = { items: [], ownText: 'Walk ' };
    expect(decodePlan(encodePlan(plan)).ownText).toBe('Walk ');
  });

  it('encodes an empty plan as an empty string, and reads it back', () => {
    expect(encodePlan(emptyPlan())).toBe('');
    expect(decodePlan('')).toEqual(emptyPlan());
  });

  it.each(['garbage', '2|adf', '|adf', '1|', '1|adfx|', '{"a":1}', '1|xyz|qqq', 'x'.repeat(MAX_ENCODED_LENGTH + 1)])(
    'never throws on %j and keeps only what it can read',
    (value) => {
      const plan = decodePlan(value);
      expect(plan.items).toEqual([]);
    },
  );

  it.each([undefined, null, 42, {}, []])('gives an empty plan for a non-string (%j)', (value) => {
    expect(decodePlan(value)).toEqual(emptyPlan());
  });

  it('drops unknown codes, repeats and extra items, and sorts into list order', () => {
    const plan = decodePlan('1|cqq|aw-|aff|q--|bdt|eww|fww');
    expect(plan.items).toEqual([
      { activity: 'a', often: 'w', start: null },
      { activity: 'b', often: 'd', start: 't' },
      { activity: 'c', often: null, start: null },
    ]);
  });

  it('stays under the length cap even with the longest plan', () => {
    const longest: Plan = {
      items: [
        { activity: 'a', often: 'd', start: 'j' },
        { activity: 'b', often: 'd', start: 'j' },
        { activity: OWN, often: 'd', start: 'j' },
      ],
      ownText: 'W'.repeat(500),
    };
    const value = encodePlan(longest);
    expect(value.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
    expect(value.length).toBe(1 + 3 * 4 + 1 + OWN_TEXT_MAX);
    expect(decodePlan(value).ownText).toHaveLength(OWN_TEXT_MAX);
  });

  it('never lets the text break the format', () => {
    const plan: Plan = { items: [{ activity: 'a', often: 'd', start: 'f' }], ownText: 'Swim ~|1|bdd~ laps' };
    const value = encodePlan(plan);
    expect(value).toBe('1|adf~Swim |1|bdd laps');
    const back = decodePlan(value);
    expect(back.items).toEqual(plan.items);
    expect(back.ownText).toBe('Swim |1|bdd laps');
  });

  it('reads text that holds a separator in a hand-edited value as text only', () => {
    expect(decodePlan('1|adf~a~b').ownText).toBe('ab');
    expect(decodePlan('1|adf~a~b').items).toHaveLength(1);
  });
});

describe('cleanOwnText', () => {
  it('turns line breaks and control characters into spaces', () => {
    expect(cleanOwnText('Walk\nthe\tdog')).toBe('Walk the dog');
  });

  it('caps the length without splitting an emoji', () => {
    const text = 'a'.repeat(OWN_TEXT_MAX - 1) + '🌻';
    expect(cleanOwnText(text)).toBe('a'.repeat(OWN_TEXT_MAX - 1));
  });
});

describe('plan edits', () => {
  it('allows at most three activities', () => {
    let plan = emptyPlan();
    for (const a of ACTIVITIES) plan = setPicked(plan, a.code, true);
    expect(plan.items.map((i) => i.activity)).toEqual(['a', 'b', 'c']);
    expect(plan.items).toHaveLength(MAX_PICKS);
    expect(atLimit(plan)).toBe(true);
    const same = setPicked(plan, OWN, true);
    expect(same).toBe(plan);
  });

  it('unticks an activity and forgets its choices', () => {
    let plan = setPicked(emptyPlan(), 'b', true);
    plan = setOften(plan, 'b', 'd');
    plan = setPicked(plan, 'b', false);
    expect(plan.items).toEqual([]);
    plan = setPicked(plan, 'b', true);
    expect(plan.items).toEqual([{ activity: 'b', often: null, start: null }]);
  });

  it('sets how often and how to start for one activity only', () => {
    let plan = setPicked(setPicked(emptyPlan(), 'a', true), OWN, true);
    plan = setOften(plan, OWN, 'f');
    plan = setStart(plan, 'a', 't');
    expect(plan.items).toEqual([
      { activity: 'a', often: null, start: 't' },
      { activity: OWN, often: 'f', start: null },
    ]);
  });

  it('keeps the own text while its box is unticked', () => {
    let plan = setOwnText(setPicked(emptyPlan(), OWN, true), 'Dance');
    plan = setPicked(plan, OWN, false);
    expect(decodePlan(encodePlan(plan))).toEqual({ items: [], ownText: 'Dance' });
  });

  it('cleans text as it is set', () => {
    expect(setOwnText(emptyPlan(), 'a~b').ownText).toBe('ab');
  });

  it('does not change the plan it is given', () => {
    const plan = emptyPlan();
    setPicked(plan, 'a', true);
    expect(plan).toEqual(emptyPlan());
  });

  it('offers only the ways of starting small that fit the activity', () => {
    const codes = (a: ActivityCode) => startsFor(a).map((s) => s.code);
    expect(codes('c')).not.toContain('j'); // nobody swims "one small job"
    expect(codes('b')).not.toContain('d'); // nor stretches "a short distance"
    expect(codes('d')).toContain('j');
    expect(codes(OWN)).toEqual(['f', 't', 'd', 'j']);
    for (const a of ACTIVITY_ORDER) expect(codes(a).length, a).toBeGreaterThanOrEqual(2);
    let plan = setPicked(emptyPlan(), 'c', true);
    expect(setStart(plan, 'c', 'j')).toBe(plan);
    plan = setStart(plan, 'c', 'd');
    expect(plan.items).toEqual([{ activity: 'c', often: null, start: 'd' }]);
  });

  it('a saved way of starting that does not fit its activity is left to choose again', () => {
    expect(decodePlan('1|cwj|dwj').items).toEqual([
      { activity: 'c', often: 'w', start: null },
      { activity: 'd', often: 'w', start: 'j' },
    ]);
  });
});
