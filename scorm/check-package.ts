// Checks a built SCORM zip the way an LMS import would see it. Used by the packaging
// step before a zip is written, by the unit tests, and by the e2e suite after a real build.
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { checkCmi5Entries, checkScormEntries } from './check-scorm';
import { schemaFiles, validateCmi5, validateManifest } from './validate';
import { CMI5_FILE } from './cmi5';

/** Problems found in the zip at zipPath; an empty list means it is fine. */
export async function checkPackage(zipPath: string): Promise<string[]> {
  return checkPackageBytes(new Uint8Array(await readFile(zipPath)));
}

export async function checkPackageBytes(zip: Uint8Array): Promise<string[]> {
  const entries = unzipSync(zip);
  if (!entries['imsmanifest.xml'] && entries[CMI5_FILE]) return checkCmi5Entries(entries, validateCmi5);
  return checkScormEntries(entries, { schemaFiles, validateManifest });
}

/** A cmi5 zip as an LMS import sees it (./check-scorm.ts). */
export async function checkCmi5PackageBytes(zip: Uint8Array): Promise<string[]> {
  return checkCmi5Entries(unzipSync(zip), validateCmi5);
}
