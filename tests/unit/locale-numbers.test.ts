// Numbers a learner reads (page and question counts, scores, limits) are formatted for the
// language by ICU ({n, number}), never pasted in as they are: a plain {n} bypasses Intl.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { flatten, parseMessage, type Tree } from '../../src/i18n/messages';

const codes = readdirSync('locales')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const messagesOf = (code: string) => flatten(JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Tree);

/** Arguments of a message, by how it formats them: plain, or as numbers (number, plural). */
function argsOf(ast: MessageFormatElement[], out = { plain: new Set<string>(), numeric: new Set<string>() }) {
  for (const n of ast) {
    if (n.type === TYPE.argument) out.plain.add(n.value);
    if (n.type === TYPE.number || n.type === TYPE.plural) out.numeric.add(n.value);
    if (n.type === TYPE.plural || n.type === TYPE.select) for (const o of Object.values(n.options)) argsOf(o.value, out);
    if (n.type === TYPE.tag) argsOf(n.children, out);
  }
  return out;
}

// Every argument en-GB formats as a number anywhere is a number everywhere.
const numeric = new Set(Object.entries(messagesOf('en-GB')).flatMap(([k, t]) => [...argsOf(parseMessage(k, t)).numeric]));

describe('numbers in messages', () => {
  it('en-GB formats some arguments as numbers', () => expect(numeric.size).toBeGreaterThan(5));
  for (const code of codes) {
    it(`${code}: no number argument is shown plain`, () => {
      const plain = Object.entries(messagesOf(code)).flatMap(([k, t]) =>
        [...argsOf(parseMessage(k, t)).plain].filter((a) => numeric.has(a)).map((a) => `${k}: {${a}}`),
      );
      expect(plain).toEqual([]);
    });
  }
});
