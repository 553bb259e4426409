// The standalone course on this device: its service worker (scripts/offline.ts) keeps
// every file for use offline, and a new version waits until the learner agrees to it.
// Loaded after the course is up, and only without an LMS: the SCORM packages have no
// service worker, and an LMS keeps the learner's progress itself.
import { mount, unmount } from 'svelte';
import UpdateNotice from './UpdateNotice.svelte';

interface Flushable {
  flush(): void;
}

export async function startOffline(tracker: Flushable): Promise<void> {
  void keepProgress();
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  let notice: ReturnType<typeof mount> | null = null;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (notice) return;
      notice = mount(UpdateNotice, {
        target: document.body,
        props: {
          // Progress is saved before the new version reloads the page; it lives in this
          // browser's storage, which an update never touches (the saved state is
          // versioned and migrated: src/tracking/state-codec.ts).
          update: async () => {
            tracker.flush();
            await updateSW(true);
          },
          dismiss: () => {
            if (notice) void unmount(notice);
            notice = null;
          },
        },
      });
    },
    onRegisterError(error: unknown) {
      // Offline use is a bonus: the course works on without it.
      console.warn('The course could not be kept for offline use:', error);
    },
  });
}

/** Asks the browser not to clear this site's storage (the learner's progress) when space runs low. */
async function keepProgress(): Promise<void> {
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not offered here (some browsers, private windows): storage stays best effort.
  }
}
