// Schema validation of a manifest with libxml2 (xmllint-wasm), without Node: the build and
// `npm run package` (./validate.ts reads the files from disk) and the package studio (which
// fetches them) give the same answers from the same files.
import type { validateXML as ValidateXml } from 'xmllint-wasm';
import type { PackageVersion } from './manifest';
import type { SchemaFile } from './zip';

/** The small driver XSD in ./schemas that imports every namespace a manifest of this version uses. */
export const DRIVERS: Record<PackageVersion, string> = {
  scorm12: 'driver-12.xsd',
  scorm2004: 'driver-2004.xsd',
  'scorm2004-3rd': 'driver-2004.xsd',
};

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

/** Validation errors for a manifest against its driver and the official files; empty means valid. */
export async function validateManifestWith(
  validateXML: typeof ValidateXml,
  xml: string,
  version: PackageVersion,
  driver: string,
  official: readonly SchemaFile[],
): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: DRIVERS[version], contents: driver }],
    preload: official.map(patchForLibxml2),
  });
  if (result.valid) return [];
  const messages = result.errors.map((error) => error.rawMessage);
  return messages.length > 0 ? messages : [result.rawOutput || 'invalid, with no message from xmllint'];
}
