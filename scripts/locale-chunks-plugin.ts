// Vite plugin: splits each locales/<code>.json (still one file per language) into the
// chunks a learner needs when they need them, and compiles its ICU messages at build time.
//
// `virtual:locale-catalogues` gives, per language (locale-files.ts: pseudo-locales in
// development only), loaders by part name (each language's `locales/<code>.json?parts`):
// - `shell`: every top-level key that is not a module id (app, start, menu, page, quiz,
//   assessment, …) plus each module's menu entry (the locale keys the course object names
//   directly, e.g. "endorphins.title"): what the start screen and the menu need;
// - `later`: the top-level keys named in the `later` option, which only the views loaded
//   after the start screen use (src/app/views.ts): they load with those views;
// - `<module id>`: the rest of that module's strings, loaded with the module.
// The module ids come from modules/course.ts, so the engine never names them.
// Every language is completed at build time from the `fallback` language (en-GB), part by
// part, so a learner downloads one language only: the browser needs no fallback chunks.
//
// Each part is `{ messages, trees }`: `trees` holds the syntax tree of every message that
// has ICU syntax, so the browser build needs no message parser (src/i18n/compiled-messages.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { runnerImport, type Plugin } from 'vite';
import { localeFiles } from './locale-files';

type Tree = { [key: string]: string | Tree };

export interface LocaleChunksOptions {
  /** The source language: it fills whatever another language does not translate (yet). */
  fallback: string;
  /**
   * Module ids, and the locale keys the course object itself names (module titles and
   * summaries). Loaded from modules/course.ts when not given (tests pass them).
   */
  course?: () => Promise<CourseKeys>;
  /**
   * Production build only: intl-messageformat's import of the ICU parser resolves to this
   * module instead, which looks up the compiled trees (src/i18n/compiled-messages.ts).
   */
  compiledParser?: string;
  /** The folder of locale files. @defaultValue 'locales' (from the project root) */
  dir?: string;
  /** Top-level keys only the later views use: the `later` part, not the shell. @defaultValue [] */
  later?: string[];
}

export interface CourseKeys {
  moduleIds: string[];
  keys: string[];
}

const CATALOGUES = 'virtual:locale-catalogues';
const RESOLVED_CATALOGUES = `\0${CATALOGUES}`;
const SHELL = 'shell';
const LATER = 'later';
const META_KEY = '_meta';
const PARTS_QUERY = '?parts';
const PART_PREFIX = 'locale-part:';
const RESOLVED_PARTS = '\0locale-parts:';
const RESOLVED_PART = `\0${PART_PREFIX}`;

/** Splits one locale's messages into the shell and one part per module id. */
export function splitLocale(tree: Tree, { moduleIds, keys }: CourseKeys, later: readonly string[] = []): Record<string, Tree> {
  const parts: Record<string, Tree> = { [SHELL]: {} };
  for (const [top, value] of Object.entries(tree)) {
    if (top === META_KEY) continue; // read by the language picker's own plugin, not a message
    if (later.includes(top)) {
      (parts[LATER] ??= {})[top] = value;
      continue;
    }
    if (!moduleIds.includes(top) || typeof value === 'string') {
      parts[SHELL]![top] = value;
      continue;
    }
    parts[top] = { [top]: value };
  }
  // Keys the course object names (the menu shows them) stay in the shell.
  for (const key of keys) {
    const [top, ...rest] = key.split('.');
    if (!top || !moduleIds.includes(top) || !rest.length) continue;
    const text = lookup(parts[top], [top, ...rest]);
    if (typeof text === 'string') setIn(parts[SHELL]!, [top, ...rest], text);
  }
  return parts;
}

function lookup(tree: string | Tree | undefined, path: string[]): string | Tree | undefined {
  return path.reduce<string | Tree | undefined>((node, k) => (node && typeof node === 'object' ? node[k] : undefined), tree);
}

function setIn(tree: Tree, path: string[], text: string) {
  let node = tree;
  for (const k of path.slice(0, -1)) {
    const next = node[k];
    node = node[k] = typeof next === 'object' ? next : {};
  }
  node[path[path.length - 1]!] = text;
}

/**
 * The syntax tree of each message that is more than plain text, by message text: what
 * intl-messageformat would parse in the browser. Parsed as svelte-i18n asks (ignoreTag).
 */
export function compileTrees(tree: Tree, file: string): Record<string, MessageFormatElement[]> {
  const trees: Record<string, MessageFormatElement[]> = {};
  const walk = (node: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v !== 'string') {
        walk(v, key);
        continue;
      }
      let ast: MessageFormatElement[];
      try {
        ast = parse(v, { ignoreTag: true });
      } catch (error) {
        throw new Error(`${file}: "${key}" does not parse: ${String(error)}`, { cause: error });
      }
      const plain = ast.length === 0 || (ast.length === 1 && ast[0]!.type === TYPE.literal && ast[0]!.value === v);
      if (!plain) trees[v] = stripLocations(ast);
    }
  };
  walk(tree, '');
  return trees;
}

/** Positions in the source text are for error messages only; they would double the size. */
function stripLocations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripLocations) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'location')
        .map(([k, v]) => [k, stripLocations(v)]),
    ) as T;
  }
  return value;
}

