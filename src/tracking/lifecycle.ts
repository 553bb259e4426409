// The page's life as the tracker needs it. `unload` is not used: Chrome blocks the
// synchronous calls an LMS makes in it, and it breaks the back/forward cache.
// - hidden (tab switched, phone locked, window minimised): commit now, as the page may
//   never be shown again;
// - pagehide: end the session (terminate once, with no Commit before it);
// - pageshow from the back/forward cache: the page lives again, with the session ended.
import type { Backend } from './backend';
import type { Tracker } from './tracker';

/**
 * Wires the tracker to the page. `freshBackend` is asked, after a back/forward cache
 * restore, for a new LMS session if the LMS has put up a new API; null means there is
 * none, and the tracker keeps journalling for the next launch.
 */
export function watchPage(win: Window, tracker: Tracker, freshBackend: () => Backend | null): () => void {
  const doc = win.document;
  // Only a session this page ended on its way out comes back: Save and close stays closed.
  let endedByPagehide = false;
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') tracker.flush();
  };
  const onPageHide = () => {
    if (tracker.ended) return;
    endedByPagehide = true;
    // Terminate alone: it commits, and during unload an LMS may deliver only one call.
    tracker.end({ unloading: true });
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted || !endedByPagehide) return;
    endedByPagehide = false;
    tracker.resume(freshBackend() ?? undefined);
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
  };
}
