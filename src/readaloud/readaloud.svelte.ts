// Read aloud: speaks a part of the page with the browser's own speech synthesis, one
// sentence at a time, marking the sentence being read. Only voices on the device are
// used (localService), so no text leaves it; with no such voice for the course
// language, read aloud is not offered at all.
import { collectSentences, type Sentence } from './sentences';

export type ReadStatus = 'idle' | 'reading' | 'paused';

/** Shows which sentence is being read. */
export interface Highlighter {
  show(sentence: Sentence): void;
  clear(): void;
}

/** The best voice on this device for a language: exact match first, then the same language. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const norm = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
  const want = norm(lang);
  const base = want.split('-')[0];
  const local = voices.filter((v) => v.localService);
  const score = (v: SpeechSynthesisVoice) => (norm(v.lang) === want ? 2 : norm(v.lang).split('-')[0] === base ? 1 : 0);
  let best: SpeechSynthesisVoice | null = null;
  for (const v of local) {
    const s = score(v);
    if (s && (!best || s > score(best) || (s === score(best) && v.default && !best.default))) best = v;
  }
  return best;
}

export class ReadAloud {
  status: ReadStatus = $state('idle');
  voices: SpeechSynthesisVoice[] = $state.raw([]);
  /** The course language (BCP 47), e.g. document.documentElement.lang. */
  lang = $state('');
  readonly voice = $derived(pickVoice(this.voices, this.lang));
  readonly available = $derived(this.voice !== null);

  #sentences: Sentence[] = [];
  /** The utterance being spoken; events from any other (cancelled) one are ignored. */
  #current: SpeechSynthesisUtterance | null = null;

  constructor(
    private readonly synth: SpeechSynthesis | undefined,
    private readonly highlighter: Highlighter,
    private readonly Utterance: typeof SpeechSynthesisUtterance | undefined = globalThis.SpeechSynthesisUtterance,
  ) {}

  /** Follows the device's voices, which may arrive late (voiceschanged). Returns a cleanup. */
  watchVoices(): () => void {
    const synth = this.synth;
    if (!synth) return () => {};
    const load = () => (this.voices = synth.getVoices());
    load();
    synth.addEventListener('voiceschanged', load);
    return () => synth.removeEventListener('voiceschanged', load);
  }

  /** Reads the text in `root` from the start. */
  read(root: Element | null): void {
    this.stop();
    if (!root || !this.available) return;
    this.#sentences = collectSentences(root, this.lang);
    if (!this.#sentences.length) return;
    this.status = 'reading';
    this.#speak(0);
  }

  #speak(index: number): void {
    const sentence = this.#sentences[index];
    if (!sentence || !this.synth || !this.Utterance) return this.stop();
    const u = new this.Utterance(sentence.text);
    u.lang = this.lang;
    if (this.voice) u.voice = this.voice;
    u.onend = () => {
      if (this.#current === u) this.#speak(index + 1);
    };
    u.onerror = (event) => {
      // Cancelling (Stop, a new page) also reports an error; only a real one stops reading.
      if (this.#current === u && event.error !== 'interrupted' && event.error !== 'canceled') this.stop();
    };
    this.#current = u;
    this.highlighter.show(sentence);
    this.synth.speak(u);
  }

  pause(): void {
    if (this.status !== 'reading') return;
    this.synth?.pause();
    this.status = 'paused';
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.synth?.resume();
    this.status = 'reading';
  }

  stop(): void {
    this.#current = null;
    this.#sentences = [];
    if (this.synth && (this.synth.speaking || this.synth.pending || this.synth.paused)) {
      this.synth.cancel();
      // Chrome stays paused after cancel() and would not speak again.
      if (this.synth.paused) this.synth.resume();
    }
    this.highlighter.clear();
    this.status = 'idle';
  }
}

/** The CSS Custom Highlight API where there is one; else the sentence's block is marked. */
export function pageHighlighter(name = 'read-aloud'): Highlighter {
  let marked: Element | null = null;
  const api = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
  const reduceMotion = () => document.documentElement.dataset.motion === 'reduce';
  return {
    show(sentence) {
      if (api) CSS.highlights.set(name, new Highlight(sentence.range));
      else {
        marked?.removeAttribute('data-read-aloud-current');
        marked = sentence.block;
        marked.setAttribute('data-read-aloud-current', '');
      }
      sentence.block.scrollIntoView?.({ block: 'nearest', behavior: reduceMotion() ? 'instant' : 'smooth' });
    },
    clear() {
      if (api) CSS.highlights.delete(name);
      marked?.removeAttribute('data-read-aloud-current');
      marked = null;
    },
  };
}
