// Checks a SCORM zip's entries the way an LMS import would see them, without Node: the
// build and `npm run package` (./check-package.ts) and the package studio run the same checks.
import { isRelativePath, type PackageVersion } from './manifest';
import type { SchemaFile } from './zip';
import { CMI5_FILE } from './cmi5';

/** Where the official schema files and the validator come from: disk in Node, fetched in a browser. */
export interface ManifestChecker {
  schemaFiles(version: PackageVersion): Promise<SchemaFile[]>;
  validateManifest(xml: string, version: PackageVersion): Promise<string[]>;
}

const SCHEMA_VERSIONS: Record<string, PackageVersion> = {
  '1.2': 'scorm12',
  '2004 4th Edition': 'scorm2004',
  '2004 3rd Edition': 'scorm2004-3rd',
};

/** Problems found in the zip's entries; an empty list means it is fine. */
export async function checkScormEntries(entries: Record<string, Uint8Array>, checker: ManifestChecker): Promise<string[]> {
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const manifestBytes = entries['imsmanifest.xml'];
  if (!manifestBytes) return ['imsmanifest.xml is not at the root of the zip'];
  const manifest = new TextDecoder().decode(manifestBytes);

  const schemaVersion = /<schemaversion>([^<]*)<\/schemaversion>/.exec(manifest)?.[1]?.trim() ?? '';
  const version = SCHEMA_VERSIONS[schemaVersion];
  if (!version) return [`unknown schemaversion "${schemaVersion}" in imsmanifest.xml`];

  const problems = (await checker.validateManifest(manifest, version)).map((error) => `schema: ${error}`);
  const schemaNames = new Set<string>();
  for (const schema of await checker.schemaFiles(version)) {
    schemaNames.add(schema.fileName);
    if (!entries[schema.fileName]) problems.push(`schema file ${schema.fileName} is missing`);
  }

  for (const name of names) {
    if (!isRelativePath(name)) problems.push(`zip entry "${name}" is not a plain relative path`);
    if (name.endsWith('.map')) problems.push(`source map ${name} is in the package`);
  }

  // Our manifests use double-quoted attributes only (see manifest.ts), so a pattern is enough.
  if (/\sxml:base=/.test(manifest)) problems.push('xml:base is used; hrefs must resolve from the package root');
  const listed = new Set<string>();
  for (const [, raw = ''] of manifest.matchAll(/\shref="([^"]*)"/g)) {
    const path = decodeHref(raw);
    if (path === undefined || !isRelativePath(path)) {
      problems.push(`href "${raw}" is not a relative path inside the package`);
    } else if (!entries[path]) {
      problems.push(`href "${raw}" names a file that is not in the zip`);
    }
    if (path !== undefined) listed.add(path);
  }
  for (const name of names) {
    if (name !== 'imsmanifest.xml' && !schemaNames.has(name) && !listed.has(name)) {
      problems.push(`${name} is in the zip but not listed in the manifest`);
    }
  }
  return problems;
}

/** XML-unescapes, then URL-decodes an href; undefined if it is not decodable. */
export function decodeHref(raw: string): string | undefined {
  const text = raw
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&(lt|gt|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
    .replace(/&amp;/g, '&');
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A cmi5 zip as an LMS import sees it: cmi5.xml valid at the root (14.1.0.0-2), its AU url inside the zip. */
export async function checkCmi5Entries(entries: Record<string, Uint8Array>, validateCmi5: (xml: string) => Promise<string[]>): Promise<string[]> {
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
