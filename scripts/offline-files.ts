// The files only the standalone web course has: its service worker (Workbox), web app
// manifest and home-screen icons (scripts/offline.ts). An LMS serves the SCORM packages
// itself, so scorm/package.ts leaves these out of the zips, and the manifest link too.
export const SERVICE_WORKER = 'sw.js';
export const WEB_MANIFEST = 'manifest.webmanifest';
export const ICONS_DIR = 'icons';

const ONLY_STANDALONE = new RegExp(`^(${SERVICE_WORKER.replace('.', '\\.')}|workbox-[\\w-]+\\.js|${WEB_MANIFEST.replace('.', '\\.')}|${ICONS_DIR}/.+)$`);

/** True for a dist/web path (`/`-separated) that belongs to the standalone course only. */
export const standaloneOnly = (path: string): boolean => ONLY_STANDALONE.test(path);

/** index.html as a package holds it: without the links to the manifest and icons it does not ship. */
export const withoutStandaloneLinks = (html: string): string => html.replace(/\s*<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '');
