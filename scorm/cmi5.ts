// cmi5.xml, the cmi5 course structure, and its schema check. A pure string builder (no file
// system, no Node) like manifest.ts: the build, `npm run package` and the package studio
// make the same bytes, and tests check it against CourseStructure.xsd offline.
import type { validateXML as ValidateXml } from 'xmllint-wasm';
import { escapeXml, href, isRelativePath } from './manifest';
import { textFor, type ServiceProfile } from '../src/service/profile';

export const CMI5_FILE = 'cmi5.xml';
const NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** Text in each shipped language, language code first (the first is the default). */
export type LangText = readonly (readonly [lang: string, text: string])[];

/** The course's title and description in one shipped language (a language without a description gives its title). */
export interface CourseText {
  code: string;
  title: string;
  description: string;
}

/** cmi5.xml's title and description: `lang` first (the default), then the others by code. */
export function orderedText(languages: readonly CourseText[], lang: string): { title: LangText; description: LangText } {
  const rank = (t: CourseText) => (t.code === lang ? '' : t.code);
  const ordered = [...languages].sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  return { title: ordered.map((t) => [t.code, t.title]), description: ordered.map((t) => [t.code, t.description]) };
}

/** What cmi5.xml says for this course, language and service profile (the profile's pass mark is `masteryScore`). */
export function cmi5Course(courseId: string, texts: readonly CourseText[], lang: string, profile: ServiceProfile | null, masteryScore: number): Cmi5Options {
  const { title, description } = withProfileTitle(orderedText(texts, lang), profile);
  return { courseId, masteryScore, title, description };
}

/** The service's own title, where it gives one, in place of the course's in each language of cmi5.xml. */
export function withProfileTitle(text: { title: LangText; description: LangText }, profile: ServiceProfile | null): { title: LangText; description: LangText } {
  if (!profile) return text;
  const title = text.title.map(([code, own]): [string, string] => [code, textFor(profile.title, code, profile.languages.default || code) || own]);
  return { ...text, title };
}

export interface Cmi5Options {
  courseId: string;
  title: LangText;
  description: LangText;
  /** Percentage (0-100) needed to pass; cmi5 writes it as 0..1. */
  masteryScore: number;
  /** The AU's launch page, relative to the package root. @defaultValue 'index.html' */
  launch?: string;
}

/**
 * Publisher ids (fully qualified IRIs, requirement 3.0.0.0-1). URNs need no host we do not
 * own; the LMS makes its own launch activity id from them (8.1.5.0-3).
 */
export const cmi5Ids = (courseId: string) => ({
  course: `urn:cmi5:${courseId}`,
  au: `urn:cmi5:${courseId}:au:course`,
});

export function buildCmi5(options: Cmi5Options): string {
  const { courseId, title, description, masteryScore } = options;
  const launch = options.launch ?? 'index.html';
  if (!courseId) throw new Cmi5Error('courseId is empty');
  for (const [name, text] of [
    ['title', title],
    ['description', description],
  ] as const) {
    if (text.length === 0) throw new Cmi5Error(`${name} has no language`);
    for (const [lang, value] of text) if (!value.trim()) throw new Cmi5Error(`${name} in ${lang} is empty`);
  }
  if (!Number.isFinite(masteryScore) || masteryScore < 0 || masteryScore > 100) {
    throw new Cmi5Error(`masteryScore must be a number from 0 to 100, got ${masteryScore}`);
  }
  if (!isRelativePath(launch)) throw new Cmi5Error(`launch must be a relative path inside the package: "${launch}"`);
  const ids = cmi5Ids(courseId);
  const text = (name: string, lines: LangText, indent: string) =>
    `${indent}<${name}>\n${lines.map(([lang, value]) => `${indent}  <langstring lang="${escapeXml(lang)}">${escapeXml(value)}</langstring>`).join('\n')}\n${indent}</${name}>`;
  // 0.8, not 0.80000001: the decimal of a whole percentage.
  const mastery = String(Math.round(masteryScore * 100) / 10000);
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="${NAMESPACE}">
  <course id="${ids.course}">
${text('title', title, '    ')}
${text('description', description, '    ')}
  </course>
  <au id="${ids.au}" moveOn="CompletedAndPassed" masteryScore="${mastery}" launchMethod="AnyWindow">
${text('title', title, '    ')}
${text('description', description, '    ')}
    <url>${href(launch)}</url>
  </au>
</courseStructure>
`;
}

/** Where the schema is, under ./schemas (the build) or the studio's schemas/ folder. */
export const CMI5_SCHEMA = 'cmi5/CourseStructure.xsd';

/** Schema errors in a cmi5.xml against CourseStructure.xsd (its text); an empty list means valid. */
export async function validateCmi5With(validateXML: typeof ValidateXml, xml: string, xsd: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: CMI5_FILE, contents: xml }],
    schema: [{ fileName: 'CourseStructure.xsd', contents: xsd }],
  });
  if (result.valid) return [];
  const messages = result.errors.map((error) => error.rawMessage);
  return messages.length > 0 ? messages : [result.rawOutput || 'invalid, with no message from xmllint'];
}

export class Cmi5Error extends Error {
  override name = 'Cmi5Error';
  constructor(message: string) {
    super(`cmi5.xml: ${message}`);
  }
}
