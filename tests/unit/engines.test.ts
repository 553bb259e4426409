// The Node.js versions package.json `engines` (and the README) promise are ones every
// installed dependency supports, so `npm ci` on any of them gives no EBADENGINE warning.
// A small reader for the range forms npm packages use here (`>=X`, `^X.Y.Z`, a bare `X`,
// `*`, space-joined sets, joined with `||`); a form it does not know fails the test, naming the package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Versions as one number (major, minor, patch below 1000 each), as half-open [from, to) spans. */
type Span = [from: number, to: number];
const version = (major: number, minor = 0, patch = 0) => major * 1e6 + minor * 1e3 + patch;

function spans(range: string): Span[] {
  return range.split('||').map((part) => {
    // A comparator set ("14 >=14.17") allows what all of its comparators allow.
    const comparators = part
      .trim()
      .replace(/(>=|\^)\s+/g, '$1')
      .split(/\s+/);
    return comparators.map(comparator).reduce<Span>((a, b) => [Math.max(a[0], b[0]), Math.min(a[1], b[1])], [0, Infinity]);
  });
}

function comparator(text: string): Span {
  if (text === '*' || text === '') return [0, Infinity];
  const m = /^(>=|\^)?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`unsupported range "${text}"`);
  const [major, minor, patch] = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  const from = version(major, minor, patch);
  if (m[1] === '>=') return [from, Infinity];
  // A bare X or X.Y is an X-range: any X (or X.Y) release.
  if (!m[1]) return m[3] === undefined ? [from, version(major + 1)] : m[4] === undefined ? [from, version(major, minor + 1)] : [from, from + 1];
  // ^0.Y.Z stays within 0.Y; every ^ range in use here has a major above 0.
  if (major === 0) throw new Error(`unsupported range "${text}"`);
  return [from, version(major + 1)];
}

/** Whether every version `inner` allows is one `outer` allows. */
function within(inner: string, outer: string): boolean {
  const merged = spans(outer)
    .sort((a, b) => a[0] - b[0])
    .reduce<Span[]>((out, span) => {
      const last = out[out.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else out.push([...span]);
      return out;
    }, []);
  return spans(inner).every(([from, to]) => merged.some(([a, b]) => a <= from && to <= b));
}

/** name@version and its engines.node for every package under node_modules, nested ones too. */
function installed(dir: string): { id: string; node?: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    if (name.startsWith('@')) return installed(path);
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) return [];
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string; engines?: unknown };
    // npm reads only the object form; a few old packages carry an ignored array.
    const node = pkg.engines && typeof pkg.engines === 'object' && !Array.isArray(pkg.engines) ? (pkg.engines as { node?: unknown }).node : undefined;
    return [{ id: `${pkg.name}@${pkg.version}`, node }, ...installed(join(path, 'node_modules'))];
  });
}

const ours = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;

describe('range reading', () => {
  it('knows which ranges hold which', () => {
    expect(within('^20.19.0 || >=22.12.0', '>=20')).toBe(true);
    expect(within('>=20', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(within('^20.19.0 || ^22.12.0 || >=24', '^20.19 || ^22.12 || >=24')).toBe(true);
    expect(within('^20.19.0 || >=22.12.0', '^20.19 || ^22.12 || >=24')).toBe(false); // Node 23
    expect(within('^20.19.0 || ^22.12.0 || >=24', '^22.12.0 || ^24.0.0 || >=26.0.0')).toBe(false);
    expect(within('>=24', '^22 || ^24 || >=25')).toBe(true);
    expect(within('^20.19.0', '*')).toBe(true);
    expect(within('^20.19.0 || >=22.12.0', '20 || >=22')).toBe(true);
    expect(within('^20.19.0 || >=22.12.0', '18 || 20')).toBe(false);
    expect(within('^20.19.0', '>= 14 >=14.17')).toBe(true);
    expect(within('^20.19.0', '14 >=14.17')).toBe(false);
    expect(() => spans('~20.1')).toThrow(/unsupported range "~20.1"/);
  });
});

describe('package.json engines.node', () => {
  const packages = installed('node_modules');

  it('is set, and the dependencies are installed (npm ci)', () => {
    expect(ours).toMatch(/\d/);
    expect(packages.length).toBeGreaterThan(50);
  });

  it('allows only Node.js versions every installed package supports', () => {
    const unsupported = packages
      .filter((p): p is { id: string; node: string } => typeof p.node === 'string')
      .flatMap((p) => {
        try {
          return within(ours, p.node) ? [] : [`${p.id} needs node ${p.node}`];
        } catch (error) {
          return [`${p.id}: ${(error as Error).message}`];
        }
      });
    expect(unsupported, `engines.node is "${ours}"`).toEqual([]);
  });
});
