// Builds the SCORM zips: manifest + official schema files + the built web course.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { buildManifest, SCORM_VERSIONS, type ManifestOptions, type ScormVersion } from './manifest';
import { buildCmi5, CMI5_FILE, type Cmi5Options } from './cmi5';
import { checkCmi5PackageBytes, checkPackageBytes } from './check-package';
import { schemaFiles } from './validate';
import { standaloneOnly, withoutStandaloneLinks } from '../scripts/offline-files';

/** What the manifest says about the course (the file list comes from the web folder). */
export type PackageCourse = Omit<ManifestOptions, 'files'>;

export interface PackageOptions {
  /** The built web course (dist/web). */
  webDir: string;
  course: PackageCourse;
}

export interface WrittenPackage {
  version: ScormVersion | 'cmi5';
  path: string;
  bytes: number;
}

/**
 * A fixed local date, so the same build gives the same zip bytes. Zip stores local time,
 * so a date built from local fields reads the same in every time zone.
 */
const ZIP_MTIME = new Date(2024, 0, 1);

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|webm|ogg|zip|gz)$/i;

/**
 * Every file under webDir as a sorted `/`-separated relative path; source maps and the
 * standalone course's offline files (service worker, manifest, icons) are left out.
 */
export async function collectFiles(webDir: string): Promise<string[]> {
  const entries = await readdir(webDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(webDir, join(entry.parentPath, entry.name)).split(sep).join(posix.sep))
    .filter((path) => !path.endsWith('.map') && !standaloneOnly(path))
    .sort();
}

export function zipName(courseId: string, version: ScormVersion | 'cmi5'): string {
  return `${courseId}-${version}.zip`;
}

/** The zip for one version, in memory: imsmanifest.xml, the schemas, then the web files. */
export async function buildPackage(version: ScormVersion, options: PackageOptions): Promise<Uint8Array> {
  const files = await collectFiles(options.webDir);
  const manifest = buildManifest(version, { ...options.course, files });
  const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: ZIP_MTIME }] };
  for (const schema of await schemaFiles(version)) {
    entries[schema.fileName] = [schema.contents, { mtime: ZIP_MTIME }];
  }
  return zipSync(await addWebFiles(entries, options.webDir, files));
}

async function addWebFiles(entries: Zippable, webDir: string, files: readonly string[]): Promise<Zippable> {
  for (const file of files) {
    // A web file named like the manifest or a schema would silently replace it.
    if (file in entries) throw new Error(`package: web file "${file}" clashes with a package file`);
    const level = STORED.test(file) ? 0 : 9;
    const bytes = new Uint8Array(await readFile(join(webDir, file)));
    const packed = file === 'index.html' ? new TextEncoder().encode(withoutStandaloneLinks(new TextDecoder().decode(bytes))) : bytes;
    entries[file] = [packed, { mtime: ZIP_MTIME, level }];
  }
  return entries;
}

/** The cmi5 zip, in memory: cmi5.xml at the root, then the same web files. */
export async function buildCmi5Package(webDir: string, course: Cmi5Options): Promise<Uint8Array> {
  const entries: Zippable = { [CMI5_FILE]: [new TextEncoder().encode(buildCmi5(course)), { mtime: ZIP_MTIME }] };
  return zipSync(await addWebFiles(entries, webDir, await collectFiles(webDir)));
}

/** Builds, checks and writes the cmi5 zip into outDir, and cmi5.xml beside it (the preview LMS reads it). */
export async function writeCmi5Package(options: { webDir: string; outDir: string; course: Cmi5Options }): Promise<WrittenPackage> {
  const zip = await buildCmi5Package(options.webDir, options.course);
  const problems = await checkCmi5PackageBytes(zip);
  if (problems.length > 0) throw new Error(`cmi5 package is not valid:\n  ${problems.join('\n  ')}`);
  const path = join(options.outDir, zipName(options.course.courseId, 'cmi5'));
  await writeFile(path, zip);
  await writeFile(join(options.outDir, CMI5_FILE), buildCmi5(options.course));
  return { version: 'cmi5', path, bytes: zip.byteLength };
}

/** Builds, checks and writes one zip per version into outDir. Throws with every problem found. */
export async function writePackages(
  options: PackageOptions & { outDir: string; versions?: readonly ScormVersion[] },
): Promise<WrittenPackage[]> {
  await mkdir(options.outDir, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const version of options.versions ?? SCORM_VERSIONS) {
    const zip = await buildPackage(version, options);
    const problems = await checkPackageBytes(zip);
    if (problems.length > 0) {
      throw new Error(`SCORM package ${version} is not valid:\n  ${problems.join('\n  ')}`);
    }
    const path = join(options.outDir, zipName(options.course.courseId, version));
    await writeFile(path, zip);
    written.push({ version, path, bytes: zip.byteLength });
  }
  return written;
}
