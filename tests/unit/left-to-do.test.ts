import { describe, expect, it } from 'vitest';
import { leftToDo } from '../../src/course/left-to-do';
import { emptyModuleProgress } from '../../src/course/progress';
import type { Module } from '../../src/course/types';

const question = (id: string) => ({ id, type: 'single', prompt: id, options: [], correct: [] });
const module = {
  id: 'm',
  title: 't',
  summary: 's',
  pages: [
    { id: 'a', kind: 'text', heading: 'a', body: [] },
    { id: 'check', kind: 'quiz', heading: 'c', body: [], questions: [question('q1'), question('q2')] },
    { id: 'z', kind: 'text', heading: 'z', body: [] },
  ],
} as unknown as Module;

describe('leftToDo', () => {
  it('names the check and how many questions are left', () => {
    const p = { ...emptyModuleProgress(), seen: ['a', 'check', 'z'], answers: { q1: ['x'] } };
    expect(leftToDo(module, p)).toEqual({ pageId: 'check', kind: 'answer', count: 1 });
  });
  it('names the first page not seen, in the module’s order', () => {
    expect(leftToDo(module, { ...emptyModuleProgress(), seen: ['z'] })).toEqual({ pageId: 'a', kind: 'read' });
    expect(leftToDo(module, undefined)).toEqual({ pageId: 'a', kind: 'read' });
  });
  it('is null once every page is seen and every question answered', () => {
    expect(leftToDo(module, { ...emptyModuleProgress(), seen: ['a', 'check', 'z'], answers: { q1: ['x'], q2: ['y'] } })).toBeNull();
  });
});
