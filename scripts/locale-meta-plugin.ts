// Vite plugin: `virtual:locale-meta` gives every locale file's `_meta` (name, direction,
// review status) at build time, so the language picker can list languages without the
// course downloading any of them. Pseudo-locales in development only (locale-files.ts).
import type { Plugin } from 'vite';
import { localeFiles } from './locale-files';

const ID = 'virtual:locale-meta';
const RESOLVED = `\0${ID}`;

export function localeMeta(dir = 'locales'): Plugin {
  let pseudo = true;
  return {
    name: 'locale-meta',
    configResolved(config) {
      pseudo = config.command !== 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const metas = localeFiles(dir, { pseudo }).map(({ code, path, meta }) => {
        this.addWatchFile(path);
        if (!meta) this.error(`${dir}/${code}.json: the "_meta" block (name, dir, status) is missing`);
        return { ...meta, code };
      });
      return `export default ${JSON.stringify(metas)};`;
    },
  };
}
