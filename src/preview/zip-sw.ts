// The preview's service worker, scoped to /preview/zip/: it answers the course's requests
// from the unpacked zip, which the page put into Cache Storage (package-store.ts).
//
// Why a service worker and not the server: the zip is checked and played entirely in the
// browser, so the preview needs no server state and works from any static web server
// (the package studio's "play what you just downloaded" included), and serve.mjs stays a
// plain, dependency-free file server. Why Cache Storage and not memory: a browser stops
// an idle service worker at will, and its memory goes with it; the cache survives that
// and reloads (Reset attempt, fault switches). Kept free of imports, so it builds to one
// self-contained file.

// Shared with package-store.ts by value: this file must not import anything.
const CACHE_NAME = 'scorm-preview-packages';

interface FetchEventLike extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'install' | 'activate', listener: (event: Event & { waitUntil(p: Promise<unknown>): void }) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
}

const worker = self as unknown as WorkerScope;

// A new build's worker takes over at once: there is no old page state to protect.
worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' && event.request.method !== 'HEAD') return;
  event.respondWith(answer(event.request));
});

async function answer(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  // Query strings (`?lang=cy`) are the course's own; the file is the same.
  const found = await cache.match(request, { ignoreSearch: true });
  if (found) return found;
  const path = new URL(request.url).pathname;
  return new Response(`Not in the package: ${path}\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
