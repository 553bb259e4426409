// Serves dist/ on 127.0.0.1 for `npm start`: the course at /web/, the preview LMS at
// /preview/, the built zips at /<name>.zip and their list at /packages.json. No dependencies, so it runs anywhere Node 20 does; not for production use.

import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4173);
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

// One list for this server and the preview's zip player (src/preview/package-store.ts).
const MIME_TYPES = JSON.parse(readFileSync(new URL('./mime-types.json', import.meta.url), 'utf8'));

// Both halves are needed: the preview page frames the course at ../web/index.html.
for (const part of ['web', 'preview']) {
  if (!existsSync(join(DIST, part, 'index.html'))) {
    console.error(`dist/${part}/index.html is missing: run npm run build first.`);
    process.exit(1);
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** The file under dist/ for a URL path, or null if the path tries to leave dist/. */
function resolveInDist(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(DIST, decoded));
  return file === DIST.slice(0, -1) || file.startsWith(DIST) ? file : null;
}

/**
 * The zips in dist/ (the built packages, and any an administrator copies there), for the
 * preview's "Play a package" list. Read afresh on every request: a rebuild shows at once.
 */
const PACKAGES_LIST = '/packages.json';

async function builtPackages() {
  const entries = await readdir(DIST, { withFileTypes: true });
  const zips = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.zip')).map((e) => e.name).sort();
  return Promise.all(zips.map(async (name) => ({ name, bytes: (await stat(join(DIST, name))).size })));
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  if (url.pathname === '/') {
    send(res, 302, 'See /preview/\n', { Location: '/preview/' });
    return;
  }
  if (url.pathname === PACKAGES_LIST) {
    send(res, 200, JSON.stringify({ packages: await builtPackages() }), {
      'Content-Type': 'application/json; charset=utf-8',
    });
    return;
  }
  // Checked on the raw path too: `..` segments are resolved by URL() before we see them,
  // but encoded ones (%2e%2e%2f) only show up after decoding.
  const file = resolveInDist(url.pathname);
  if (!file) {
    send(res, 403, 'Forbidden\n');
    return;
  }
  let target = file;
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    // Without the slash, the page's relative asset paths would resolve one level up.
    if (!url.pathname.endsWith('/')) {
      send(res, 301, 'Moved\n', { Location: `${url.pathname}/${url.search}` });
      return;
    }
    target = join(target, 'index.html');
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile()) {
    send(res, 404, 'Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // Every rebuild must show at once; a stale cached course would mislead a reviewer.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, 'Internal server error\n');
    else res.destroy();
  });
});

server.on('error', (error) => {
  const reason =
    error.code === 'EADDRINUSE' ? `port ${PORT} is already in use (set PORT to pick another)` : error.message;
  console.error(`Could not start the server: ${reason}`);
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  const { port } = server.address();
  console.log(`Course preview: http://${HOST}:${port}/preview/`);
  console.log(`Course on its own (no LMS): http://${HOST}:${port}/web/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
