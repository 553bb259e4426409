// The comfort settings as the browser course uses them: kept in localStorage, following
// the system's dark mode and reduced motion until the learner chooses.
import { MediaQuery } from 'svelte/reactivity';
import { Comfort, type ComfortStorage, type SystemPreferences } from './comfort.svelte';
import { localStore } from '../shared/storage';

/** localStorage under one key; silent where storage is blocked (private modes, some LMS frames). */
export function storedUnder(key: string): ComfortStorage {
  return {
    get() {
      try {
        return localStore()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(value) {
      try {
        const storage = localStore();
        if (value === null) storage?.removeItem(key);
        else storage?.setItem(key, value);
      } catch {
        // Not kept between visits, but still applied for this one.
      }
    },
  };
}

/** The system's preferences the defaults follow (also read before any script: scripts/prerender.ts). */
export const SYSTEM_QUERIES = { dark: '(prefers-color-scheme: dark)', reducedMotion: '(prefers-reduced-motion: reduce)' } as const;

export function browserPreferences(): SystemPreferences {
  const dark = new MediaQuery(SYSTEM_QUERIES.dark);
  const motion = new MediaQuery(SYSTEM_QUERIES.reducedMotion);
  return {
    get dark() {
      return dark.current;
    },
    get reducedMotion() {
      return motion.current;
    },
  };
}

/** Kept per device, for every course that uses this engine (a learner's eyes do not change per course). */
export const STORAGE_KEY = 'course-comfort-settings';

/** The course's settings, for the panel and the shell. */
export const comfort = new Comfort(storedUnder(STORAGE_KEY), browserPreferences());
