// What the built course (dist/web) makes a browser download, worked out from the files
// alone, so the budget tests and the benchmark agree and give the same figures on every
// machine. Shared by tests/unit/budgets.test.ts and bench/run.mjs.
//
// The first screen is index.html, the scripts, style sheets and module preloads it
// names, everything those scripts import statically, and the locale's start-up strings
// (its `locale-<code>.shell` chunk, when that is not inside the entry already). Modules,
// their strings and the in-page LMS (scorm-again, the `local` chunk) load later.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** zlib's default level (6), as a web server compresses on the fly. */
export const gzipSize = (bytes) => gzipSync(bytes).length;

/** Size of one file under webDir (a `/`-separated path). */
export function sizeOf(webDir, path) {
  const bytes = readFileSync(join(webDir, path));
  return { path, raw: bytes.length, gz: gzipSize(bytes) };
}

/** Files and their totals. */
export function bundleOf(webDir, paths) {
  const files = [...new Set(paths)].map((p) => sizeOf(webDir, p));
  return { files, raw: sum(files, 'raw'), gz: sum(files, 'gz') };
}

const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);

/** Every file under webDir, `/`-separated and sorted. */
export function allFiles(webDir) {
  return readdirSync(webDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(webDir, join(e.parentPath, e.name)).split(sep).join(posix.sep))
    .sort();
}

const QUOTED = '["\'`]([^"\'`]+)["\'`]';
// `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; not `import(`.
const STATIC_IMPORT = new RegExp(`(?:^|[^\\w$.])(?:import|export)\\s*(?:[\\w$*{},\\s]*?from\\s*)?${QUOTED}`, 'g');
const DYNAMIC_IMPORT = new RegExp(`\\bimport\\(\\s*${QUOTED}\\s*\\)`, 'g');
// Vite's preload list: __vite__mapDeps([2,3]) after a dynamic import names its CSS and
// shared chunks by index into the m.f=[…] table at the top of the chunk.
const MAP_DEPS_TABLE = /m\.f=\[([^\]]*)\]/;
// The preload list comes after the loader: `p(() => import("./x.js").then(…), __vite__mapDeps([2,3]))`.
const IMPORT_WITH_DEPS = new RegExp(`\\bimport\\(\\s*${QUOTED}\\s*\\)((?:(?!\\bimport\\()[\\s\\S]){0,400}?)__vite__mapDeps\\(\\[([\\d,\\s]*)\\]\\)`, 'g');

const resolveFrom = (file, spec) => posix.normalize(posix.join(posix.dirname(file), spec));
const isLocal = (spec) => spec.startsWith('./') || spec.startsWith('../');
const read = (webDir, path) => readFileSync(join(webDir, path), 'utf8');

/** The scripts the inline loader adds after the first paint (scripts/first-screen-plugin.ts), entry first. */
export function deferredScripts(webDir, html = 'index.html') {
  const list = /<script\b[^>]*\bdata-entry="([^"]*)"/.exec(read(webDir, html))?.[1] ?? '';
  return list
    .split(' ')
    .filter(isLocal)
    .map((p) => resolveFrom(html, p));
}

/** The scripts, style sheets and preloads index.html names, and the scripts it loads after the first paint. */
export function htmlAssets(webDir, html = 'index.html') {
  const text = read(webDir, html);
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const links = [...text.matchAll(/<link\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => /\brel="(stylesheet|modulepreload|preload)"/.test(attrs))
    .map((attrs) => /\bhref="([^"]+)"/.exec(attrs)?.[1])
    .filter(Boolean);
  return [...[...scripts, ...links].filter(isLocal).map((p) => resolveFrom(html, p)), ...deferredScripts(webDir, html)];
}

/**
 * What a browser requests before it can paint the start screen: the page and every
 * script, style sheet and preload its markup names (the inline loader's scripts come
 * after the paint). The budget test and `npm run bench` hold this to 30 KB gzipped.
 */
export function beforePaint(webDir, html = 'index.html') {
  const text = read(webDir, html);
  const named = [
    ...[...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...text.matchAll(/<link\b([^>]*)>/g)]
      .map((m) => m[1])
      .filter((attrs) => /\brel="(stylesheet|modulepreload|preload)"/.test(attrs))
      .map((attrs) => /\bhref="([^"]+)"/.exec(attrs)?.[1]),
  ].filter((p) => p && isLocal(p));
  return bundleOf(webDir, [html, ...named.map((p) => resolveFrom(html, p))]);
}

/** The files and everything they import statically (JS only; other files as they are). */
export function staticClosure(webDir, paths) {
  const seen = new Set();
  const todo = [...paths];
  while (todo.length) {
    const path = todo.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    if (!path.endsWith('.js')) continue;
    for (const [, spec] of read(webDir, path).matchAll(STATIC_IMPORT)) {
      if (isLocal(spec)) todo.push(resolveFrom(path, spec));
    }
  }
  return [...seen];
}

