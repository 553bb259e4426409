// Facilitator notes are locale keys like any other text: every page of every module has
// notes, and every key (and every presenter prompt) has its text in the source locale.
import { describe, expect, it } from 'vitest';
import { course } from '../../modules/course';
import enGB from '../../locales/en-GB.json';
import { hasMessage } from '../course/validate';
import { KEY_MAP } from './keys';

describe('presenter texts', async () => {
  const modules = await Promise.all(course.modules.map(async (m) => (await m.load()).default));

  for (const module of modules) {
    it(`every page of "${module.id}" has facilitator notes in en-GB`, () => {
      for (const page of module.pages) {
        expect(page.notes?.length ?? 0, `${module.id}/${page.id}`).toBeGreaterThan(0);
        for (const key of page.notes ?? []) expect(hasMessage(enGB, key), key).toBe(true);
        if (page.kind === 'activity' && page.presenterPrompt) expect(hasMessage(enGB, page.presenterPrompt)).toBe(true);
        if (page.kind === 'activity') for (const key of page.presenterBody ?? []) expect(hasMessage(enGB, key), key).toBe(true);
      }
    });
  }

  it('the plan activity becomes a discussion prompt', () => {
    const plan = modules.find((m) => m.id === 'relief')?.pages.find((p) => p.id === 'plan');
    expect(plan?.kind === 'activity' && plan.presenterPrompt).toBe('relief.plan.presenterPrompt');
  });

  it('the key guide has a description for every key', () => {
    for (const binding of KEY_MAP) expect(hasMessage(enGB, binding.description), binding.description).toBe(true);
  });
});
