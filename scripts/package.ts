// `npm run package -- --profile path/to/service.json --out path/to/dir`: the SCORM 1.2,
// 2004 4th and 2004 3rd edition zips, the cmi5 zip and the standalone web zip, made from the course
// already built in dist/web with this profile in place of the built one. The manifests
// are made afresh from the profile and checked as the build checks them; a bad profile
// stops it with every problem named by field, and nothing is written.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writePackages, readWebFiles } from '../scorm/package';
import { cmi5Course } from '../scorm/cmi5';
import { courseTexts, loadCourse, manifestLanguage, resolveTitle, ITEM_TITLE_KEY } from '../scorm/vite-plugin';
import { courseFromProfile, withProfileFile } from '../scorm/zip';
import { learnerLanguages, ProfileFileError, readProfileFile } from './profile-file';

const USAGE = 'Usage: npm run package -- --profile path/to/service.json --out path/to/folder';

/** Runs the command; returns the exit code (0 done, 1 bad input or failure, 2 wrong usage). */
export async function packageCommand(args: string[], root = process.cwd()): Promise<number> {
  let values: { profile?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { profile: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.profile || !values.out) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const webDir = resolve(root, 'dist/web');
  if (!existsSync(resolve(webDir, 'index.html'))) {
    console.error('dist/web is missing: run npm run build first (the packages are made from the built course).');
    return 1;
  }
  try {
    const profile = readProfileFile(resolve(values.profile), learnerLanguages(root));
    const data = await loadCourse(root);
    const lang = manifestLanguage(undefined, profile);
    const course = courseFromProfile(profile, {
      courseId: data.id,
      title: await resolveTitle(root, lang, data.title),
      itemTitle: await resolveTitle(root, lang, ITEM_TITLE_KEY),
      lang,
    });
    const web = withProfileFile(await readWebFiles(webDir), profile);
    const outDir = resolve(values.out);
    const cmi5 = cmi5Course(data.id, await courseTexts(root, data), lang, profile, course.masteryScore);
    const written = await writePackages({ webDir, course, web, webZip: true, outDir, cmi5 });
    for (const zip of written) console.log(`${zip.path}  ${(zip.bytes / 1024).toFixed(1)} kB`);
    return 0;
  } catch (error) {
    console.error(error instanceof ProfileFileError ? error.message : `Packaging failed: ${(error as Error).message}`);
    return 1;
  }
}
