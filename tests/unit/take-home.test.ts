// The copy of a passed attempt's take-home (the plan) kept on the device: whose it is,
// when it is kept, when the start screen offers it, and that it never breaks the course.
import { describe, expect, it } from 'vitest';
import { emptyModuleProgress, emptyProgress, type Progress } from '../../src/course/progress';
import { activitiesOf, earlierTakeHome, keepAfterPass, openTakeHome, takeHomeKey } from '../../src/app/take-home';
import { MemoryStorage } from './lms-harness';

const PLAN = 'plan-v1:walk,daily,5min';

/** Progress with these activity values, by module and page. */
function progressWith(activities: Record<string, Record<string, string>>): Progress {
  const p = emptyProgress();
  for (const [id, a] of Object.entries(activities)) p.modules[id] = { ...emptyModuleProgress(), seen: ['x'], activities: a };
  return p;
}

const PASSED = { passed: true, recording: true };

describe('the take-home copy on this device', () => {
  it('is kept after a pass, for this course and this learner only (a shared PC)', () => {
    const device = new MemoryStorage();
    const mine = openTakeHome(device, 'course-a', 'learner-1');
    expect(keepAfterPass(mine, PASSED, progressWith({ relief: { plan: PLAN } }))).toBe(true);
    expect(mine!.read()?.activities).toEqual({ relief: { plan: PLAN } });
    expect([...device.items.keys()]).toEqual([takeHomeKey('course-a', 'learner-1')]);
    expect(openTakeHome(device, 'course-a', 'learner-2')!.read()).toBeNull();
    expect(openTakeHome(device, 'course-b', 'learner-1')!.read()).toBeNull();
  });

  it('is never kept when the LMS names no learner', () => {
    const device = new MemoryStorage();
    const store = openTakeHome(device, 'course-a', '');
    expect(store).toBeNull();
    expect(keepAfterPass(store, PASSED, progressWith({ relief: { plan: PLAN } }))).toBe(false);
    expect(device.length).toBe(0);
  });

  it('is not kept before a pass, nor in a visit the LMS does not record (review or browse)', () => {
    const device = new MemoryStorage();
    const store = openTakeHome(device, 'course-a', 'learner-1');
    const progress = progressWith({ relief: { plan: PLAN } });
    expect(keepAfterPass(store, { passed: false, recording: true }, progress)).toBe(false);
    expect(keepAfterPass(store, { passed: true, recording: false }, progress)).toBe(false);
    expect(device.length).toBe(0);
  });

  it('keeps only what the learner made, and a pass with nothing made leaves an earlier copy as it was', () => {
    const device = new MemoryStorage();
    const store = openTakeHome(device, 'course-a', 'learner-1');
    expect(activitiesOf(progressWith({ relief: { plan: PLAN, other: '' }, active: { note: '' } }))).toEqual({ relief: { plan: PLAN } });
    keepAfterPass(store, PASSED, progressWith({ relief: { plan: PLAN } }));
    expect(keepAfterPass(store, PASSED, progressWith({ relief: { plan: '' } }))).toBe(false);
    expect(store!.read()?.activities).toEqual({ relief: { plan: PLAN } });
  });

  it('follows changes made after the pass (the latest plan goes home)', () => {
    const store = openTakeHome(new MemoryStorage(), 'course-a', 'learner-1');
    keepAfterPass(store, PASSED, progressWith({ relief: { plan: PLAN } }));
    keepAfterPass(store, PASSED, progressWith({ relief: { plan: `${PLAN},swim` } }));
    expect(store!.read()?.activities).toEqual({ relief: { plan: `${PLAN},swim` } });
  });

  it('is offered where this attempt does not hold it: a new attempt, empty or with other work; not in the attempt it came from', () => {
    const store = openTakeHome(new MemoryStorage(), 'course-a', 'learner-1');
    const passed = progressWith({ relief: { plan: PLAN } });
    expect(earlierTakeHome(store, emptyProgress())).toBeNull();
    keepAfterPass(store, PASSED, passed);
    expect(earlierTakeHome(store, emptyProgress())?.activities).toEqual({ relief: { plan: PLAN } });
    expect(earlierTakeHome(store, progressWith({ relief: { plan: 'plan-v1:swim' } }))).not.toBeNull();
    expect(earlierTakeHome(store, passed)).toBeNull();
    // The attempt it came from, its modules restored in another order (a 1.2 review visit).
    keepAfterPass(store, PASSED, progressWith({ relief: { plan: PLAN }, active: { goal: 'walk' } }));
    expect(earlierTakeHome(store, progressWith({ active: { goal: 'walk' }, relief: { plan: PLAN } }))).toBeNull();
    expect(earlierTakeHome(null, emptyProgress())).toBeNull();
  });

  it('is gone once removed', () => {
    const device = new MemoryStorage();
    const store = openTakeHome(device, 'course-a', 'learner-1');
    keepAfterPass(store, PASSED, progressWith({ relief: { plan: PLAN } }));
    store!.remove();
    expect(store!.read()).toBeNull();
    expect(device.length).toBe(0);
  });

  it('reads a damaged or older copy, or blocked storage, as none, and never throws', () => {
    const device = new MemoryStorage();
    const key = takeHomeKey('course-a', 'learner-1');
    const store = openTakeHome(device, 'course-a', 'learner-1')!;
    for (const raw of [
      '{',
      '[]',
      JSON.stringify({ format: 0, savedAt: 1, activities: {} }),
      JSON.stringify({ format: 1, savedAt: 1, activities: { relief: { plan: 3 } } }),
    ]) {
      device.setItem(key, raw);
      expect(store.read(), raw).toBeNull();
    }
    const blocked = new MemoryStorage();
    const refuse = () => {
      throw new Error('blocked');
    };
    Object.assign(blocked, { getItem: refuse, setItem: refuse, removeItem: refuse });
    const nowhere = openTakeHome(blocked, 'course-a', 'learner-1')!;
    expect(() => keepAfterPass(nowhere, PASSED, progressWith({ relief: { plan: PLAN } }))).not.toThrow();
    expect(nowhere.read()).toBeNull();
    expect(() => nowhere.remove()).not.toThrow();
    expect(openTakeHome(null, 'course-a', 'learner-1')!.read()).toBeNull();
  });
});
