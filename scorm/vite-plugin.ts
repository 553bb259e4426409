// After `vite build` has written dist/web, writes the SCORM 1.2 / 2004 4th / 2004 3rd
// edition zips and the cmi5 zip beside it. Build only; never imported by browser code.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import { readWebFiles, writePackages, type PackageCourse } from './package';
import { cmi5Course, type CourseText } from './cmi5';
import { courseFromProfile, PROFILE_PATH } from './zip';
import type { ServiceProfile } from '../src/service/profile';

export interface ScormPackagesOptions {
  /**
   * Which locales/<code>.json gives the manifest title.
   * @defaultValue process.env.COURSE_LANG, else 'en-GB'
   */
  lang?: string;
  /**
   * The course as the manifest needs it. Loaded from modules/course.ts when the build
   * closes if not given (tests pass it directly).
   */
  course?: CourseData;
  /** Folder for the zips. @defaultValue the parent of build.outDir (dist/) */
  outDir?: string;
}

/** The part of modules/course.ts the packages use; `title` and `description` are locale keys. */
export interface CourseData {
  id: string;
  title: string;
  description?: string;
  settings: { masteryScore: number };
}

const COURSE_FILE = 'modules/course.ts';
/** The locale key of the SCO's title in the manifest (the item under the course's title). */
export const ITEM_TITLE_KEY = 'course.lmsItem';
const LANG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function scormPackages(options: ScormPackagesOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  let wroteBundle = false;
  return {
    name: 'scorm-packages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      // closeBundle also runs after a failed build; only package what was really written.
      wroteBundle = true;
    },
    async closeBundle() {
      if (!config || !wroteBundle || config.build.ssr) return;
      wroteBundle = false;
      const root = config.root;
      const webDir = resolve(root, config.build.outDir);
      const data = options.course ?? (await loadCourse(root));
      // The service profile the build wrote beside the course (scripts/service-profile-plugin.ts)
      // sets the title and the mastery score; without one the course's own hold.
      const profile = await readBuiltProfile(webDir);
      const lang = manifestLanguage(options.lang, profile);
      const own: PackageCourse = {
        courseId: data.id,
        title: await resolveTitle(root, lang, data.title),
        itemTitle: await resolveTitle(root, lang, ITEM_TITLE_KEY),
        masteryScore: data.settings.masteryScore,
      };
      const course = profile ? courseFromProfile(profile, { ...own, lang }) : own;
      const outDir = resolve(root, options.outDir ?? dirname(webDir));
      const web = await readWebFiles(webDir);
      const cmi5 = cmi5Course(data.id, await courseTexts(root, data), lang, profile, course.masteryScore);
      const written = await writePackages({ webDir, course, web, outDir, cmi5, cmi5Xml: true });
      for (const zip of written) {
        config.logger.info(`scorm: ${relative(root, zip.path)}  ${(zip.bytes / 1024).toFixed(1)} kB`);
      }
    },
  };
}

/** The manifest title's language: asked for, else COURSE_LANG, else the profile's default, else en-GB. */
export function manifestLanguage(asked: string | undefined, profile: ServiceProfile | null): string {
  return asked ?? process.env.COURSE_LANG ?? (profile?.languages.default || 'en-GB');
}

/** The profile in the built course, already checked by the build; null if there is none. */
async function readBuiltProfile(webDir: string): Promise<ServiceProfile | null> {
  try {
    return JSON.parse(await readFile(resolve(webDir, PROFILE_PATH), 'utf8')) as ServiceProfile;
  } catch {
    return null;
  }
}

/**
 * Loaded through Vite's module runner when the build closes, not imported at the top:
 * the config bundler would follow the modules' lazy imports into .svelte files and fail.
 */
export async function loadCourse(root: string): Promise<CourseData> {
  const { module } = await runnerImport<unknown>(resolve(root, COURSE_FILE), {
    root,
    configFile: false,
    logLevel: 'silent',
  });
  return readCourse(module);
}

/** Checks the shape of the imported module, naming the file and field that is wrong. */
export function readCourse(module: unknown): CourseData {
  const course = field(module, 'course');
  const id = field(course, 'id');
  const title = field(course, 'title');
  const masteryScore = field(field(course, 'settings'), 'masteryScore');
  if (typeof id !== 'string' || !id) throw new Error(`${COURSE_FILE}: course.id must be a non-empty string`);
  if (typeof title !== 'string' || !title) throw new Error(`${COURSE_FILE}: course.title must be a locale key`);
  if (typeof masteryScore !== 'number') {
    throw new Error(`${COURSE_FILE}: course.settings.masteryScore must be a number (0-100)`);
  }
  const description = field(course, 'description');
  return { id, title, ...(typeof description === 'string' && description ? { description } : {}), settings: { masteryScore } };
}

/**
 * The course title and description in every language a learner can choose (not the
 * generated pseudo-locale): cmi5.xml carries one langstring for each. A language without
 * a description gives its title instead.
 */
export async function courseTexts(root: string, data: CourseData): Promise<CourseText[]> {
  const texts: CourseText[] = [];
  for (const code of (await readdir(resolve(root, 'locales'))).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5))) {
    const messages = JSON.parse(await readFile(resolve(root, `locales/${code}.json`), 'utf8')) as unknown;
    if (field(field(messages, '_meta'), 'pseudo') === true) continue;
    const title = await resolveTitle(root, code, data.title);
    texts.push({ code, title, description: (data.description && lookupMessage(messages, data.description)) || title });
  }
  return texts;
}

/** The title text for the manifest, from locales/<lang>.json. */
export async function resolveTitle(root: string, lang: string, key: string): Promise<string> {
  if (!LANG_PATTERN.test(lang)) throw new Error(`scorm: COURSE_LANG "${lang}" is not a language code like en-GB`);
  const file = `locales/${lang}.json`;
  let text: string;
  try {
    text = await readFile(resolve(root, file), 'utf8');
  } catch {
    throw new Error(`scorm: ${file} not found (COURSE_LANG=${lang}); it gives the manifest title`);
  }
  const message = lookupMessage(JSON.parse(text) as unknown, key);
  if (message === undefined) throw new Error(`scorm: ${file} has no text for "${key}" (the manifest title)`);
  return message;
}

/** A message by key: nested (`{"course": {"title": …}}`) or flat (`{"course.title": …}`). */
export function lookupMessage(messages: unknown, key: string): string | undefined {
  const flat = field(messages, key);
  const text = flat ?? key.split('.').reduce<unknown>((node, part) => field(node, part), messages);
  return typeof text === 'string' && text.trim() ? text : undefined;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}
