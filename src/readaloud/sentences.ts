// What read aloud reads: the visible text of a part of the page, as sentences, each with
// the DOM range it covers (to highlight it while it is spoken). Splitting is pure and
// unit-tested; the DOM walk runs in the browser.

export interface Span {
  start: number;
  end: number;
}

/** Sentences in `text`, trimmed, leaving out pieces with no letters or digits. */
export function splitSentences(text: string, lang: string): Span[] {
  const raw: Span[] = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    for (const s of segmenter.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
  } else {
    for (const m of text.matchAll(/[^.!?…]+(?:[.!?…]+["'”’)\]]*|$)\s*/gu)) raw.push({ start: m.index, end: m.index + m[0].length });
  }
  const out: Span[] = [];
  for (let { start, end } of raw) {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
  }
  return out;
}

/** Words said for a piece of text: its white space collapsed. */
export const spoken = (text: string) => text.replace(/\s+/gu, ' ').trim();

export interface Sentence {
  text: string;
  range: Range;
  /** The block (paragraph, heading, label…) it is in: marked where highlights are missing. */
  block: Element;
}

/**
 * Not read: controls' own words, hidden or visually hidden text (screen-reader only),
 * decorative parts, drawings (their text is given elsewhere), live announcements.
 */
const SKIP =
  'script, style, template, button, nav, svg, dialog, [hidden], [aria-hidden="true"], .visually-hidden, [role="status"], [role="alert"], .no-read-aloud';

function blockOf(el: Element, root: Element): Element {
  let at: Element | null = el;
  while (at && at !== root) {
    const display = getComputedStyle(at).display;
    if (!display.startsWith('inline') && display !== 'contents') return at;
    at = at.parentElement;
  }
  return root;
}

/** The sentences of `root`'s visible text, in reading order, never across blocks. */
export function collectSentences(root: Element, lang: string): Sentence[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const el = node.parentElement;
      if (!el || !/\S/u.test(node.nodeValue ?? '')) return NodeFilter.FILTER_REJECT;
      if (el.closest(SKIP) || !(el.checkVisibility?.() ?? true)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  // Consecutive text nodes in the same block make one run of text.
  const runs: { block: Element; nodes: { node: Text; start: number }[]; text: string }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node.parentElement!, root);
    let run = runs.at(-1);
    if (!run || run.block !== block) runs.push((run = { block, nodes: [], text: '' }));
    run.nodes.push({ node, start: run.text.length });
    run.text += node.data;
  }

  const sentences: Sentence[] = [];
  for (const run of runs) {
    /** The text node and offset for a position in the run's text. */
    const at = (pos: number, isEnd: boolean): [Text, number] => {
      for (let i = run.nodes.length - 1; i >= 0; i--) {
        const { node, start } = run.nodes[i]!;
        if (isEnd ? pos > start : pos >= start) return [node, pos - start];
      }
      const first = run.nodes[0]!;
      return [first.node, 0];
    };
    for (const span of splitSentences(run.text, lang)) {
      const range = doc.createRange();
      range.setStart(...at(span.start, false));
      range.setEnd(...at(span.end, true));
      sentences.push({ text: spoken(run.text.slice(span.start, span.end)), range, block: run.block });
    }
  }
  return sentences;
}
