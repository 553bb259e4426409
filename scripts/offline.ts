// The standalone web course offline and installable (vite-plugin-pwa with Workbox): a
// service worker pre-caches every file of dist/web (each module, every language's
// strings, the style sheets with their print rules), and a web app manifest with icons
// lets a patient add the course to their home screen. Updates wait for the learner
// (registerType 'prompt'; src/offline/offline.ts asks). Not in the SCORM packages
// (scripts/offline-files.ts).
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { ICONS_DIR, SERVICE_WORKER, WEB_MANIFEST } from './offline-files';

/** The manifest's name and description, from the source language's course text. */
function courseText(locale: string) {
  const messages = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as { _meta?: { dir?: string }; course: { title: string; description: string } };
  return { ...messages.course, dir: messages._meta?.dir ?? 'ltr' };
}

export function offline(locale = 'en-GB'): PluginOption {
  const text = courseText(locale);
  return VitePWA({
    registerType: 'prompt',
    // Registered by the course itself, only when it runs without an LMS.
    injectRegister: false,
    filename: SERVICE_WORKER,
    manifestFilename: WEB_MANIFEST,
    includeManifestIcons: true,
    manifest: {
      name: text.title,
      short_name: text.title,
      description: text.description,
      lang: locale,
      dir: text.dir as 'ltr' | 'rtl',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#005eb8',
      icons: [
        { src: `${ICONS_DIR}/icon-192.png`, sizes: '192x192', type: 'image/png' },
        { src: `${ICONS_DIR}/icon-512.png`, sizes: '512x512', type: 'image/png' },
        { src: `${ICONS_DIR}/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json}'],
      // Any address of the course (?lang=cy, ?present=1) opens it offline.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