/** Module ids and every locale key in the course object (strings with a dot). */
async function loadCourseKeys(root: string): Promise<CourseKeys> {
  const { module } = await runnerImport<{ course: { modules: { id: string }[] } }>(resolve(root, 'modules/course.ts'), {
    root,
    configFile: false,
    logLevel: 'silent',
  });
  const keys: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') keys.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(module.course);
  return { moduleIds: module.course.modules.map((m) => m.id), keys: keys.filter((k) => k.includes('.')) };
}

const codeOf = (file: string) => file.replace(/^.*\/([^/]+?)(\.json)?$/, '$1');

/** `tree` with anything it lacks taken from `fallback`. */
export function fillFrom(fallback: Tree, tree: Tree): Tree {
  const out: Tree = { ...fallback };
  for (const [k, v] of Object.entries(tree)) {
    const base = out[k];
    out[k] = typeof v === 'object' && typeof base === 'object' ? fillFrom(base, v) : v;
  }
  return out;
}

export function localeChunks(options: LocaleChunksOptions): Plugin {
  let root = process.cwd();
  let isBuild = false;
  let courseKeys: Promise<CourseKeys> | null = null;
  const course = () => (courseKeys ??= options.course?.() ?? loadCourseKeys(root));
  const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Tree;
  /** A locale file, completed from the fallback language's file beside it. */
  const readLocale = (file: string): Tree => {
    if (codeOf(file) === options.fallback) return readJson(file);
    const fallbackFile = resolve(file, '..', `${options.fallback}.json`);
    return fillFrom(readJson(fallbackFile), readJson(file));
  };

  return {
    name: 'locale-chunks',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      isBuild = config.command === 'build';
    },
    buildStart() {
      courseKeys = null;
    },
    watchChange(id) {
      if (id.endsWith('modules/course.ts')) courseKeys = null;
    },
    async resolveId(source, importer) {
      if (source === CATALOGUES) return RESOLVED_CATALOGUES;
      if (source.startsWith(PART_PREFIX)) return `\0${source}`;
      if (
        isBuild &&
        options.compiledParser &&
        source === '@formatjs/icu-messageformat-parser' &&
        importer &&
        /[\\/]node_modules[\\/]intl-messageformat[\\/]/.test(importer)
      ) {
        return resolve(root, options.compiledParser);
      }
      if (!source.endsWith(PARTS_QUERY)) return null;
      const file = await this.resolve(source.slice(0, -PARTS_QUERY.length), importer, { skipSelf: true });
      // Without ".json": Vite's JSON plugin would take the generated code for JSON.
      return file ? `${RESOLVED_PARTS}${file.id.replace(/\.json$/, '')}` : null;
    },
    async load(id) {
      if (id === RESOLVED_CATALOGUES) {
        const files = localeFiles(resolve(root, options.dir ?? 'locales'), { pseudo: !isBuild });
        const imports = files.map((f, i) => `import c${i} from ${JSON.stringify(`${f.path}${PARTS_QUERY}`)};`);
        const entries = files.map((f, i) => `  ${JSON.stringify(f.code)}: c${i},`);
        return [...imports, 'export default {', ...entries, '};'].join('\n');
      }
      if (id.startsWith(RESOLVED_PARTS)) {
        const base = id.slice(RESOLVED_PARTS.length);
        const file = `${base}.json`;
        this.addWatchFile(file);
        this.addWatchFile(resolve(file, '..', `${options.fallback}.json`));
        const { moduleIds, keys } = await course();
        for (const reserved of [SHELL, LATER]) if (moduleIds.includes(reserved)) this.error(`modules/course.ts: a module may not be called "${reserved}"`);
        const names = Object.keys(splitLocale(readLocale(file), { moduleIds, keys }, options.later));
        const lines = names.map(
          (part) => `  ${JSON.stringify(part)}: () => import(${JSON.stringify(`${PART_PREFIX}${base}:${part}`)}).then((m) => m.default),`,
        );
        return ['export default {', ...lines, '};'].join('\n');
      }
      if (id.startsWith(RESOLVED_PART)) {
        const rest = id.slice(RESOLVED_PART.length);
        const at = rest.lastIndexOf(':');
        const file = `${rest.slice(0, at)}.json`;
        const part = rest.slice(at + 1);
        this.addWatchFile(file);
        this.addWatchFile(resolve(file, '..', `${options.fallback}.json`));
        const messages = splitLocale(readLocale(file), await course(), options.later)[part] ?? {};
        const name = `locales/${codeOf(file)}.json`;
        // JSON.parse of a string literal is faster to start than the same object literal.
        const json = JSON.stringify({ messages, trees: compileTrees(messages, name) });
        return `export default JSON.parse(${JSON.stringify(json)});`;
      }
      return null;
    },
    outputOptions(output) {
      // Named so the budget tests (bench/first-screen.mjs) can tell a locale's parts apart.
      const named = output.chunkFileNames ?? 'assets/[name]-[hash].js';
      return {
        ...output,
        chunkFileNames: (chunk) => {
          const facade = chunk.facadeModuleId ?? '';
          if (facade.startsWith(RESOLVED_PART)) {
            const rest = facade.slice(RESOLVED_PART.length);
            const at = rest.lastIndexOf(':');
            return `assets/locale-${codeOf(rest.slice(0, at))}.${rest.slice(at + 1)}-[hash].js`;
          }
          return typeof named === 'function' ? named(chunk) : named;
        },
      };
    },
  };
}
