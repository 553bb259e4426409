// Every locale stays whole: the same keys as the source (en-GB), messages that parse,
// the same placeholders, and plural forms for every category the language needs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatten, META_KEY, parseMessage, shapeOf, type LocaleMeta, type Tree } from '../../src/i18n/messages';
import { pseudoJson } from '../../scripts/pseudo-locale';

const SOURCE = 'en-GB';
/** The pseudo-locale the build generates: made here from en-GB, so no build is needed (tests/built checks the written file). */
const PSEUDO = 'en-XA';
const raw = (code: string): string => (code === PSEUDO ? pseudoJson(raw(SOURCE)) : readFileSync(`locales/${code}.json`, 'utf8'));
const load = (code: string) => JSON.parse(raw(code)) as Tree;
const shipped = readdirSync('locales')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const codes = [...new Set([...shipped, PSEUDO])];
const source = flatten(load(SOURCE));

describe('locale files', () => {
  it('include the source locale', () => {
    expect(shipped).toContain(SOURCE);
  });

  for (const code of codes) {
    describe(code, () => {
      const tree = load(code);
      const messages = flatten(tree);

      it('carries its name, direction and review status', () => {
        const meta = tree[META_KEY] as unknown as LocaleMeta;
        expect(typeof meta?.name).toBe('string');
        expect(['ltr', 'rtl']).toContain(meta.dir);
        expect(['source', 'draft', 'reviewed']).toContain(meta.status);
        expect(meta.status === 'source').toBe(code === SOURCE);
        // A draft says so in its own language, in the language picker.
        if (meta.status === 'draft' && !meta.pseudo) expect(meta.draftNote, 'draftNote').toMatch(/\p{L}/u);
      });

      it('has exactly the keys of en-GB', () => {
        const missing = Object.keys(source).filter((k) => !(k in messages));
        const extra = Object.keys(messages).filter((k) => !(k in source));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('every message parses, with the placeholders of en-GB and the plural forms it needs', () => {
        const problems: string[] = [];
        const categories = new Intl.PluralRules(code === 'en-XA' ? 'en' : code).resolvedOptions().pluralCategories;
        for (const [key, text] of Object.entries(messages)) {
          let shape;
          try {
            shape = shapeOf(parseMessage(key, text));
          } catch (error) {
            problems.push(String(error));
            continue;
          }
          const want = source[key] === undefined ? undefined : shapeOf(parseMessage(key, source[key]));
          if (want && shape.args.join() !== want.args.join()) {
            problems.push(`"${key}": placeholders {${shape.args.join(', ')}} differ from en-GB {${want.args.join(', ')}}`);
          }
          for (const [arg, branches] of Object.entries(want?.branches ?? {})) {
            const got = shape.branches[arg] ?? [];
            if (!got.includes('other')) problems.push(`"${key}": {${arg}} has no "other" form`);
            // A plural must give every category this language uses; a select keeps en-GB's cases.
            const needed = branches.some((b) => ['one', 'other'].includes(b)) ? categories : branches;
            for (const c of needed)
              if (!got.includes(c) && !got.some((g) => g.startsWith('='))) {
                if (!got.includes(c)) problems.push(`"${key}": {${arg}} lacks the "${c}" form`);
              }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
