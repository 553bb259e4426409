// What the build tells the package studio (scripts/studio-data-plugin.ts writes it).
import type { PackageVersion } from '../../../scorm/manifest';

export interface StudioLanguage {
  code: string;
  /** The language's own name, e.g. Cymraeg. */
  name: string;
  /** The course's own title, its LMS item title and its description (cmi5.xml) in this language. */
  title: string;
  itemTitle: string;
  description: string;
}

export interface StudioData {
  courseId: string;
  /** The languages a learner may be offered (not the pseudo-locale). */
  languages: StudioLanguage[];
  /** The built course's files, relative to ../web/, sorted as the command line reads them. */
  web: string[];
  /** The official schema files of each version, under schemas/<version>/. */
  schemas: Record<PackageVersion, string[]>;
}
