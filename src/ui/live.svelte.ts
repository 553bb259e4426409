// The one live-region helper: what a polite, visually hidden region (LiveRegion.svelte)
// says next. Saying the same words twice still reads them out: the region is cleared
// first and the words set after the next tick, which screen readers take as a change.
import { tick } from 'svelte';

export class Announcer {
  message = $state('');

  say(text: string): void {
    this.message = '';
    void tick().then(() => (this.message = text));
  }
}
