// The headless choice group (src/ui/choice.svelte.ts) behind quiz options, the display
// settings and the plan builder: what a learner choosing would notice, and what the owner
// of the answer is told.
import { describe, expect, it } from 'vitest';
import { ChoiceGroup, type ChoiceOptions } from '../../src/ui/choice.svelte';

type Code = 'a' | 'b' | 'c' | 'd';

function make(opts: Partial<ChoiceOptions<Code>> = {}, initial: Code[] = []) {
  let value: Code[] = initial;
  let locked = false;
  const changes: [Code[], Code, boolean][] = [];
  const blocked: Code[] = [];
  const group = new ChoiceGroup<Code>({
    name: 'q',
    value: () => value,
    onchange: (next, changed, on) => {
      changes.push([next, changed, on]);
      value = next;
    },
    onblocked: (v) => blocked.push(v),
    locked: () => locked,
    ...opts,
  });
  return { group, changes, blocked, lock: () => (locked = true) };
}

describe('ChoiceGroup, one of (radio buttons)', () => {
  it('chooses one, and choosing another replaces it', () => {
    const { group, changes } = make();
    expect(group.select('a', true)).toBe(true);
    expect(group.select('b', true)).toBe(true);
    expect(group.chosen).toEqual(['b']);
    expect(group.isChosen('a')).toBe(false);
    expect(changes.map(([next]) => next)).toEqual([['a'], ['b']]);
  });

  it('is never left with nothing: a radio button is unchosen only by choosing another', () => {
    const { group, changes } = make({}, ['a']);
    expect(group.select('a', false)).toBe(false);
    expect(group.select('a', true)).toBe(false);
    expect(changes).toEqual([]);
  });

  it('changes nothing once locked (an answer that has been checked)', () => {
    const { group, changes, lock } = make({}, ['a']);
    lock();
    expect(group.locked).toBe(true);
    expect(group.press('b')).toBe(false);
    expect(group.select('b', true)).toBe(false);
    expect(changes).toEqual([]);
  });
});

describe('ChoiceGroup, any of (checkboxes)', () => {
  it('adds and removes, telling the owner which one changed', () => {
    const { group, changes } = make({ multiple: true });
    group.select('c', true);
    group.select('a', true);
    group.select('c', false);
    expect(group.chosen).toEqual(['a']);
    expect(changes).toEqual([
      [['c'], 'c', true],
      [['c', 'a'], 'a', true],
      [['a'], 'c', false],
    ]);
  });

  it('at its limit, blocks the others (a press is cancelled and its reason given) but still lets one go', () => {
    const { group, blocked } = make({ multiple: true, max: 2 }, ['a', 'b']);
    expect(group.atLimit).toBe(true);
    expect(group.isBlocked('c')).toBe(true);
    expect(group.isBlocked('a')).toBe(false);
    expect(group.press('c')).toBe(false);
    expect(blocked).toEqual(['c']);
    expect(group.select('c', true)).toBe(false);
    expect(group.press('a')).toBe(true);
    expect(group.select('a', false)).toBe(true);
    expect(group.atLimit).toBe(false);
    expect(group.isBlocked('c')).toBe(false);
  });

  it('has no limit without max', () => {
    const { group } = make({ multiple: true }, ['a', 'b', 'c']);
    expect(group.atLimit).toBe(false);
    expect(group.press('d')).toBe(true);
  });
});
