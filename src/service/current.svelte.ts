// The profile this copy of the course runs with, read once at start from service.json
// beside index.html (so a service changes it without rebuilding the code). Missing or
// unreadable: the generic defaults, and the course still starts.
import type { Course } from '../course/types';
import { defaultProfile, textFor, type ServiceProfile } from './profile';

export const PROFILE_FILE = 'service.json';

let current: ServiceProfile = $state.raw(defaultProfile());

/** The profile in use (reactive). */
export const service = {
  get profile(): ServiceProfile {
    return current;
  },
};

export function useProfile(profile: ServiceProfile): void {
  current = profile;
}

/**
 * Fetches and checks service.json; a wrong field keeps its default and is reported in the
 * console. Null when there is none (a development server): the course's own settings hold.
 */
export async function loadProfile(languages: readonly string[], url = PROFILE_FILE): Promise<ServiceProfile | null> {
  let input: unknown;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return null;
    input = await response.json();
  } catch {
    return null;
  }
  // The checks load beside the profile, not with the first screen's code.
  const { formatErrors, validateProfile } = await import('./validate');
  const { profile, errors } = validateProfile(input, languages);
  if (errors.length) console.warn(`${url} has problems; those fields use their defaults:\n${formatErrors(errors)}`);
  return profile;
}

/** The course with the profile's tracking choices in place of its own settings. */
export function withProfile(course: Course, profile: ServiceProfile): Course {
  const { passMark, scorm12Reporting, attempts } = profile.tracking;
  return {
    ...course,
    settings: { ...course.settings, masteryScore: passMark, scorm12Reporting, assessmentAttempts: attempts },
  };
}

/** The course title in a language: the service's own if it gave one, else the course's. */
export function titleIn(lang: string, translate: (key: string) => string, course: Pick<Course, 'title'>): string {
  return textFor(current.title, lang, current.languages.default) || translate(course.title);
}

/** A service text in a language (empty when the service left it blank). */
export const serviceText = (text: ServiceProfile['contact']['name'], lang: string): string => textFor(text, lang, current.languages.default);
