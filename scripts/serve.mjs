// Serves dist/ on 127.0.0.1 for `npm start`: the course at /web/, the preview LMS at
// /preview/, the built zips at /<name>.zip and their list at /packages.json, and an
// in-memory xAPI LRS for the preview's cmi5 mode at /xapi/ (see lrs.mjs).
// No dependencies, so it runs anywhere Node 20 does; not for production use.

import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLrs } from './lrs.mjs';

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

const lrs = createLrs();
const XAPI = '/xapi/';
/** xAPI documents and statement batches stay small; anything larger is a mistake. */
const MAX_BODY = 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Where the cmi5 AU goes on exit (LaunchData returnURL): the LMS's page, here a plain one. */
const RETURN_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Back in the LMS</title>
<body style="font-family: system-ui, sans-serif; padding: 2rem"><h1>Back in the LMS</h1>
<p>The course has ended its session and returned here (its returnURL). A real LMS would show the course page.</p></body></html>`;

/**
 * The preview LMS's side (no auth: a local tool) under /xapi/lms/, and the LRS itself
 * (Basic auth and the version header on every request) everywhere else under /xapi/.
 */
async function handleXapi(req, res, url) {
  const path = url.pathname.slice(XAPI.length);
  const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await readBody(req);
  const reply = (status, data) => send(res, status, JSON.stringify(data), { 'Content-Type': 'application/json' });
  if (path === 'return') {
    send(res, 200, RETURN_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
    return;
  }
  if (path === 'lms/launch' && req.method === 'POST') {
    reply(200, lrs.launch(JSON.parse(body)));
    return;
  }
  if (path === 'lms/faults' && req.method === 'POST') {
    const { session, ...faults } = JSON.parse(body);
    reply(lrs.setFaults(session, faults) ? 200 : 404, { session });
    return;
  }
  if (path === 'lms/registration' && req.method === 'GET') {
    const registration = url.searchParams.get('registration') ?? '';
    const sessions = [...lrs.sessions.values()].filter((s) => s.registration === registration);
    const documents = Object.fromEntries(
      [...lrs.documents]
        .filter(([key]) => key.startsWith('activities/state|') && key.split('|')[3] === registration)
        .map(([key, doc]) => [key.split('|')[4], JSON.parse(doc)]),
    );
    reply(200, {
      statements: lrs.ofRegistration(registration),
      sessions: sessions.map((s) => ({ id: s.id, fetches: s.fetches, faults: s.faults })),
      documents,
    });
    return;
  }
  const answer = lrs.handle({ method: req.method, path, query: url.searchParams, headers: req.headers, body });
  if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
  if (answer.status === 0) {
    // "Gone": the connection drops, as when the LRS is down.
    res.destroy();
    return;
  }
  res.writeHead(answer.status, {
    'Cache-Control': 'no-store',
    'X-Experience-API-Version': '1.0.3',
    ...answer.headers,
  });
  res.end(answer.body);
}

/**
 * The zips in dist/ (the built packages, and any an administrator copies there), for the
 * preview's "Play a package" list. Read afresh on every request: a rebuild shows at once.
 */
const PACKAGES_LIST = '/packages.json';

async function builtPackages() {
  const entries = await readdir(DIST, { withFileTypes: true });
  const zips = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.zip'))
    .map((e) => e.name)
    .sort();
  return Promise.all(zips.map(async (name) => ({ name, bytes: (await stat(join(DIST, name))).size })));
}

async function handle(req, res) {
  const xapiUrl = new URL(req.url ?? '/', `http://${HOST}`);
  if (xapiUrl.pathname.startsWith(XAPI)) {
    await handleXapi(req, res, xapiUrl);
    return;
  }
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
  const reason = error.code === 'EADDRINUSE' ? `port ${PORT} is already in use (set PORT to pick another)` : error.message;
  console.error(`Could not start the server: ${reason}`);
  process.exit(1);
});

server.listen(PORT, HOST, () => {
  const { port } = server.address();
  console.log(`Local LMS preview (the course in dist/web, in SCORM 1.2 or 2004): http://${HOST}:${port}/preview/`);
  console.log(`The course on its own, with no LMS: http://${HOST}:${port}/web/`);
  console.log(`Package studio (your service's details, then the packages): http://${HOST}:${port}/preview/studio.html`);
  console.log('Press Ctrl+C to stop the server.');
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // An open browser tab keeps its connection alive; Ctrl+C should not wait for it.
    server.closeAllConnections();
  });
}
