// Writes the SCORM zips (manifest + official schema files + the built web course), the
// cmi5 zip and the standalone web zip: reads the files, then builds each zip with ./zip
// (shared with the browser).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { SCORM_VERSIONS, type PackageVersion } from './manifest';
import { buildCmi5, CMI5_FILE, type Cmi5Options } from './cmi5';
import { checkCmi5PackageBytes, checkPackageBytes } from './check-package';
import { schemaFiles } from './validate';
import { entry, forLms, isShipped, scormZip, webZip, ZIP_MTIME, zipName, type FileMap, type PackageCourse } from './zip';

export { zipName };

export type { PackageCourse };

export interface PackageOptions {
  /** The built web course (dist/web). */
  webDir: string;
  course: PackageCourse;
}

export interface WrittenPackage {
  version: PackageVersion | 'web' | 'cmi5';
  path: string;
  bytes: number;
}

/** Every file under webDir as a sorted `/`-separated relative path; source maps are left out. */
export async function collectFiles(webDir: string): Promise<string[]> {
  const entries = await readdir(webDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(webDir, join(entry.parentPath, entry.name)).split(sep).join(posix.sep))
    .filter(isShipped)
    .sort();
}

/** The web folder's files, read into memory for the zip builders in ./zip. */
export async function readWebFiles(webDir: string): Promise<FileMap> {
  const files: FileMap = {};
  for (const file of await collectFiles(webDir)) files[file] = new Uint8Array(await readFile(join(webDir, file)));
  return files;
}

/** The zip for one version, in memory. */
export async function buildPackage(version: PackageVersion, options: PackageOptions): Promise<Uint8Array> {
  return scormZip(version, options.course, await readWebFiles(options.webDir), await schemaFiles(version));
}

/**
 * Builds, checks and writes one zip per version into outDir (and the standalone web zip
 * when asked). Throws with every problem found, before writing anything.
 */
export async function writePackages(
  options: PackageOptions & { outDir: string; versions?: readonly PackageVersion[]; web?: FileMap; webZip?: boolean },
): Promise<WrittenPackage[]> {
  const web = options.web ?? (await readWebFiles(options.webDir));
  const zips: { version: PackageVersion | 'web'; zip: Uint8Array }[] = [];
  for (const version of options.versions ?? SCORM_VERSIONS) {
    const zip = scormZip(version, options.course, web, await schemaFiles(version));
    const problems = await checkPackageBytes(zip);
    if (problems.length > 0) {
      throw new Error(`SCORM package ${version} is not valid:\n  ${problems.join('\n  ')}`);
    }
    zips.push({ version, zip });
  }
  if (options.webZip) zips.push({ version: 'web', zip: webZip(web) });
  await mkdir(options.outDir, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const { version, zip } of zips) {
    const path = join(options.outDir, zipName(options.course.courseId, version));
    await writeFile(path, zip);
    written.push({ version, path, bytes: zip.byteLength });
  }
  return written;
}

/** The cmi5 zip, in memory: cmi5.xml at the root, then the same web files as the SCORM zips. */
export async function buildCmi5Package(webDir: string, course: Cmi5Options): Promise<Uint8Array> {
  const entries: Zippable = { [CMI5_FILE]: [new TextEncoder().encode(buildCmi5(course)), { mtime: ZIP_MTIME }] };
  const web = forLms(await readWebFiles(webDir));
  for (const file of Object.keys(web).sort()) {
    if (file in entries) throw new Error(`cmi5 package: web file "${file}" clashes with a package file`);
    entries[file] = entry(file, web[file]!);
  }
  return zipSync(entries);
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
