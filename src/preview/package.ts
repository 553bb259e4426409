// Reads a SCORM zip the way an LMS import does: imsmanifest.xml at the top, its SCORM
// version, the launch file (the resource of the default organization's first item), and
// every file it lists present at a relative path. Problems are written for an LMS
// administrator, not a developer: what is wrong, and what an LMS would do about it.

import { unzipSync } from 'fflate';
import { isRelativePath } from '../../scorm/manifest';
import type { ScormVersion } from '../tracking/discover';

export interface PackageInfo {
  /** The zip's file name, as the administrator knows it. */
  readonly name: string;
  /** A hash of the zip's bytes: the same zip always plays from the same address. */
  readonly id: string;
  readonly version: ScormVersion | null;
  /** The version as the manifest states it, e.g. "SCORM 2004 4th Edition". */
  readonly edition: string;
  readonly title: string;
  /** The launch file's path inside the zip, or null when it cannot be found. */
  readonly launch: string | null;
  /** The pass mark (0-100) an LMS reads from the manifest, or null when it gives none. */
  readonly masteryScore: number | null;
  /** How many files the zip holds, and how many of them the manifest lists. */
  readonly fileCount: number;
  readonly listedCount: number;
  /** Everything an LMS would object to, in plain words; empty when the package is sound. */
  readonly problems: readonly string[];
  /** False when no LMS could play it (no manifest, no version, no launch file). */
  readonly playable: boolean;
}

export interface UnpackedPackage {
  readonly info: PackageInfo;
  /** Path inside the zip → bytes (folders left out). */
  readonly files: Readonly<Record<string, Uint8Array>>;
}

/** The schemaversion texts the SCORM specifications define, and the API each needs. */
const EDITIONS: Readonly<Record<string, { version: ScormVersion; edition: string }>> = {
  '1.2': { version: '1.2', edition: 'SCORM 1.2' },
  'CAM 1.3': { version: '2004', edition: 'SCORM 2004 2nd Edition' },
  '2004 3rd Edition': { version: '2004', edition: 'SCORM 2004 3rd Edition' },
  '2004 4th Edition': { version: '2004', edition: 'SCORM 2004 4th Edition' },
};

/** Long lists of missing files are cut, so the message stays readable. */
const LIST_AT_MOST = 8;

const MANIFEST = 'imsmanifest.xml';

