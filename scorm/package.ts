// Writes the SCORM zips (manifest + official schema files + the built web course), the
// cmi5 zip and the standalone web zip: reads the files, then builds each zip with ./zip
// (shared with the browser).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { SCORM_VERSIONS, type PackageVersion } from './manifest';
import { buildCmi5, CMI5_FILE, type Cmi5Options } from './cmi5';
import { checkCmi5PackageBytes, checkPackageBytes } from './check-package';
import { schemaFiles } from './validate';
import { cmi5Zip, isShipped, scormZip, webZip, zipName, type FileMap, type PackageCourse } from './zip';

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
 * Builds, checks and writes one zip per version into outDir, the cmi5 zip when given its
 * course (and cmi5.xml beside it with `cmi5Xml`: the preview LMS reads it), and the
 * standalone web zip when asked. Throws with every problem found, before writing anything.
 */
export async function writePackages(
  options: PackageOptions & {
    outDir: string;
    versions?: readonly PackageVersion[];
    web?: FileMap;
    webZip?: boolean;
    cmi5?: Cmi5Options;
    cmi5Xml?: boolean;
  },
): Promise<WrittenPackage[]> {
  const web = options.web ?? (await readWebFiles(options.webDir));
  const zips: { version: WrittenPackage['version']; zip: Uint8Array }[] = [];
  for (const version of options.versions ?? SCORM_VERSIONS) {
    const zip = scormZip(version, options.course, web, await schemaFiles(version));
    const problems = await checkPackageBytes(zip);
    if (problems.length > 0) {
      throw new Error(`SCORM package ${version} is not valid:\n  ${problems.join('\n  ')}`);
    }
    zips.push({ version, zip });
  }
  if (options.cmi5) {
    const zip = cmi5Zip(options.cmi5, web);
    const problems = await checkCmi5PackageBytes(zip);
    if (problems.length > 0) throw new Error(`cmi5 package is not valid:\n  ${problems.join('\n  ')}`);
    zips.push({ version: 'cmi5', zip });
  }
  if (options.webZip) zips.push({ version: 'web', zip: webZip(web) });
  await mkdir(options.outDir, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const { version, zip } of zips) {
    const path = join(options.outDir, zipName(options.course.courseId, version));
    await writeFile(path, zip);
    written.push({ version, path, bytes: zip.byteLength });
  }
  if (options.cmi5 && options.cmi5Xml) await writeFile(join(options.outDir, CMI5_FILE), buildCmi5(options.cmi5));
  return written;
}
