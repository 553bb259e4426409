// Whether the facilitator's controls may rest out of the room's sight: after a few
// seconds with no pointer moving. A control with focus shows regardless (CSS
// :focus-within), so a keyboard user still finds them by Tab.

/** How long the controls stay after the pointer last moved. */
export const REST_AFTER_MS = 3000;

export class Resting {
  /** True once the pointer has been still for REST_AFTER_MS. */
  resting = $state(false);

  /** Watches `target` for pointer movement; returns the clean-up. */
  watch(target: Window): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      this.resting = false;
      clearTimeout(timer);
      timer = setTimeout(() => (this.resting = true), REST_AFTER_MS);
    };
    wake();
    target.addEventListener('pointermove', wake);
    target.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      target.removeEventListener('pointermove', wake);
      target.removeEventListener('pointerdown', wake);
    };
  }
}
