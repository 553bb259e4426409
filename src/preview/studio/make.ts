// Makes the packages in the browser from the built course's files and a profile, with the
// same code as `npm run package` (scorm/zip.ts, scorm/cmi5.ts) and the same checks (scorm/check-scorm.ts),
// so the same profile gives the same bytes. Nothing leaves this browser.
import { unzipSync } from 'fflate';
import { checkCmi5Entries, checkScormEntries, type ManifestChecker } from '../../../scorm/check-scorm';
import { CMI5_SCHEMA, cmi5Course, validateCmi5With, type Cmi5Options } from '../../../scorm/cmi5';
import { SCORM_VERSIONS, type PackageVersion } from '../../../scorm/manifest';
import { DRIVERS, validateManifestWith } from '../../../scorm/validate-core';
import {
  cmi5Zip,
  courseFromProfile,
  PROFILE_PATH,
  scormZip,
  webZip,
  withProfileFile,
  zipName,
  type FileMap,
  type PackageCourse,
  type SchemaFile,
} from '../../../scorm/zip';
import type { ServiceProfile } from '../../service/profile';
import type { StudioData } from './data';

/** Each zip the studio offers, in the order it makes them. */
export const KINDS = [...SCORM_VERSIONS, 'cmi5', 'web'] as const;
export type PackageKind = (typeof KINDS)[number];

export const KIND_LABELS: Record<PackageKind, string> = {
  scorm12: 'SCORM 1.2 (Moodle, Totara, ESR and most LMSs)',
  scorm2004: 'SCORM 2004 4th edition',
  'scorm2004-3rd': 'SCORM 2004 3rd edition (Oracle Learning)',
  cmi5: 'cmi5 (xAPI: Cornerstone, SuccessFactors, Docebo, Moodle with a cmi5 plugin)',
  web: 'Standalone web course (any web server; works offline)',
};

export interface MadePackage {
  kind: PackageKind;
  name: string;
  bytes: Uint8Array;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The built course (../web/), a few files at a time; `progress` hears how many are in. */
export async function loadCourseFiles(data: StudioData, progress: (done: number, all: number) => void): Promise<FileMap> {
  const files: FileMap = {};
  let done = 0;
  const queue = [...data.web];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      files[path] = await fetchBytes(`../web/${path.split('/').map(encodeURIComponent).join('/')}`);
      progress(++done, data.web.length);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return files;
}

const schemaCache = new Map<string, Promise<SchemaFile[]>>();

function schemaFiles(data: StudioData, version: PackageVersion): Promise<SchemaFile[]> {
  let files = schemaCache.get(version);
  if (!files) {
    files = Promise.all(data.schemas[version].map(async (fileName) => ({ fileName, contents: await fetchBytes(`schemas/${version}/${fileName}`) })));
    schemaCache.set(version, files);
  }
  return files;
}

/** The build's checks, with the schema files fetched and libxml2 loaded only when first needed. */
function checker(data: StudioData): ManifestChecker {
  return {
    schemaFiles: (version) => schemaFiles(data, version),
    async validateManifest(xml, version) {
      const [{ validateXML }, driver, official] = await Promise.all([
        import('xmllint-wasm'),
        fetchBytes(`schemas/${DRIVERS[version]}`).then((b) => new TextDecoder().decode(b)),
        schemaFiles(data, version),
      ]);
      return validateManifestWith(validateXML, xml, version, driver, official);
    },
  };
}

/** cmi5.xml checked against CourseStructure.xsd, fetched with libxml2 when first needed. */
async function validateCmi5(xml: string): Promise<string[]> {
  const [{ validateXML }, xsd] = await Promise.all([import('xmllint-wasm'), fetchBytes(`schemas/${CMI5_SCHEMA}`).then((b) => new TextDecoder().decode(b))]);
  return validateCmi5With(validateXML, xml, xsd);
}

/** The packages' language, as the command line works it out (scripts/package.ts). */
const packageLanguage = (profile: ServiceProfile) => profile.languages.default || 'en-GB';

/** What the manifests say, as the command line works it out (scripts/package.ts). */
export function packageCourse(profile: ServiceProfile, data: StudioData): PackageCourse {
  const lang = packageLanguage(profile);
  const own = data.languages.find((l) => l.code === lang) ?? data.languages[0];
  if (!own) throw new Error('the build lists no language');
  return courseFromProfile(profile, { courseId: data.courseId, title: own.title, itemTitle: own.itemTitle, lang });
}

/** What cmi5.xml says, as the command line works it out. */
function cmi5Options(profile: ServiceProfile, data: StudioData, course: PackageCourse): Cmi5Options {
  return cmi5Course(data.courseId, data.languages, packageLanguage(profile), profile, course.masteryScore);
}

/** One SCORM zip with this profile, unchecked: for the preview, which reads it as an LMS would. */
export async function previewZip(version: PackageVersion, profile: ServiceProfile, data: StudioData, files: FileMap): Promise<MadePackage> {
  const bytes = scormZip(version, packageCourse(profile, data), withProfileFile(files, profile), await schemaFiles(data, version));
  return { kind: version, name: zipName(data.courseId, version), bytes };
}

/**
 * Every package, each SCORM zip checked as the build checks it. Throws with every problem
 * of the first zip that fails, so nothing is offered that an LMS would refuse.
 */
export async function makePackages(profile: ServiceProfile, data: StudioData, files: FileMap, step: (kind: PackageKind) => void): Promise<MadePackage[]> {
  const web = withProfileFile(files, profile);
  const course = packageCourse(profile, data);
  const check = checker(data);
  const made: MadePackage[] = [];
  for (const kind of KINDS) {
    step(kind);
    // Let the page show the step before the work holds the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (kind === 'web') {
      made.push({ kind, name: zipName(data.courseId, kind), bytes: webZip(web) });
      continue;
    }
    const bytes = kind === 'cmi5' ? cmi5Zip(cmi5Options(profile, data, course), web) : scormZip(kind, course, web, await schemaFiles(data, kind));
    const problems = kind === 'cmi5' ? await checkCmi5Entries(unzipSync(bytes), validateCmi5) : await checkScormEntries(unzipSync(bytes), check);
    if (problems.length > 0) throw new Error(`The ${KIND_LABELS[kind]} package did not pass the checks:\n${problems.join('\n')}`);
    made.push({ kind, name: zipName(data.courseId, kind), bytes });
  }
  return made;
}

/** The profile inside a package made by this course (any of its zips), or why there is none. */
export function profileInZip(bytes: Uint8Array): unknown {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name === PROFILE_PATH });
  } catch {
    throw new Error('it could not be opened as a zip file; check that the download finished');
  }
  const json = entries[PROFILE_PATH];
  if (!json) throw new Error('it has no service.json, so it is not a package of this course');
  try {
    return JSON.parse(new TextDecoder().decode(json)) as unknown;
  } catch {
    throw new Error('its service.json is not valid JSON');
  }
}
