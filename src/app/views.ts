// The views past the start screen. App.svelte loads them as one chunk once the start
// screen is up, so the first screen downloads less (tests/unit/budgets.test.ts) and the
// package holds one file for them rather than one per view.
import { loadMessages } from '../i18n/setup';

export { default as PageView } from './PageView.svelte';
export { default as AssessmentView } from './AssessmentView.svelte';
export { default as ModuleMenu } from './ModuleMenu.svelte';
export { default as SummaryPage } from './SummaryPage.svelte';
export { default as AccessibilityStatement } from './AccessibilityStatement.svelte';
// Read aloud shows only where the device has a voice, so it never is on the first screen.
export { default as ReadAloud } from '../readaloud/ReadAloud.svelte';
// Questions and messages that only a tap opens: Save and close (LMS launches) and the
// Start again question.
export { default as SaveAndClose } from '../ui/SaveAndClose.svelte';
export { default as StartAgainQuestion } from './StartAgainQuestion.svelte';
// The copy of the plan from a passed attempt (./take-home.ts): kept after a pass, offered
// on the start screen of a later attempt.
export { default as TakeHomeKeeper } from './TakeHomeKeeper.svelte';
export { default as EarlierOffer } from './EarlierOffer.svelte';

/** The strings only these views use (the locale's `later` part, vite.config.ts). */
export const stringsLoaded = loadMessages(['later']);
// What the learner sees once Save and close has ended the visit.
export { default as SessionEnded } from './SessionEnded.svelte';
