// A speechSynthesis stub for headless Chromium (it has no voices): records what it is
// asked to say; the test ends each sentence. In every frame of the page (a course in an
// LMS's frame too), as it is an init script.
import type { Page } from '@playwright/test';

export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

declare global {
  interface Window {
    __speech: { spoken: { text: string; lang: string; voice: string | null }[]; calls: string[] };
    __setVoices(voices: StubVoice[]): void;
    __finishSentence(): void;
  }
}

/** A speechSynthesis that records what it is asked to say; the test ends each sentence. */
export async function stubSpeech(page: Page, voices: StubVoice[], { late = false } = {}) {
  await page.addInitScript(
    ({ voices, late }) => {
      type U = { text: string; lang: string; voice: { name: string } | null; onend?: (e: unknown) => void; onerror?: (e: unknown) => void };
      const list: StubVoice[] = late ? [] : voices.map((v) => ({ default: false, voiceURI: v.name, ...v }));
      let current: U | null = null;
      const record = { spoken: [] as Window['__speech']['spoken'], calls: [] as string[] };
      const synth = Object.assign(new EventTarget(), {
        speaking: false,
        pending: false,
        paused: false,
        onvoiceschanged: null,
        getVoices: () => list.slice(),
        speak(u: U) {
          record.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
          current = u;
          this.speaking = true;
        },
        pause() {
          record.calls.push('pause');
          this.paused = true;
        },
        resume() {
          record.calls.push('resume');
          this.paused = false;
        },
        cancel() {
          record.calls.push('cancel');
          const u = current;
          current = null;
          this.speaking = false;
          u?.onerror?.({ error: 'interrupted' });
        },
      });
      class Utterance {
        lang = '';
        voice = null;
        onend = null;
        onerror = null;
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      window.__speech = record;
      window.__finishSentence = () => {
        const u = current;
        current = null;
        synth.speaking = false;
        u?.onend?.({});
      };
      window.__setVoices = (next) => {
        list.splice(0, list.length, ...next.map((v) => ({ default: false, ...v })));
        synth.dispatchEvent(new Event('voiceschanged'));
      };
      if (late) setTimeout(() => window.__setVoices(voices), 300);
    },
    { voices, late },
  );
}

export const BRITISH: StubVoice = { name: 'Local British', lang: 'en-GB', localService: true };
