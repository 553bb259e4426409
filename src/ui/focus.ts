// One focus helper (as GOV.UK's setFocus): make a non-interactive element focusable
// only while it has focus, so it never becomes a stray tab stop.
export function setFocus(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus({ preventScroll: false });
}