export async function readPackage(name: string, bytes: Uint8Array): Promise<UnpackedPackage> {
  const id = await hashOf(bytes);
  const refuse = (problem: string): UnpackedPackage => ({ info: unplayable(name, id, problem), files: {} });

  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return refuse(`“${name}” could not be opened as a zip file (${errorText(error)}). Check that the download finished.`);
  }
  const files = Object.fromEntries(Object.entries(entries).filter(([path]) => !path.endsWith('/')));
  const paths = Object.keys(files);
  const manifestBytes = files[MANIFEST];
  if (!manifestBytes) {
    const nested = paths.find((path) => path.endsWith(`/${MANIFEST}`));
    return refuse(
      nested
        ? `imsmanifest.xml is inside the folder “${nested.slice(0, -MANIFEST.length)}”, not at the top of the zip, so an LMS will refuse the package. Zip the folder's contents, not the folder.`
        : 'There is no imsmanifest.xml in this zip, so it is not a SCORM package and an LMS will refuse it.',
    );
  }

  const doc = new DOMParser().parseFromString(new TextDecoder().decode(manifestBytes), 'application/xml');
  const parseError = doc.getElementsByTagName('parsererror')[0];
  if (parseError) {
    return refuse(`imsmanifest.xml is not well-formed XML, so an LMS cannot read it: ${squash(parseError.textContent).slice(0, 200)}`);
  }

  const problems: string[] = [];
  const stated = squash(first(doc, 'schemaversion')?.textContent);
  const known = EDITIONS[stated];
  if (!known) {
    return refuse(
      stated
        ? `The manifest names SCORM version “${stated}”, which is not one of 1.2, 2004 3rd Edition or 2004 4th Edition.`
        : 'The manifest does not say which SCORM version it is (no <schemaversion>).',
    );
  }

  for (const path of paths) {
    if (!isRelativePath(path)) problems.push(`The zip holds “${path}”, which is not a plain relative path; some LMSs refuse such zips.`);
  }
  if (doc.documentElement.hasAttribute('xml:base') || doc.querySelector('[*|base]')) {
    problems.push('The manifest uses xml:base; paths should be relative to the top of the zip.');
  }

  const { launch, item, problem } = findLaunch(doc);
  if (problem) problems.push(problem);
  const launchMissing = launch !== null && !files[launch];
  if (launchMissing) problems.push(`The launch file “${launch}” is not in the zip, so the course cannot start.`);

  // Every href the manifest gives (resources and their files), decoded as an LMS does.
  const listed = new Set<string>();
  const missing: string[] = [];
  for (const element of Array.from(doc.getElementsByTagNameNS('*', '*'))) {
    if (element.localName !== 'file' && element.localName !== 'resource') continue;
    const raw = element.getAttribute('href');
    if (raw === null) continue;
    const path = decodedPath(raw.replace(/[?#].*$/, ''));
    if (path === null || !isRelativePath(path)) {
      problems.push(`The manifest lists “${raw}”, which is not a relative path inside the package.`);
      continue;
    }
    listed.add(path);
    if (!files[path] && path !== launch && !missing.includes(path)) missing.push(path);
  }
  if (missing.length > 0) {
    const shown = missing
      .slice(0, LIST_AT_MOST)
      .map((p) => `“${p}”`)
      .join(', ');
    const more = missing.length > LIST_AT_MOST ? ` and ${missing.length - LIST_AT_MOST} more` : '';
    const one = missing.length === 1;
    problems.push(
      `${one ? '1 file' : `${missing.length} files`} the manifest lists ${one ? 'is' : 'are'} missing from the zip: ${shown}${more}. The course will break where it needs ${one ? 'it' : 'them'}.`,
    );
  }
  const title = squash(item?.closest('organization')?.querySelector(':scope > title')?.textContent) || name;

  return {
    info: {
      name,
      id,
      version: known.version,
      edition: known.edition,
      title,
      launch,
      masteryScore: item ? masteryScoreOf(item, known.version) : null,
      fileCount: paths.length,
      listedCount: listed.size,
      problems,
      playable: launch !== null && !launchMissing,
    },
    files,
  };
}

/** The default organization's first item that launches something, and its resource's href. */
function findLaunch(doc: Document): { launch: string | null; item: Element | null; problem?: string } {
  const organizations = first(doc, 'organizations');
  const all = children(organizations, 'organization');
  const wanted = organizations?.getAttribute('default');
  const organization = wanted ? all.find((o) => o.getAttribute('identifier') === wanted) : all[0];
  if (!organization) {
    return {
      launch: null,
      item: null,
      problem: wanted
        ? `The manifest's default organization “${wanted}” does not exist, so an LMS cannot tell what to launch.`
        : 'The manifest has no organization, so an LMS cannot tell what to launch.',
    };
  }
  const item = Array.from(organization.getElementsByTagNameNS('*', 'item')).find((i) => i.hasAttribute('identifierref'));
  if (!item) return { launch: null, item: null, problem: 'The manifest has no item that launches a resource.' };
  const ref = item.getAttribute('identifierref');
  const resource = Array.from(doc.getElementsByTagNameNS('*', 'resource')).find((r) => r.getAttribute('identifier') === ref);
  const href = resource?.getAttribute('href');
  if (!href) return { launch: null, item, problem: `The first item's resource “${ref ?? ''}” does not exist or has no launch file (href).` };
  // An href may carry launch parameters (`index.html?x=1`); the file is the part before.
  const path = decodedPath(href.replace(/[?#].*$/, ''));
  if (path === null || !isRelativePath(path)) {
    return { launch: null, item, problem: `The launch file “${href}” is not a relative path inside the package.` };
  }
  return { launch: path, item };
}

/** 1.2: the item's adlcp:masteryscore; 2004: its primary objective's minNormalizedMeasure. */
function masteryScoreOf(item: Element, version: ScormVersion): number | null {
  if (version === '1.2') {
    const text = squash(children(item, 'masteryscore')[0]?.textContent);
    return text === '' || Number.isNaN(Number(text)) ? null : Number(text);
  }
  const objective = item.getElementsByTagNameNS('*', 'primaryObjective')[0];
  const measure = objective?.getAttribute('satisfiedByMeasure') === 'true' ? objective.getElementsByTagNameNS('*', 'minNormalizedMeasure')[0] : undefined;
  const text = squash(measure?.textContent);
  return text === '' || Number.isNaN(Number(text)) ? null : Math.round(Number(text) * 10000) / 100;
}

function unplayable(name: string, id: string, problem: string): PackageInfo {
  return {
    name,
    id,
    version: null,
    edition: '',
    title: name,
    launch: null,
    masteryScore: null,
    fileCount: 0,
    listedCount: 0,
    problems: [problem],
    playable: false,
  };
}

function first(doc: Document, localName: string): Element | undefined {
  return doc.getElementsByTagNameNS('*', localName)[0];
}

function children(parent: Element | undefined, localName: string): Element[] {
  return parent ? Array.from(parent.children).filter((c) => c.localName === localName) : [];
}

function decodedPath(href: string): string | null {
  try {
    return decodeURIComponent(href);
  } catch {
    return null;
  }
}

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function hashOf(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
