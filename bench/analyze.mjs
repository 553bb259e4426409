// `node bench/analyze.mjs`: what each chunk of the course build is made of, by source
// package or folder (bytes before minifying, and each part gzipped on its own, so the
// columns show proportions rather than add up to the chunk). `DEPTH=3` groups by file.
// A side build into a temporary folder, so dist/ is left as it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
process.env.NODE_ENV ??= 'production'; // as scripts/build.mjs: never Svelte's dev runtime
const out = mkdtempSync(join(tmpdir(), 'course-analyze-'));

/** node_modules/<pkg>/… → the package; src/app/… → the folder. */
function groupOf(id) {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const rel = relative(root, clean);
  return rel.startsWith('..')
    ? clean
    : rel
        .split('/')
        .slice(0, process.env.DEPTH ? Number(process.env.DEPTH) : 2)
        .join('/');
}

const report = {
  name: 'analyze',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const groups = new Map();
      for (const [id, info] of Object.entries(chunk.modules)) {
        const g = groupOf(id);
        const entry = groups.get(g) ?? { raw: 0, code: '' };
        entry.raw += info.renderedLength;
        entry.code += info.code ?? '';
        groups.set(g, entry);
      }
      const total = Buffer.byteLength(chunk.code);
      console.log(`\n${chunk.fileName}${chunk.isEntry ? ' (entry)' : ''}  ${total} B, ${gzipSync(chunk.code, { level: 9 }).length} B gz`);
      console.log(`  static imports: ${chunk.imports.join(', ') || '-'}; dynamic: ${chunk.dynamicImports.length}`);
      for (const [g, { raw, code }] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) {
        if (raw === 0) continue;
        console.log(`  ${String(raw).padStart(7)} B  ${String(gzipSync(code, { level: 9 }).length).padStart(6)} B gz  ${g}`);
      }
    }
  },
};

try {
  await build({ logLevel: 'warn', build: { outDir: out, emptyOutDir: true }, plugins: [report] });
} finally {
  rmSync(out, { recursive: true, force: true });
}
