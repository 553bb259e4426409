// Whether the page arrived showing the prerendered start screen (scripts/first-screen-plugin.ts)
// when the app took it over. If the address had moved on by then (a link followed before
// the scripts loaded), the app's first view is a navigation: its heading takes focus.
let tookOverStartScreen = false;

export function markTookOverStartScreen(): void {
  tookOverStartScreen = true;
}

export const startedOnPrerenderedScreen = (): boolean => tookOverStartScreen;
