// Vite plugin: checks the service profile (service.json at the root, or SERVICE_PROFILE)
// and writes it into the built course as service.json, which the course reads at run
// time and the packages carry; the dev server serves it too. A bad profile stops the
// build with every problem named by field.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { profileJson, type ServiceProfile } from '../src/service/profile';
import { PROFILE_PATH } from '../scorm/zip';
import { learnerLanguages, readProfileFile } from './profile-file';

export function serviceProfile(file = process.env.SERVICE_PROFILE ?? 'service.json'): Plugin {
  let root = process.cwd();
  let profile: ServiceProfile | undefined;
  const read = () => readProfileFile(resolve(root, file), learnerLanguages(root));
  return {
    name: 'service-profile',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      try {
        profile = read();
      } catch (error) {
        this.error((error as Error).message);
      }
      this.addWatchFile(resolve(root, file));
    },
    generateBundle() {
      if (profile) this.emitFile({ type: 'asset', fileName: PROFILE_PATH, source: profileJson(profile) });
    },
    configureServer(server) {
      server.middlewares.use(`/${PROFILE_PATH}`, (_req, res) => {
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(profileJson(read()));
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
    },
  };
}
