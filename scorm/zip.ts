// The zips, built in memory from files already read: the SCORM packages, the cmi5
// package and the standalone web course. No Node APIs here, so the build, `npm run package` and a
// browser page make the same bytes from the same files: entries in a fixed order, one
// fixed date, the same compression.
import { zipSync, type Zippable } from 'fflate';
import { buildManifest, type ManifestOptions, type PackageVersion } from './manifest';
import { buildCmi5, CMI5_FILE, type Cmi5Options } from './cmi5';
import { profileJson, textFor, type ServiceProfile } from '../src/service/profile';
import { standaloneOnly, withoutStandaloneLinks } from '../scripts/offline-files';

/** A folder's files by `/`-separated relative path. */
export type FileMap = Record<string, Uint8Array>;

/** What the manifest says about the course (the file list comes from the web files). */
export type PackageCourse = Omit<ManifestOptions, 'files'>;

/** An official schema file that ships beside the manifest. */
export interface SchemaFile {
  fileName: string;
  contents: Uint8Array;
}

/**
 * A fixed local date, so the same files give the same zip bytes. Zip stores local time,
 * so a date built from local fields reads the same in every time zone.
 */
export const ZIP_MTIME = new Date(2024, 0, 1);

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|webm|ogg|zip|gz)$/i;

/** Source maps never ship. */
export const isShipped = (path: string): boolean => !path.endsWith('.map');

export const sortedPaths = (files: FileMap): string[] => Object.keys(files).filter(isShipped).sort();

export function zipName(courseId: string, version: PackageVersion | 'web' | 'cmi5'): string {
  return `${courseId}-${version}.zip`;
}

export function entry(path: string, bytes: Uint8Array): Zippable[string] {
  return [bytes, { mtime: ZIP_MTIME, level: STORED.test(path) ? 0 : 9 }];
}

/**
 * What an LMS package holds of the web course: not the standalone course's offline files
 * (service worker, web app manifest, icons), nor the page's links to them. An LMS serves
 * the package itself.
 */
export function forLms(web: FileMap): FileMap {
  const files: FileMap = {};
  for (const [path, bytes] of Object.entries(web)) {
    if (standaloneOnly(path)) continue;
    files[path] = path === 'index.html' ? new TextEncoder().encode(withoutStandaloneLinks(new TextDecoder().decode(bytes))) : bytes;
  }
  return files;
}

/** The SCORM zip for one version: imsmanifest.xml, the schemas, then the web files an LMS serves. */
export function scormZip(version: PackageVersion, course: PackageCourse, all: FileMap, schemas: readonly SchemaFile[]): Uint8Array {
  const web = forLms(all);
  const files = sortedPaths(web);
  const manifest = buildManifest(version, { ...course, files });
  const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: ZIP_MTIME }] };
  for (const schema of [...schemas].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    entries[schema.fileName] = [schema.contents, { mtime: ZIP_MTIME }];
  }
  for (const file of files) {
    // A web file named like the manifest or a schema would silently replace it.
    if (file in entries) throw new Error(`SCORM package: web file "${file}" clashes with a package file`);
    entries[file] = entry(file, web[file] as Uint8Array);
  }
  return zipSync(entries);
}

/** The cmi5 zip: cmi5.xml at the root, then the same web files as the SCORM zips. */
export function cmi5Zip(course: Cmi5Options, all: FileMap): Uint8Array {
  const web = forLms(all);
  const entries: Zippable = { [CMI5_FILE]: [new TextEncoder().encode(buildCmi5(course)), { mtime: ZIP_MTIME }] };
  for (const file of sortedPaths(web)) {
    if (file in entries) throw new Error(`cmi5 package: web file "${file}" clashes with a package file`);
    entries[file] = entry(file, web[file] as Uint8Array);
  }
  return zipSync(entries);
}

/** The standalone web course: the web files at the zip's root, for any web server. */
export function webZip(web: FileMap): Uint8Array {
  const entries: Zippable = {};
  for (const file of sortedPaths(web)) entries[file] = entry(file, web[file] as Uint8Array);
  return zipSync(entries);
}

/** Where the course reads its service profile at run time (src/service/current.svelte.ts). */
export const PROFILE_PATH = 'service.json';

/** The web files with this profile in place of the one they were built with. */
export function withProfileFile(web: FileMap, profile: ServiceProfile): FileMap {
  return { ...web, [PROFILE_PATH]: new TextEncoder().encode(profileJson(profile)) };
}

/**
 * What the manifests say, from the profile: its title in the build's language (else the
 * course's own title from the locale file), and its pass mark as the mastery score.
 */
export function courseFromProfile(profile: ServiceProfile, course: { courseId: string; title: string; itemTitle?: string; lang: string }): PackageCourse {
  // A service's own title stands as it is; the course's own names its standard.
  const own = textFor(profile.title, course.lang, profile.languages.default || course.lang);
  return {
    courseId: course.courseId,
    title: own || course.title,
    ...(course.itemTitle ? { itemTitle: course.itemTitle } : {}),
    labelStandard: !own,
    masteryScore: profile.tracking.passMark,
  };
}
