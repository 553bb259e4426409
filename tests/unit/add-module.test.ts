// The README's "Adding a module" and "Adding a language", done for real: in a copy of the
// project (the files a build needs) a throwaway module and a throwaway language are added
// by those steps alone, and the course builds with both in it. Then a text taken out of
// en-GB.json fails the build with a message naming the module's file and the key.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = process.cwd();
/** What `vite build` of the course reads. */
const NEEDED = [
  'src',
  'modules',
  'locales',
  'scripts',
  'scorm',
  'public',
  'index.html',
  'vite.config.ts',
  'svelte.config.js',
  'tsconfig.json',
  'package.json',
  'service.json',
  'service.schema.json',
];
const ID = 'throwaway';
const LANG = 'de';

const dir = mkdtempSync(join(tmpdir(), 'course-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const path = (p: string) => join(dir, p);
const readJson = (p: string) => JSON.parse(readFileSync(path(p), 'utf8')) as Record<string, unknown>;
const writeJson = (p: string, data: unknown) => writeFileSync(path(p), JSON.stringify(data, null, 2) + '\n');

/** `vite build` of the course in the copy: its output, or the error it failed with. */
async function build(): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--configLoader', 'runner', '--logLevel', 'warn'],
      {
        cwd: dir,
        env: { ...process.env, NODE_ENV: 'production' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

/** The module's text, as step 2 of "Adding a module" asks (every key starts with its id). */
const text = (lang: string) => ({
  title: `Throwaway module (${lang})`,
  summary: 'A module made by a test',
  intro: { heading: 'Hello', p1: 'A page of text.' },
  notes: { intro: 'Say hello to the room.', check: 'Ask the room first.' },
  check: { heading: 'Check', q1: { prompt: 'Is this a test?', correct: 'Right', incorrect: 'Not quite' } },
  bank: { b1: { prompt: 'Was this made by a test?', correct: 'Right', incorrect: 'Not quite' } },
});

describe('adding a module and a language, by the README', () => {
  it('in a copy of the project, the course builds with both', { timeout: 180_000 }, async () => {
    for (const p of NEEDED) cpSync(join(ROOT, p), path(p), { recursive: true, filter: (src) => !src.endsWith('en-XA.json') });
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), path('node_modules'), 'dir');

    // Adding a module: 1. the folder, with its pages and its question bank.
    mkdirSync(path(`modules/${ID}`));
    writeFileSync(
      path(`modules/${ID}/module.ts`),
      `import type { ModuleContent } from '../../src/course/module-entry';
const module: ModuleContent = {
  pages: [
    { id: 'intro', kind: 'text', heading: '${ID}.intro.heading', notes: ['${ID}.notes.intro'], body: ['${ID}.intro.p1'] },
    {
      id: 'check',
      kind: 'quiz',
      heading: '${ID}.check.heading',
      notes: ['${ID}.notes.check'],
      questions: [
        { id: 'is_test', type: 'truefalse', prompt: '${ID}.check.q1.prompt', correct: ['true'], feedback: { correct: '${ID}.check.q1.correct', incorrect: '${ID}.check.q1.incorrect' } },
      ],
    },
  ],
};
export default module;
`,
    );
    writeFileSync(
      path(`modules/${ID}/bank.ts`),
      `import type { Question } from '../../src/course/types';
const bank: Question[] = [
  { id: 'made_by_test', type: 'truefalse', prompt: '${ID}.bank.b1.prompt', correct: ['true'], feedback: { correct: '${ID}.bank.b1.correct', incorrect: '${ID}.bank.b1.incorrect' } },
];
export default bank;
`,
    );
    // 2. its text in every language.
    for (const f of readdirSync(path('locales'))) writeJson(`locales/${f}`, { ...readJson(`locales/${f}`), [ID]: text(f) });
    // 3. one line in modules/course.ts.
    const course = readFileSync(path('modules/course.ts'), 'utf8');
    const listed = course.replace(/(\n\s*)(moduleEntry\('relief'[^\n]*)/, `$1$2$1moduleEntry('${ID}', () => import('./${ID}/module')),`);
    expect(listed).not.toBe(course);
    writeFileSync(path('modules/course.ts'), listed);

    // Adding a language: locales/<code>.json, a copy of en-GB.json with its own _meta.
    const en = readJson('locales/en-GB.json');
    const de = { ...text(LANG), title: 'Wegwerfmodul' };
    writeJson(`locales/${LANG}.json`, {
      ...en,
      _meta: { name: 'Deutsch', dir: 'ltr', status: 'draft', draftNote: 'Übersetzung noch nicht geprüft' },
      [ID]: de,
    });

    const built = await build();
    expect(built.output).not.toMatch(/problem\(s\)/);
    expect(built.ok, built.output).toBe(true);
    const web = path('dist/web');
    const files = readdirSync(web, { recursive: true }).map(String);
    const shipped = files.filter((f) => /\.(js|html)$/.test(f)).map((f) => readFileSync(join(web, f), 'utf8'));
    // The module is in the menu's text, and the language in the picker.
    expect(shipped.some((s) => s.includes('Throwaway module (en-GB.json)'))).toBe(true);
    expect(shipped.some((s) => s.includes('Wegwerfmodul'))).toBe(true);
    expect(shipped.some((s) => s.includes('Deutsch'))).toBe(true);

    // A text the module uses, missing from the source locale: the build fails, naming both.
    const { [ID]: mine, ...rest } = readJson('locales/en-GB.json');
    const { intro, ...others } = mine as ReturnType<typeof text>;
    writeJson('locales/en-GB.json', { ...rest, [ID]: { ...others, intro: { heading: intro.heading } } });
    const broken = await build();
    expect(broken.ok).toBe(false);
    expect(broken.output).toContain(`modules/${ID}/module.ts: page "intro" body: text "${ID}.intro.p1" is missing`);
  });
});
