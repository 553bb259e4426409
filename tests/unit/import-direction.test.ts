// Which folder of src/ may import which. Each folder is a room; an import cycle between
// rooms means neither can be read (or changed) without the other. The learner's app
// owns the root and the mode switch; presenter mode builds on the app and the course,
// and src/main.ts (the composition root, outside every room) hands the app the
// presenter's roots as lazy loaders, so src/app imports nothing from src/presenter.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The room a file is in: its first folder under src/ ('' for src/main.ts and its like). */
function roomOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0]! : '';
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
export function importsOf(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g)) found.add(m[1]!);
  for (const m of text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) found.add(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.add(m[1]!);
  return [...found].filter((s) => s.startsWith('.'));
}

/** room → rooms it imports → one file that does it (for the message). */
function roomGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = roomOf(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC + sep)) continue;
      const to = roomOf(target);
      if (from === to || from === '' || to === '') continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${relative(SRC, file)} imports ${spec}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle's path of rooms, each found once from its first room in the walk. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (room: string, path: string[]) => {
    const at = path.indexOf(room);
    if (at >= 0) return void found.push([...path.slice(at), room]);
    if (done.has(room)) return;
    for (const next of graph.get(room)?.keys() ?? []) walk(next, [...path, room]);
    done.add(room);
  };
  for (const room of graph.keys()) walk(room, []);
  return found;
}

describe('imports between the folders of src/', () => {
  const graph = roomGraph();

  it('reads the imports it should', () => {
    expect(
      importsOf(
        `import a from './a';\nimport type { B } from "../b";\nexport { c } from './c';\nimport './d.css';\nconst e = await import('./e');\nimport x from 'svelte';`,
      ),
    ).toEqual(['./a', '../b', './c', './d.css', './e']);
    // The walk sees the rooms it must judge.
    expect(graph.get('app')?.has('course')).toBe(true);
    expect(graph.get('presenter')?.has('app')).toBe(true);
  });

  it('has no cycle between folders', () => {
    const described = cycles(graph).map((path) =>
      path
        .slice(1)
        .map((to, i) => graph.get(path[i]!)!.get(to)!)
        .join('; '),
    );
    expect(described).toEqual([]);
  });

  it('keeps src/shared (helpers every folder may use) free of every other folder', () => {
    expect([...(graph.get('shared')?.values() ?? [])]).toEqual([]);
  });

  it('keeps presenter mode on top of the app: src/app never imports src/presenter', () => {
    expect(graph.get('app')?.get('presenter')).toBeUndefined();
  });
});
