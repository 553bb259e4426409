// No learner-visible text is written into a component: every word a learner sees or
// hears comes from a locale, so every language gets all of it. (The preview LMS is a
// developer's tool in English and is left out.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-roledescription', 'aria-description', 'title', 'alt', 'placeholder', 'label', 'value'];

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === 'src/preview' ? [] : svelteFiles(path);
    return path.endsWith('.svelte') ? [path] : [];
  });
}

type Node = { type: string; start: number; data?: string; name?: string; value?: unknown; [k: string]: unknown };

function findText(source: string): { at: number; text: string }[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
  const found: { at: number; text: string }[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (n.type === 'Text' && typeof n.data === 'string' && /\p{L}/u.test(n.data)) found.push({ at: n.start, text: n.data.trim() });
    if (n.type === 'Attribute' && typeof n.name === 'string' && SPOKEN_ATTRIBUTES.includes(n.name) && Array.isArray(n.value)) {
      for (const part of n.value as Node[]) {
        if (part.type === 'Text' && /\p{L}/u.test(part.data ?? '')) found.push({ at: part.start, text: `${n.name}="${part.data}"` });
      }
      return;
    }
    if (n.type === 'Attribute') return; // class names, ids, types: not learner text
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(v);
  };
  visit(ast.fragment);
  return found;
}

const lineOf = (source: string, at: number) => source.slice(0, at).split('\n').length;

describe('no hard-coded learner-visible text', () => {
  it('the check itself catches text, spoken attributes and SVG titles, and lets keys through', () => {
    const sample = `<script>let x = 'Not text';</script>
<p>Hello</p><button aria-label="Close">{$_('ok')}</button><svg><title>Body</title></svg>
<div class="words here" id="x">{$_('a.b')} ✓</div><style>p { content: 'x'; }</style>`;
    expect(findText(sample).map((f) => f.text)).toEqual(['Hello', 'aria-label="Close"', 'Body']);
  });

  const files = [...svelteFiles('src'), ...svelteFiles('modules')];
  it('finds the components', () => expect(files.length).toBeGreaterThan(5));
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(file, 'utf8');
      expect(findText(source).map((f) => `${file}:${lineOf(source, f.at)}: ${f.text}`)).toEqual([]);
    });
  }
});
