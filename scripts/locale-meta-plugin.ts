// Vite plugin: `virtual:locale-meta` gives every locale file's `_meta` (name, direction,
// review status) at build time, so the language picker can list languages without the
// course downloading any of them.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:locale-meta';
const RESOLVED = `\0${ID}`;

export function localeMeta(dir = 'locales'): Plugin {
  return {
    name: 'locale-meta',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const metas = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => {
          const path = resolve(dir, f);
          this.addWatchFile(path);
          const meta = (JSON.parse(readFileSync(path, 'utf8')) as { _meta?: object })._meta;
          if (!meta) this.error(`${dir}/${f}: the "_meta" block (name, dir, status) is missing`);
          return { ...meta, code: f.replace(/\.json$/, '') };
        });
      return `export default ${JSON.stringify(metas)};`;
    },
  };
}
