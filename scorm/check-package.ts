// Checks a built SCORM zip the way an LMS import would see it. Used by the packaging
// step before a zip is written, by the unit tests, and by the e2e suite after a real build.
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { isRelativePath } from './manifest';
import { checkScormEntries, decodeHref } from './check-scorm';
import { schemaFiles, validateManifest } from './validate';
import { CMI5_FILE, validateCmi5 } from './cmi5';

/** Problems found in the zip at zipPath; an empty list means it is fine. */
export async function checkPackage(zipPath: string): Promise<string[]> {
  return checkPackageBytes(new Uint8Array(await readFile(zipPath)));
}

export async function checkPackageBytes(zip: Uint8Array): Promise<string[]> {
  const entries = unzipSync(zip);
  if (!entries['imsmanifest.xml'] && entries[CMI5_FILE]) return checkCmi5Entries(entries);
  return checkScormEntries(entries, { schemaFiles, validateManifest });
}

/** A cmi5 zip as an LMS import sees it: cmi5.xml valid at the root (14.1.0.0-2), its AU url inside the zip. */
export async function checkCmi5PackageBytes(zip: Uint8Array): Promise<string[]> {
  return checkCmi5Entries(unzipSync(zip));
}

async function checkCmi5Entries(entries: Record<string, Uint8Array>): Promise<string[]> {
  const bytes = entries[CMI5_FILE];
  if (!bytes) return [`${CMI5_FILE} is not at the root of the zip`];
  const xml = new TextDecoder().decode(bytes);
  const problems = (await validateCmi5(xml)).map((error) => `schema: ${error}`);
  for (const name of Object.keys(entries).filter((n) => !n.endsWith('/'))) {
    if (!isRelativePath(name)) problems.push(`zip entry "${name}" is not a plain relative path`);
    if (name.endsWith('.map')) problems.push(`source map ${name} is in the package`);
  }
  // Media in the zip use relative urls (14.1.0.0-3).
  for (const [, raw = ''] of xml.matchAll(/<url>([^<]*)<\/url>/g)) {
    const path = decodeHref(raw);
    if (path === undefined || !isRelativePath(path)) problems.push(`url "${raw}" is not a relative path inside the package`);
    else if (!entries[path]) problems.push(`url "${raw}" names a file that is not in the zip`);
  }
  return problems;
}
