// The pseudo-locale en-XA: en-GB with accented letters and about 35% more length, in
// brackets, so a hard-coded string (unaccented) and a layout that breaks on longer text
// stand out. `npm run pseudo` writes locales/en-XA.json; a test keeps it in step.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { META_KEY, parseMessage, type Tree } from '../src/i18n/messages';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
};

function stretch(text: string): string {
  const accented = [...text].map((ch) => ACCENTS[ch] ?? ch).join('');
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  // Padding in short words, as real longer text would wrap.
  const pad = Math.ceil(letters * 0.35);
  return accented + (pad ? ' ' + '·'.repeat(pad).replace(/(.{6})(?=.)/g, '$1 ') : '');
}

function transform(nodes: MessageFormatElement[]): MessageFormatElement[] {
  return nodes.map((n) => {
    if (n.type === TYPE.literal) return { ...n, value: stretch(n.value) };
    if (n.type === TYPE.plural || n.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(n.options).map(([k, o]) => [k, { ...o, value: transform(o.value) }]));
      return { ...n, options };
    }
    return n;
  });
}

export function pseudoTree(tree: Tree, prefix = ''): Tree {
  const out: Tree = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (!prefix && k === META_KEY) continue;
    out[k] = typeof v === 'string' ? `[${printAST(transform(parseMessage(key, v)))}]` : pseudoTree(v, key);
  }
  return prefix ? out : { [META_KEY]: { name: 'Pseudo English', dir: 'ltr', status: 'draft', pseudo: true } as unknown as Tree, ...out };
}

export const pseudoJson = (source: string) => `${JSON.stringify(pseudoTree(JSON.parse(source) as Tree), null, 2)}\n`;
