// imsmanifest.xml for each SCORM version we ship. Pure string builders: no file system,
// so tests can check them against the official schemas with sample options.

/** The packages we build. Oracle Learning takes 1.2 and 2004 2nd/3rd edition only, hence 3rd. */
export const SCORM_VERSIONS = ['scorm12', 'scorm2004', 'scorm2004-3rd'] as const;
/** One of the packages we build (not the runtime API a course finds: src/tracking's ScormVersion). */
export type PackageVersion = (typeof SCORM_VERSIONS)[number];

export interface ManifestOptions {
  /** Language-neutral course id; the manifest identifiers are built from it. */
  courseId: string;
  /** Course title as text (already resolved from the locale file). */
  title: string;
  /**
   * The SCO's own title (the item), so an LMS's table of contents does not show the
   * course title twice. @defaultValue the course title
   */
  itemTitle?: string;
  /**
   * Add the standard to the title, "… (SCORM 1.2)", so an administrator can tell the
   * packages apart in the LMS; false when a service sets its own title. @defaultValue true
   */
  labelStandard?: boolean;
  /** Percentage (0-100) needed to pass. */
  masteryScore: number;
  /** Every web file, relative to the package root, with `/` separators. */
  files: readonly string[];
  /** The SCO's launch page. @defaultValue 'index.html' */
  launch?: string;
}

/** Each package's standard, as an administrator reads it in the LMS. */
export const STANDARD_LABELS: Readonly<Record<PackageVersion, string>> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th edition',
  'scorm2004-3rd': 'SCORM 2004 3rd edition',
};

export function buildManifest(version: PackageVersion, options: ManifestOptions): string {
  return version === 'scorm12' ? manifest12(options) : manifest2004(options, version === 'scorm2004' ? 4 : 3);
}

/** The organisation's and the item's titles, XML-escaped. */
function titles(o: Required<ManifestOptions>, version: PackageVersion) {
  const organisation = o.labelStandard ? `${o.title} (${STANDARD_LABELS[version]})` : o.title;
  return { organisation: escapeXml(organisation), item: escapeXml(o.itemTitle) };
}

export function manifest12(options: ManifestOptions): string {
  const o = checked(options);
  const ids = identifiers(o.courseId);
  const title = titles(o, 'scorm12');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title.organisation}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${title.item}</title>
        <adlcp:masteryscore>${o.masteryScore}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormtype="sco" href="${href(o.launch)}">
${fileList(o.files)}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The 3rd and 4th editions share namespaces and element names; only the schema version
 * text and the XSD files beside the manifest differ.
 */
export function manifest2004(options: ManifestOptions, edition: 3 | 4): string {
  const o = checked(options);
  const ids = identifiers(o.courseId);
  const title = titles(o, edition === 4 ? 'scorm2004' : 'scorm2004-3rd');
  // Sequencing children must follow the XSD order: ... objectives, randomizationControls,
  // deliveryControls. The SCO reports completion and success itself (SetByContent), and
  // the LMS turns its scaled score into "passed" against minNormalizedMeasure.
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${ids.manifest}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 ${edition === 4 ? '4th' : '3rd'} Edition</schemaversion>
  </metadata>
  <organizations default="${ids.organization}">
    <organization identifier="${ids.organization}">
      <title>${title.organisation}</title>
      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">
        <title>${title.item}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${ids.objective}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${o.masteryScore / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormType="sco" href="${href(o.launch)}">
${fileList(o.files)}
    </resource>
  </resources>
</manifest>
`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A package path as a manifest href: each segment URL-encoded, then XML-escaped. */
export function href(path: string): string {
  return escapeXml(path.split('/').map(encodeURIComponent).join('/'));
}

/**
 * xs:ID values: they must start with a letter (or `_`) and hold no spaces or colons, so
 * each gets a letter prefix and anything outside [A-Za-z0-9_.-] becomes `_`.
 */
function identifiers(courseId: string) {
  const safe = courseId.replace(/[^A-Za-z0-9_.-]/g, '_');
  return {
    manifest: `manifest_${safe}`,
    organization: `org_${safe}`,
    item: `item_${safe}`,
    resource: `res_${safe}`,
    objective: `obj_${safe}_primary`,
  };
}

function fileList(files: readonly string[]): string {
  return files.map((file) => `      <file href="${href(file)}"/>`).join('\n');
}

/** Wrong options would give an LMS a package it rejects late, so fail at build time. */
function checked(options: ManifestOptions): Required<ManifestOptions> {
  const launch = options.launch ?? 'index.html';
  const { courseId, title, masteryScore, files, labelStandard = true } = options;
  const itemTitle = options.itemTitle ?? title;
  if (!courseId) throw new ManifestError('courseId is empty');
  if (!title.trim()) throw new ManifestError('title is empty');
  if (!itemTitle.trim()) throw new ManifestError('itemTitle is empty');
  if (!Number.isFinite(masteryScore) || masteryScore < 0 || masteryScore > 100) {
    throw new ManifestError(`masteryScore must be a number from 0 to 100, got ${masteryScore}`);
  }
  for (const file of files) {
    if (!isRelativePath(file)) throw new ManifestError(`file path must be relative inside the package: "${file}"`);
  }
  if (!files.includes(launch)) throw new ManifestError(`launch page "${launch}" is not among the files`);
  return { courseId, title, itemTitle, labelStandard, masteryScore, files, launch };
}

/** A path an LMS resolves inside the package: no scheme, no leading `/`, no `..`, no `\`. */
export function isRelativePath(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !/^[a-z][a-z0-9+.-]*:/i.test(path) &&
    !path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')
  );
}

export class ManifestError extends Error {
  override name = 'ManifestError';
  constructor(message: string) {
    super(`SCORM manifest: ${message}`);
  }
}
