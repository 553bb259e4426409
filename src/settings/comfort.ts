// The comfort settings as the browser course uses them: kept in localStorage, following
// the system's dark mode and reduced motion until the learner chooses.
import { MediaQuery } from 'svelte/reactivity';
import { Comfort, type SettingsStorage, type SystemPreferences } from './settings.svelte';

/** localStorage under one key; silent where storage is blocked (private modes, some LMS frames). */
export function browserStorage(key: string): SettingsStorage {
  return {
    get() {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(value) {
      try {
        if (value === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, value);
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
export const comfort = new Comfort(browserStorage(STORAGE_KEY), browserPreferences());