/** Each dynamic import in these JS files, with the CSS and chunks Vite preloads with it. */
export function dynamicImports(webDir, paths) {
  const found = new Map();
  for (const path of paths.filter((p) => p.endsWith('.js'))) {
    const code = read(webDir, path);
    const table = MAP_DEPS_TABLE.exec(code)?.[1];
    const deps = table ? [...table.matchAll(new RegExp(QUOTED, 'g'))].map((m) => resolveFrom(path, m[1])) : [];
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) {
      if (isLocal(spec)) found.set(resolveFrom(path, spec), found.get(resolveFrom(path, spec)) ?? []);
    }
    for (const [, spec, , list] of code.matchAll(IMPORT_WITH_DEPS)) {
      const indexes = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(Number);
      found.set(resolveFrom(path, spec), indexes.map((i) => deps[i]).filter(Boolean));
    }
  }
  return found;
}

/**
 * Locale chunks by name: `locale-<code>.<part>-<hash>.js` (this build's split: the
 * `shell` part is the start-up strings, the others one per module), or `<code>-<hash>.js`
 * (one chunk per language, as Vite names a whole JSON file).
 */
export function localeChunk(path, codes) {
  const name = posix.basename(path);
  const split = /^locale-([A-Za-z0-9-]+)\.([a-z][a-z0-9_]*)-[\w-]+\.js$/.exec(name);
  if (split && codes.includes(split[1])) return { code: split[1], part: split[2] };
  const whole = codes.find((c) => name.startsWith(`${c}-`) && /^[\w-]{8}\.js$/.test(name.slice(c.length + 1)));
  return whole ? { code: whole, part: 'shell', whole: true } : null;
}

/**
 * Everything the budgets and the benchmark report about a build.
 * @param {string} webDir dist/web
 * @param {{ locales: string[], defaultLocale: string }} options the locale codes (locales/*.json)
 */
export function analyseBuild(webDir, { locales, defaultLocale }) {
  const base = staticClosure(webDir, ['index.html', ...htmlAssets(webDir)]);
  const baseSet = new Set(base);
  const lazy = dynamicImports(webDir, base);
  const localeFiles = {};
  for (const path of allFiles(webDir)) {
    const chunk = localeChunk(path, locales);
    if (chunk) (localeFiles[chunk.code] ??= {})[chunk.part] = path;
  }
  const only = (paths) => paths.filter((p) => !baseSet.has(p));
  const group = (path) => only([...staticClosure(webDir, [path]), ...(lazy.get(path) ?? [])]);

  const firstScreen = {};
  for (const code of locales) {
    // A split build completes each language from the default one, so a learner loads one
    // language; a whole-file build (one chunk per language) loads the default beside it.
    const split = Object.values(localeFiles).some((parts) => Object.keys(parts).some((p) => p !== 'shell'));
    const shells = (split ? [code] : [code, defaultLocale]).map((c) => localeFiles[c]?.shell).filter(Boolean);
    firstScreen[code] = bundleOf(webDir, [...base, ...shells.flatMap(group)]);
  }
  const localePaths = new Set(Object.values(localeFiles).flatMap((parts) => Object.values(parts)));
  const lmsChunk = [...lazy.keys()].find((p) => /(^|\/)local-[\w-]+\.js$/.test(p));
  const modules = [...lazy.keys()]
    .filter((p) => p !== lmsChunk && !localePaths.has(p))
    .map((p) => ({ name: posix.basename(p), ...bundleOf(webDir, group(p)) }));
  const localeParts = Object.entries(localeFiles).flatMap(([code, parts]) =>
    Object.entries(parts).map(([part, path]) => ({ code, part, ...bundleOf(webDir, group(path)) })),
  );
  return {
    /** index.html and what it names: all that loads before the start screen is painted. */
    beforePaint: beforePaint(webDir),
    base: bundleOf(webDir, base),
    firstScreen,
    /** The in-page LMS of the standalone course (scorm-again), beyond the first screen. */
    standaloneLms: lmsChunk ? bundleOf(webDir, group(lmsChunk)) : null,
    modules,
    localeParts,
    /** A locale whose start-up strings are inside the entry has no shell chunk. */
    bundledShell: locales.filter((c) => !localeFiles[c]?.shell),
    all: bundleOf(webDir, allFiles(webDir)),
  };
}

/**
 * Locale codes a production build includes: locales/<code>.json, but not a pseudo-locale
 * (`_meta.pseudo`, development only, as scripts/locale-files.ts decides for the build).
 */
export function sourceLocales(localesDir) {
  return readdirSync(localesDir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !JSON.parse(readFileSync(join(localesDir, f), 'utf8'))._meta?.pseudo)
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The repository root (this file is in bench/). */
export const repoRoot = () => fileURLToPath(new URL('..', import.meta.url));
