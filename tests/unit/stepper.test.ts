// The headless stepper (src/ui/stepper.svelte.ts): what a learner stepping through a
// figure, or a presenter pressing Next on the clicker, would notice, and what is saved.
// (Node runs the server build of runes: a $derived is read afresh, not tracked; the
// browser's tracking is covered end to end in tests/e2e/activities.spec.ts.)
import { describe, expect, it } from 'vitest';
import { Stepper } from '../../src/ui/stepper.svelte';

function make(count: number, firstSaved = 0, initial = '') {
  const saved: string[] = [];
  let value = initial;
  const stepper = new Stepper({ count, firstSaved, saved: () => value, onchange: (v) => saved.push(v) });
  return { stepper, saved, setValue: (v: string) => (value = v) };
}

describe('Stepper', () => {
  it('starts at the first step when nothing (or nothing readable) is saved', () => {
    for (const initial of ['', 'x', '9', '-1', '0']) expect(make(3, 1, initial).stepper.index).toBe(0);
  });

  it('starts where the saved value says, counting from its first saved number', () => {
    expect(make(3, 1, '3').stepper.index).toBe(2);
    expect(make(4, 0, '2').stepper.index).toBe(2);
  });

  it('moves one step at a time and saves each step', () => {
    const { stepper, saved } = make(3, 1);
    expect(stepper.atFirst).toBe(true);
    expect(stepper.move(1)).toBe(true);
    expect(stepper.move(1)).toBe(true);
    expect(stepper.atLast).toBe(true);
    expect(saved).toEqual(['2', '3']);
  });

  it('does nothing past either end (a press on an unavailable button), and saves nothing', () => {
    const { stepper, saved } = make(3, 1, '3');
    expect(stepper.move(1)).toBe(false);
    expect(stepper.index).toBe(2);
    stepper.go(0);
    expect(stepper.move(-1)).toBe(false);
    expect(saved).toEqual(['1']);
  });

  it('jumps to a step (a slider), refusing steps outside the run or where it already is', () => {
    const { stepper, saved } = make(4);
    expect(stepper.go(3)).toBe(true);
    expect(stepper.go(3)).toBe(false);
    expect(stepper.go(4)).toBe(false);
    expect(stepper.go(1.5)).toBe(false);
    expect(saved).toEqual(['3']);
  });

  it('follows the saved value the engine passes (a restored attempt, Start again)', () => {
    const { stepper, setValue } = make(3, 1, '2');
    expect(stepper.index).toBe(1);
    setValue('3');
    expect(stepper.index).toBe(2);
    setValue('');
    expect(stepper.index).toBe(0);
  });
});
