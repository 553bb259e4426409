// Where the preview plays the course from: the build folder (dist/web), or a zip that was
// checked by package.ts, unpacked into Cache Storage and served to the iframe by the
// service worker in zip-sw.ts (why that way is explained there). The zip is named in the
// URL (`?zip=<id>`), so Reset attempt, the fault switches and a reload keep playing it.

import MIME_TYPES from '../../scripts/mime-types.json';
import type { PackageInfo, UnpackedPackage } from './package';
import type { ScormVersion } from '../tracking/discover';

/** The same name as in zip-sw.ts, which cannot import it. */
const CACHE_NAME = 'scorm-preview-packages';
/** Relative to the preview page: the service worker's scope. */
const SCOPE = './zip/';
/** Older unpacked zips are dropped beyond this many, so the browser's storage stays small. */
const KEEP = 5;

export type CourseSource =
  | { readonly kind: 'build'; readonly src: string }
  | { readonly kind: 'zip'; readonly src: string; readonly info: PackageInfo }
  /** A zip was asked for but cannot be played; the page says why instead of a course. */
  | { readonly kind: 'unavailable'; readonly message: string };

/** Relative, so the preview works from any folder the two builds sit side by side in. */
export const BUILD_SRC = '../web/index.html';

/** A zip the server offers (serve.mjs lists dist/*.zip); none on a plain static host. */
export interface ServerPackage {
  readonly name: string;
  readonly bytes: number;
}

const zipParam = (search: string): string | null => {
  const id = new URLSearchParams(search).get('zip');
  return id && /^[0-9a-f]{16}$/.test(id) ? id : null;
};

/** The version the course must be played with: a zip's own, else the page's choice. */
export function versionFor(source: CourseSource, chosen: ScormVersion): ScormVersion {
  return source.kind === 'zip' && source.info.version ? source.info.version : chosen;
}

/** The page for the build folder or a stored zip, keeping the other query settings. */
export function hrefForSource(search: string, zipId: string | null): string {
  const query = new URLSearchParams(search);
  if (zipId) {
    query.set('zip', zipId);
    // The zip's manifest decides the version.
    query.delete('scorm');
  } else {
    query.delete('zip');
  }
  return `?${query.toString()}`;
}

/** What `?zip=` names, ready to play (the service worker running), or the build folder. */
export async function openSource(search: string): Promise<CourseSource> {
  const id = zipParam(search);
  if (!id) return { kind: 'build', src: BUILD_SRC };
  const unavailable = (why: string): CourseSource => ({
    kind: 'unavailable',
    message: `The package cannot be played here: ${why} Choose or drop the zip again.`,
  });
  if (!canServeZips()) return unavailable(NO_SERVICE_WORKER);
  const cache = await caches.open(CACHE_NAME);
  const stored = await cache.match(metaUrl(id));
  if (!stored) return unavailable('this browser no longer holds it.');
  const info = (await stored.json()) as PackageInfo;
  if (!info.launch) return unavailable('it has no launch file.');
  try {
    await startServiceWorker();
  } catch (error) {
    return unavailable(`the browser would not start the service worker that serves it (${String(error)}).`);
  }
  return { kind: 'zip', src: new URL(`${info.id}/${encodePath(info.launch)}`, scopeUrl()).href, info };
}

/** Puts a checked zip where the service worker serves it from, dropping the oldest ones. */
export async function storePackage(pkg: UnpackedPackage): Promise<void> {
  if (!canServeZips()) throw new Error(`The zip is sound, but cannot be played here: ${NO_SERVICE_WORKER}`);
  const cache = await caches.open(CACHE_NAME);
  const base = new URL(`${pkg.info.id}/`, scopeUrl());
  await Promise.all(
    Object.entries(pkg.files).map(([path, bytes]) =>
      cache.put(
        new URL(encodePath(path), base).href,
        new Response(bytes as Uint8Array<ArrayBuffer>, {
          headers: { 'Content-Type': contentType(path), 'X-Content-Type-Options': 'nosniff' },
        }),
      ),
    ),
  );
  await cache.put(metaUrl(pkg.info.id), Response.json({ ...pkg.info, storedAt: Date.now() }));
  await prune(cache, pkg.info.id);
}

/** The zips the server lists, or none when it lists none (a static host, or an old server). */
export async function listServerPackages(): Promise<ServerPackage[]> {
  try {
    const response = await fetch('../packages.json', { cache: 'no-store' });
    if (!response.ok) return [];
    const data = (await response.json()) as { packages?: ServerPackage[] };
    return Array.isArray(data.packages) ? data.packages : [];
  } catch {
    return [];
  }
}

/** A zip the server lists, as bytes. */
export async function fetchServerPackage(name: string): Promise<Uint8Array> {
  const response = await fetch(`../${encodeURIComponent(name)}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`the server answered ${response.status} for ${name}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function startServiceWorker(): Promise<void> {
  const registration = await navigator.serviceWorker.register('./zip-sw.js', { scope: SCOPE });
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker || worker.state === 'activated') return;
  // navigator.serviceWorker.ready would wait for a worker controlling this page, which a
  // worker scoped to zip/ never does; wait for this one instead.
  await new Promise<void>((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('the service worker could not start'));
    });
  });
}

async function prune(cache: Cache, keep: string): Promise<void> {
  const metas = await Promise.all(
    (await cache.keys())
      .filter((request) => /\/zip\/[0-9a-f]{16}\.json$/.test(request.url))
      .map(async (request) => ({ request, meta: (await (await cache.match(request))?.json()) as (PackageInfo & { storedAt: number }) | undefined })),
  );
  const old = metas
    .filter((m) => m.meta && m.meta.id !== keep)
    .sort((a, b) => (b.meta?.storedAt ?? 0) - (a.meta?.storedAt ?? 0))
    .slice(KEEP - 1);
  if (old.length === 0) return;
  const prefixes = old.map((m) => new URL(`${m.meta?.id ?? ''}/`, scopeUrl()).href);
  for (const request of await cache.keys()) {
    if (prefixes.some((prefix) => request.url.startsWith(prefix))) await cache.delete(request);
  }
  for (const m of old) await cache.delete(m.request);
}

const NO_SERVICE_WORKER =
  'this browser does not let the preview serve a zip (it needs a service worker, which browsers allow on localhost and over https://, and not in some private windows).';

const canServeZips = (): boolean => 'serviceWorker' in navigator && typeof caches !== 'undefined';

const scopeUrl = (): URL => new URL(SCOPE, window.location.href);
const metaUrl = (id: string): string => new URL(`${id}.json`, scopeUrl()).href;
const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function contentType(path: string): string {
  const ext = /\.[^./]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
  return (MIME_TYPES as Record<string, string>)[ext] ?? 'application/octet-stream';
}
