// `npm run package -- --profile … --out …` on the built course (npm test builds first):
// five zips, manifests and cmi5.xml from the profile, the profile inside each, the same bytes every
// time; a bad profile writes nothing and names each field that is wrong.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { packageCommand } from '../../scripts/package';
import { learnerLanguages, readProfileFile } from '../../scripts/profile-file';
import { SCORM_VERSIONS } from '../../scorm/manifest';
import { readWebFiles } from '../../scorm/package';
import { checkPackageBytes } from '../../scorm/check-package';
import { schemaFiles } from '../../scorm/validate';
import { courseFromProfile, scormZip, withProfileFile } from '../../scorm/zip';
import { ITEM_TITLE_KEY, resolveTitle } from '../../scorm/vite-plugin';

const SAMPLE = 'tests/fixtures/service-sample/service.json';
const tmp = mkdtempSync(join(tmpdir(), 'package-command-'));
const out = join(tmp, 'out');
const logs: string[] = [];
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<number> {
  const log = vi.spyOn(console, 'log').mockImplementation((m: string) => void logs.push(m));
  const error = vi.spyOn(console, 'error').mockImplementation((m: string) => void logs.push(m));
  try {
    return await packageCommand(args);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('with a good profile', () => {
  beforeAll(async () => {
    expect(existsSync('dist/web/index.html'), 'npm run build first').toBe(true);
    expect(await run(['--profile', SAMPLE, '--out', out])).toBe(0);
  }, 180_000);

  it('writes the SCORM 1.2, 2004 4th and 3rd edition zips, the cmi5 zip and the web zip', () => {
    expect(readdirSync(out).sort()).toEqual([
      'acupuncture_pain-cmi5.zip',
      'acupuncture_pain-scorm12.zip',
      'acupuncture_pain-scorm2004-3rd.zip',
      'acupuncture_pain-scorm2004.zip',
      'acupuncture_pain-web.zip',
    ]);
  });

  it('each manifest has the profile title and its pass mark as the mastery score', () => {
    for (const version of SCORM_VERSIONS) {
      const manifest = new TextDecoder().decode(unzipSync(readFileSync(join(out, `acupuncture_pain-${version}.zip`)))['imsmanifest.xml']);
      expect(manifest).toContain('Acupuncture and your pain (Anytown)');
      expect(manifest).toMatch(version === 'scorm12' ? />70<\/adlcp:masteryscore>/ : />0.7<\/imsss:minNormalizedMeasure>/);
    }
  });

  it('cmi5.xml has the profile title and its pass mark as the mastery score, and the zip passes the checks', async () => {
    const zip = readFileSync(join(out, 'acupuncture_pain-cmi5.zip'));
    const xml = new TextDecoder().decode(unzipSync(zip)['cmi5.xml']);
    expect(xml).toContain('<langstring lang="en-GB">Acupuncture and your pain (Anytown)</langstring>');
    expect(xml).toContain('masteryScore="0.7"');
    expect(await checkPackageBytes(zip)).toEqual([]);
  });

  it('each zip carries the profile, logo file put in as an image', () => {
    const profile = readProfileFile(SAMPLE, learnerLanguages());
    expect(profile.organisation.logo?.src).toMatch(/^data:image\/svg\+xml;base64,/);
    for (const zip of readdirSync(out)) {
      const inside = unzipSync(readFileSync(join(out, zip)))['service.json'];
      expect(JSON.parse(new TextDecoder().decode(inside)), zip).toEqual(profile);
    }
  });

  it('the shared zip code gives the same bytes from the same files (as a browser page would)', async () => {
    const profile = readProfileFile(SAMPLE, learnerLanguages());
    const web = withProfileFile(await readWebFiles('dist/web'), profile);
    const itemTitle = await resolveTitle('.', 'en-GB', ITEM_TITLE_KEY);
    const course = courseFromProfile(profile, { courseId: 'acupuncture_pain', title: 'unused', itemTitle, lang: 'en-GB' });
    for (const version of SCORM_VERSIONS) {
      const again = scormZip(version, course, web, await schemaFiles(version));
      expect(Buffer.from(again).equals(readFileSync(join(out, `acupuncture_pain-${version}.zip`))), version).toBe(true);
    }
  });
});

describe('with a bad profile', () => {
  it('exits 1, names each wrong field and writes nothing', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ tracking: { passMark: 150 }, contact: { phone: '0161 PAIN' }, languages: { offered: ['fr'] } }));
    const badOut = join(tmp, 'bad-out');
    logs.length = 0;
    expect(await run(['--profile', bad, '--out', badOut])).toBe(1);
    const said = logs.join('\n');
    expect(said).toMatch(/^tracking\.passMark: /m);
    expect(said).toMatch(/^contact\.phone: .*letters/m);
    expect(said).toMatch(/^languages\.offered\[0\]: .*"fr"/m);
    expect(existsSync(badOut)).toBe(false);
  });

  it('exits 1 for a file that is not there or not JSON, and 2 without its arguments', async () => {
    expect(await run(['--profile', join(tmp, 'none.json'), '--out', out])).toBe(1);
    const notJson = join(tmp, 'not.json');
    writeFileSync(notJson, '{ title: ');
    expect(await run(['--profile', notJson, '--out', out])).toBe(1);
    expect(await run(['--out', out])).toBe(2);
  });
});
