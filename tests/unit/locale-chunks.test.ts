// The locale split and build-time message compilation (scripts/locale-chunks-plugin.ts).
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileTrees, fillFrom, splitLocale } from '../../scripts/locale-chunks-plugin';
import { parse as lookUpCompiled, addCompiled } from '../../src/i18n/compiled-messages';

const course = { moduleIds: ['endorphins', 'relief'], keys: ['course.title', 'endorphins.title', 'endorphins.summary', 'relief.title'] };
const tree = {
  _meta: { name: 'English', dir: 'ltr', status: 'source' },
  course: { title: 'Acupuncture' },
  menu: { heading: 'Course menu' },
  endorphins: { title: 'How it works', summary: 'Endorphins', what: { heading: 'What is it?' } },
  relief: { title: 'Relief', plan: { count: '{count, plural, one {# activity} other {# activities}}' } },
};

describe('splitLocale', () => {
  const parts = splitLocale(tree, course);

  it('keeps engine strings and each module’s menu entry in the shell, and leaves out the metadata', () => {
    expect(parts.shell).toEqual({
      course: { title: 'Acupuncture' },
      menu: { heading: 'Course menu' },
      endorphins: { title: 'How it works', summary: 'Endorphins' },
      relief: { title: 'Relief' },
    });
  });

  it('gives each module its own part, under its own key', () => {
    expect(Object.keys(parts).sort()).toEqual(['endorphins', 'relief', 'shell']);
    expect(parts.endorphins).toEqual({ endorphins: tree.endorphins });
    expect(parts.relief).toEqual({ relief: tree.relief });
  });
});

describe('fillFrom', () => {
  it('completes a partial translation from the source language, key by key', () => {
    const welsh = { course: { title: 'Aciwbigo' }, endorphins: { what: { heading: 'Beth yw e?' } } };
    const filled = fillFrom(tree, welsh);
    expect(filled.course).toEqual({ title: 'Aciwbigo' });
    expect(filled.menu).toEqual({ heading: 'Course menu' });
    expect(filled.endorphins).toEqual({ title: 'How it works', summary: 'Endorphins', what: { heading: 'Beth yw e?' } });
  });
});

describe('splitLocale with keys for later', () => {
  it('puts the named top-level keys in a part of their own, out of the shell', () => {
    const parts = splitLocale({ ...tree, statement: { heading: 'Accessibility' } }, course, ['statement']);
    expect(parts.later).toEqual({ statement: { heading: 'Accessibility' } });
    expect(parts.shell).not.toHaveProperty('statement');
    expect(parts.shell).toHaveProperty('menu');
  });
});

describe('compiled messages', () => {
  const trees = compileTrees(splitLocale(tree, course).relief!, 'locales/en-GB.json');

  it('compiles only messages with ICU syntax, without source positions', () => {
    const plural = tree.relief.plan.count;
    expect(Object.keys(trees)).toEqual([plural]);
    expect(JSON.stringify(trees)).not.toContain('location');
  });

  it('format exactly as the parser’s own trees do', () => {
    addCompiled(trees);
    const text = tree.relief.plan.count;
    for (const count of [1, 3]) {
      const compiled = new IntlMessageFormat(lookUpCompiled(text), 'en-GB').format({ count });
      expect(compiled).toBe(new IntlMessageFormat(text, 'en-GB').format({ count }));
    }
    expect(lookUpCompiled('Plain text')).toEqual([{ type: 0, value: 'Plain text' }]);
  });

  it('names the file and key of a message that does not parse', () => {
    expect(() => compileTrees({ a: { b: 'Broken {count' } }, 'locales/cy.json')).toThrow(/locales\/cy\.json: "a\.b" does not parse/);
  });
});
