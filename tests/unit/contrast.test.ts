// Every text and UI colour pair, in every theme, as theme.css defines them: text at
// least 4.5:1 against each background it is used on (WCAG 1.4.3), UI parts and large
// text at least 3:1 (1.4.11). Read from the stylesheet itself, so a colour changed
// there is checked here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES, type Theme } from '../../src/display/comfort.svelte';

const css = readFileSync('src/app/theme.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The screen rules: everything before the print block. */
const screenCss = css.slice(0, css.indexOf('@media print'));

/**
 * The --color-* values a theme ends up with: the default rule (`:root`), then each rule
 * whose selector names the theme, in source order, as the cascade applies them.
 */
function palette(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, selector = '', body = ''] of screenCss.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const parts = selector.split(',').map((s) => s.trim());
    const applies = parts.includes(':root') || (theme !== 'default' && parts.some((s) => s.includes(`data-theme='${theme}'`)));
    if (!applies) continue;
    for (const [, name = '', value = ''] of body.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out[name] = value.toLowerCase();
  }
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background, as the components use them. */
const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'accent-soft'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'], // links, secondary buttons
  ['accent', 'surface'],
  ['accent-dark', 'bg'],
  ['accent-dark', 'surface'], // secondary button on hover
  ['accent-text', 'accent'], // primary buttons
  ['accent-text', 'accent-dark'], // primary buttons on hover
  ['banner-text', 'banner'], // the header
  ['success', 'bg'],
  ['success', 'surface'], // "Right answer" on a chosen option
  ['error', 'bg'],
  ['error', 'surface'],
  ['focus-text', 'focus'], // skip link, read-aloud highlight
];

/** Boundaries of controls and graphics (3:1). */
const UI: [string, string][] = [
  ['border', 'bg'], // option and input borders
  ['border', 'surface'],
  ['accent', 'bg'], // chosen option border, card edges
  ['accent', 'surface'],
  ['accent', 'track'], // progress fill against its track
  ['success', 'bg'],
  ['error', 'bg'],
  ['muted', 'track'], // diagram lines
  ['banner-text', 'banner'], // header button borders (currentColor)
];

describe('colour contrast in every theme', () => {
  for (const theme of THEMES) {
    const p = palette(theme);
    describe(theme, () => {
      it('defines every colour the components use', () => {
        const needed = new Set([...TEXT, ...UI].flat());
        expect([...needed].filter((n) => !p[n])).toEqual([]);
      });
      it.each(TEXT)('text %s on %s is at least 4.5:1', (fg, bg) => {
        expect(contrast(p[fg]!, p[bg]!)).toBeGreaterThanOrEqual(4.5);
      });
      it.each(UI)('UI %s against %s is at least 3:1', (fg, bg) => {
        expect(contrast(p[fg]!, p[bg]!)).toBeGreaterThanOrEqual(3);
      });
      it('the focus indicator (yellow ring with a dark edge) shows on every background', () => {
        for (const bg of ['bg', 'surface', 'accent', 'banner']) {
          const best = Math.max(contrast(p.focus!, p[bg]!), contrast(p['focus-text']!, p[bg]!));
          expect(best, `focus on ${bg}`).toBeGreaterThanOrEqual(3);
        }
      });
    });
  }

  it('the print colours are black on white', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/--color-text:\s*#000000/);
    expect(print).toMatch(/--color-bg:\s*#ffffff/);
  });

  it('reports the lowest ratio per theme', () => {
    const lowest = THEMES.map((t) => {
      const p = palette(t);
      const min = Math.min(...TEXT.map(([a, b]) => contrast(p[a]!, p[b]!)));
      return `${t}: lowest text pair ${min.toFixed(2)}:1`;
    });
    console.log(lowest.join('\n'));
    expect(lowest).toHaveLength(THEMES.length);
  });
});
