// `npm run bench`: how heavy and how fast the built course is, in figures (not pass or
// fail; tests/unit/budgets.test.ts enforces the budgets). Builds if the sources are newer
// than dist/, serves dist/ with scripts/serve.mjs on a free port, drives headless
// Chromium, prints a table and writes JSON under bench/results/.
//
//   npm run bench                  7 runs of each timing (the medians are reported)
//   npm run bench -- --runs 3      fewer runs, for a quick look
//   npm run bench -- --build       rebuild first even if dist/ looks current
//
// Times are measured inside the page (performance.now(), up to the next paint after the
// DOM shows the result), so Playwright's own round trips are not in them. "Slow" is 4x
// CPU throttling plus DevTools' "Fast 3G" (562.5 ms latency, 180 kB/s down). serve.mjs
// sends files uncompressed, so the slow times are pessimistic for a server that gzips.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { analyseBuild, gzipSize, kb, repoRoot, sourceLocales } from './first-screen.mjs';
import { chromiumLaunchOptions } from '../scripts/browser-path.mjs';

const ROOT = repoRoot();
const DIST = join(ROOT, 'dist');
const WEB = join(DIST, 'web');
const RESULTS = join(ROOT, 'bench', 'results');
const REFERENCE = join(ROOT, 'bench', 'reference', 'index.html');
const LMS_FRAME = join(ROOT, 'bench', 'reference', 'lms-frame.html');
const DEFAULT_LOCALE = 'en-GB';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
};
const RUNS = Math.max(1, option('runs', 7));

const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const PROFILES = {
  fast: { label: 'unthrottled', cpu: 1, network: null },
  slow: { label: '4x CPU + Fast 3G', cpu: 4, network: FAST_3G },
};

const started = performance.now();
const log = (text) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

// ---------------------------------------------------------------------------- build
const SOURCES = [
  'src',
  'modules',
  'locales',
  'scorm',
  'scripts',
  'index.html',
  'vite.config.ts',
  'vite.preview.config.ts',
  'svelte.config.js',
  'package-lock.json',
];

function newestSource() {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const s of SOURCES) visit(join(ROOT, s));
  return newest;
}

function builtAt() {
  const files = [join(WEB, 'index.html'), join(DIST, 'preview', 'index.html')];
  return files.every(existsSync) ? Math.min(...files.map((f) => statSync(f).mtimeMs)) : 0;
}

async function ensureBuild() {
  const record = join(RESULTS, 'build-time.json');
  if (!flag('build') && builtAt() > newestSource()) {
    const last = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : null;
    log('dist/ is newer than the sources: not rebuilding');
    return { ms: last?.ms ?? null, fresh: false };
  }
  log('building (node scripts/build.mjs)…');
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build failed (exit ${code})`))));
  });
  const ms = performance.now() - t0;
  writeFileSync(record, JSON.stringify({ ms, at: new Date().toISOString() }));
  return { ms, fresh: true };
}

// ---------------------------------------------------------------------------- servers
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function serveDist() {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('http://') && resolve());
    child.on('exit', (code) => reject(new Error(`scripts/serve.mjs stopped (exit ${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/** The reference page, with the same headers serve.mjs sends (no cache, no compression). */
async function serveReference() {
  const body = readFileSync(REFERENCE);
  const server = createServer((req, res) => {
    if (req.url === '/reference/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
      res.end(body);
    } else {
      res.writeHead(404, { 'Cache-Control': 'no-store' });
      res.end();
    }
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/reference/`, stop: () => server.close() };
}

/**
 * The smallest LMS page (bench/reference/lms-frame.html) at /lms/, and the built course
 * behind it on the same origin (passed through from serve.mjs), so the course finds the API.
 */
async function serveLmsFrame(distUrl) {
  const page = readFileSync(LMS_FRAME);
  const server = createServer(async (req, res) => {
    if (req.url === '/lms/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length, 'Cache-Control': 'no-store' });
      res.end(page);
      return;
    }
    const answer = await fetch(`${distUrl}${req.url}`);
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, {
      'Content-Type': answer.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/lms/`, stop: () => server.close() };
}

// ---------------------------------------------------------------------------- in-page kit
// Runs in every frame before its own scripts. It notes when the start screen is
// usable (its start button is in the DOM and painted) and offers timed actions.
function kit() {
  const q = (s) => document.querySelector(s);
  const text = (s) => q(s)?.textContent ?? null;
  const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const START = 'main .actions .button';
  const state = { ready: null };
  const watch = () => {
    if (state.seen || !q(START)) return;
    state.seen = true;
    void nextPaint().then(() => (state.ready = performance.now()));
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', watch);

  const sig = () =>
    [
      location.hash,
      text('main h1'),
      text('main legend'),
      !!q('main .feedback .box'),
      !!q('main .result'),
      [...document.querySelectorAll('main li.module')].map((l) => l.dataset.status).join(','),
    ].join('|');

  /** Clicks `click`, waits until `until` holds ('h1' or 'legend': its text changed; else a selector), then the next paint. */
  async function act(click, until, timeout = 60000) {
    const before = { h1: text('main h1'), legend: text('main legend') };
    const done = () =>
      until === 'h1' ? !!q('main h1') && text('main h1') !== before.h1 : until === 'legend' ? text('main legend') !== before.legend : !!q(until);
    const el = q(click);
    if (!el) throw new Error(`nothing matches ${click}`);
    const t0 = performance.now();
    el.click();
    await new Promise((resolve, reject) => {
      if (done()) return resolve();
      const mo = new MutationObserver(() => {
        if (!done()) return;
        mo.disconnect();
        clearTimeout(timer);
        resolve();
      });
      mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        mo.disconnect();
        reject(new Error(`timed out waiting for ${until} after clicking ${click}`));
      }, timeout);
    });
    await nextPaint();
    return performance.now() - t0;
  }

  /** Ticks the right answer to the question on screen (or the first option when unknown). */
  function choose(answers) {
    const inputs = [...document.querySelectorAll('main .quiz form input')];
    if (!inputs.length) return false;
    // Question ids are unique within a module (or the final check), named by the address.
    const known = answers?.[`${location.hash.split('/')[1]}/${inputs[0].name.split('-')[1]}`];
    const groups = new Map();
    for (const input of inputs) groups.set(input.name, [...(groups.get(input.name) ?? []), input]);
    for (const [name, group] of groups) {
      const item = name.split('-')[2];
      const wanted = !known ? [group[0].value] : item ? [known.items[item]] : known.correct;
      // A box may show ticked from the question before (the DOM is reused) while the
      // quiz holds no answer: untick it first, so each click is one the quiz hears.
      for (const input of group) {
        const want = wanted.includes(input.value);
        if (input.type === 'checkbox') {
          if (input.checked) input.click();
          if (want) input.click();
        } else if (want) {
          if (input.checked) group.find((other) => other !== input)?.click();
          input.click();
        }
      }
    }
    return true;
  }

  /** One step of a full run through the course, as a learner would take it. */
  function step(answers) {
    const click = (s, action) => {
      q(s).click();
      return action;
    };
    if (q('main .quiz form')) {
      if (q('main .feedback .box')) return click('main .quiz form button[type=submit]', 'next question');
      choose(answers);
      return click('main .quiz form button[type=submit]', 'answer');
    }
    if (q('main .quiz .result') && !q('main nav.pager')) return 'done';
    if (q('main nav.pager .button:last-child')) return click('main nav.pager .button:last-child', 'page');
    if (q('main ol.modules')) {
      const todo = [...document.querySelectorAll('main li.module:not(.final)')].find((l) => l.dataset.status !== 'done');
      if (todo) return click(`main li.module[data-status="${todo.dataset.status}"]:not(.final) a.button`, 'page');
      const final = q('main li.module.final');
      if (final && final.dataset.status !== 'passed' && q('main li.module.final a.button')) return click('main li.module.final a.button', 'page');
      return 'done';
    }
    if (q('main > button.button')) return click('main > button.button', 'start assessment');
    if (q(START)) return click(START, 'page');
    return 'stuck';
  }

  window.__bench = { state, act, choose, step, sig };
}

// ---------------------------------------------------------------------------- helpers
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function openContext(browser, profile, { clock = false } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(kit);
  if (clock) await context.clock.install();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  return { context, page };
}

/** The frame that shows the course (the preview's iframe) or the page itself. */
async function courseFrame(page, inFrame) {
  if (!inFrame) return page.mainFrame();
  for (let i = 0; i < 600; i++) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/web/'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the course frame never appeared');
}

const waitReady = (frame) => frame.waitForFunction(() => window.__bench?.state.ready != null, null, { timeout: 120_000, polling: 20 });

/** Bytes and requests the frame had received when its start screen became usable. */
const snapshot = (frame) =>
  frame.evaluate(() => {
    const ready = window.__bench.state.ready;
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance
      .getEntriesByType('resource')
      .filter((e) => e.responseEnd <= ready && !e.name.startsWith('data:'))
      .map((e) => ({ url: e.name, raw: e.decodedBodySize }));
    return {
      ready,
      sinceTop: performance.timeOrigin + ready - window.top.performance.timeOrigin,
      files: [{ url: nav.name, raw: nav.decodedBodySize }, ...resources],
    };
  });

/** The local file behind a URL we served, for its gzip size. */
function fileFor(url) {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/reference/')) return REFERENCE;
  if (pathname === '/lms/') return LMS_FRAME;
  const path = join(DIST, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
  return existsSync(path) ? path : null;
}

function weigh(files) {
  const rows = files.map((f) => {
    const path = fileFor(f.url);
    return { url: new URL(f.url).pathname, raw: f.raw, gz: path ? gzipSize(readFileSync(path)) : null };
  });
  return { requests: rows.length, raw: rows.reduce((n, r) => n + r.raw, 0), gz: rows.reduce((n, r) => n + (r.gz ?? 0), 0), files: rows };
}

// ---------------------------------------------------------------------------- measurements
const SCENARIOS = (dist, ref, lms) => [
  { name: 'scorm', label: 'SCORM (preview LMS, 1.2)', url: `${dist}/preview/?scorm=1.2`, inFrame: true, course: true },
  { name: 'lms', label: 'SCORM (bare LMS page, 1.2)', url: lms, inFrame: true, course: true },
  { name: 'web', label: 'standalone /web/', url: `${dist}/web/`, inFrame: false, course: true },
  { name: 'reference', label: 'reference page', url: ref, inFrame: false, course: false },
];

async function measureLoad(browser, scenario, profile) {
  const { context, page } = await openContext(browser, profile);
  try {
    await page.goto(scenario.url, { waitUntil: 'commit' });
    const frame = await courseFrame(page, scenario.inFrame);
    await waitReady(frame);
    const snap = await snapshot(frame);
    let toFirstPage = null;
    if (scenario.course) toFirstPage = await frame.evaluate(() => window.__bench.act('main .actions .button', 'main article.page h1'));
    return { ready: snap.ready, sinceTop: snap.sinceTop, toFirstPage, weight: weigh(snap.files) };
  } finally {
    await context.close();
  }
}

/** Page changes and answer checks in the first module, standalone, 4x CPU. */
async function measureInteractions(browser, base) {
  const { context, page } = await openContext(browser, { cpu: 4, network: null });
  const pageChanges = [];
  const checks = [];
  try {
    await page.goto(`${base}/web/`);
    const frame = page.mainFrame();
    await waitReady(frame);
    await frame.evaluate(() => window.__bench.act('main .actions .button', 'main article.page h1'));
    for (let i = 0; i < 30; i++) {
      if (await frame.$('main .quiz form')) break;
      pageChanges.push(await frame.evaluate(() => window.__bench.act('main nav.pager .button:last-child', 'h1')));
    }
    for (let i = 0; i < 30 && (await frame.$('main .quiz form')); i++) {
      await frame.evaluate(() => window.__bench.choose(null));
      checks.push(await frame.evaluate(() => window.__bench.act('main .quiz form button[type=submit]', 'main .feedback .box')));
      await frame.evaluate(() => window.__bench.act('main .quiz form button[type=submit]', 'legend'));
    }
  } finally {
    await context.close();
  }
  return { pageChanges, checks };
}

/** The right answers, from the course data itself (loaded through Vite, as the build checks it). */
async function loadAnswers() {
  const [{ runnerImport }, { svelte }] = await Promise.all([import('vite'), import('@sveltejs/vite-plugin-svelte')]);
  const { module } = await runnerImport(join(ROOT, 'scripts/load-course.ts'), {
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte({ emitCss: false })],
  });
  const answers = {};
  const add = (scope) => (q) => {
    answers[`${scope}/${q.id}`] = q.type === 'sort' ? { items: Object.fromEntries(q.items.map((i) => [i.id, i.category])) } : { correct: q.correct };
  };
  for (const m of Object.values(module.modules)) {
    if (m instanceof Error) continue;
    for (const p of m.pages) if (p.kind === 'quiz') p.questions.forEach(add(m.id));
  }
  if (module.bank && !(module.bank instanceof Error)) Object.values(module.bank).flat().forEach(add('assessment'));
  return answers;
}

const COMMIT = /^(LMS)?Commit$/;

/** A learner's whole run in the preview LMS: every module, then the final check, then close. */
async function fullRun(browser, base, version, answers) {
  const { context, page } = await openContext(browser, PROFILES.fast);
  const counts = { page: 0, answer: 0, 'next question': 0, 'start assessment': 0 };
  let outcome = 'done';
  try {
    await page.goto(`${base}/preview/?scorm=${version}`);
    const frame = await courseFrame(page, true);
    await waitReady(frame);
    for (let i = 0; i < 400; i++) {
      const before = await frame.evaluate(() => window.__bench.sig());
      const action = await frame.evaluate((a) => window.__bench.step(a), answers);
      if (action === 'done' || action === 'stuck') {
        outcome = action === 'stuck' ? `stuck at ${before}` : 'done';
        break;
      }
      counts[action] += 1;
      const changed = await frame
        .waitForFunction((b) => window.__bench.sig() !== b, before, { timeout: 30_000, polling: 20 })
        .then(
          () => true,
          () => false,
        );
      // Settled: the same screen for two polls in a row (a route can pass through a
      // moment with the address changed and the view not yet replaced).
      for (let last = null, j = 0; j < 50; j++) {
        const now = await frame.evaluate(() => window.__bench.sig());
        if (now === last) break;
        last = now;
        await page.waitForTimeout(60);
      }
      if (!changed) {
        const shown = await frame.evaluate(() => [...document.querySelectorAll('main .quiz input')].map((i) => `${i.name}=${i.value}:${i.checked}`).join(' '));
        outcome = `nothing changed after "${action}" at ${before}`;
        if (process.env.BENCH_DEBUG) console.error(outcome, shown);
        break;
      }
    }
    const live = await page.evaluate(() => window.__preview.calls.length);
    // Closing the course ends the session (Terminate on pagehide); the preview keeps that load's log.
    await page.reload();
    await courseFrame(page, true);
    const calls = await page.evaluate(() => {
      const logs = window.__preview.earlierLogs();
      return logs[logs.length - 1]?.calls ?? [];
    });
    const byMethod = {};
    for (const c of calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
    const suspend = calls.filter((c) => /^(LMS)?SetValue$/.test(c.method) && c.args[0] === 'cmi.suspend_data').map((c) => c.args[1]?.length ?? 0);
    const commits = calls.filter((c) => COMMIT.test(c.method)).length;
    const status = await page.evaluate((v) => {
      const d = window.__preview.cmi();
      return v === '1.2' ? d['cmi.core.lesson_status'] : `${d['cmi.completion_status']}/${d['cmi.success_status']}`;
    }, version);
    return {
      version,
      outcome,
      status,
      pageChanges: counts.page,
      answers: counts.answer,
      otherActions: counts['next question'] + counts['start assessment'],
      apiCalls: calls.length || live,
      commits,
      byMethod,
      longestSuspendData: Math.max(0, ...suspend),
      errors: calls.filter((c) => c.error !== '0').length,
    };
  } finally {
    await context.close();
  }
}

/** Commits while the learner does nothing for ten (fake-clock) minutes. */
async function idleCommits(browser, base) {
  const { context, page } = await openContext(browser, PROFILES.fast, { clock: true });
  try {
    await page.goto(`${base}/preview/?scorm=2004`);
    const frame = await courseFrame(page, true);
    await waitReady(frame);
    await frame.evaluate(() => window.__bench.act('main .actions .button', 'main article.page h1'));
    await page.waitForTimeout(500);
    const count = () => page.evaluate(() => window.__preview.calls.filter((c) => /Commit$/.test(c.method)).length);
    const before = await count();
    await page.clock.runFor(10 * 60_000);
    return (await count()) - before;
  } finally {
    await context.close();
  }
}

function zipFigures() {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(DIST, name));
      const entries = Object.keys(unzipSync(bytes)).filter((n) => !n.endsWith('/'));
      const schemas = entries.filter((n) => /\.(xsd|dtd)$/.test(n));
      return { name, bytes: bytes.length, files: entries.length - schemas.length, schemas: schemas.length };
    });
}

// ---------------------------------------------------------------------------- report
const ms = (x) => (x == null ? '—' : `${Math.round(x)} ms`);
const pad = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
};

function printReport(r) {
  const out = [];
  const fs = r.static.firstScreen[DEFAULT_LOCALE];
  out.push('\nBytes (from the files; gzip at zlib level 6)');
  out.push(
    pad([
      ['', 'raw', 'gzip', 'files'],
      ...(r.static.beforePaint
        ? [
            [
              'before the first paint (index.html)',
              `${kb(r.static.beforePaint.raw)} KB`,
              `${kb(r.static.beforePaint.gz)} KB`,
              r.static.beforePaint.files.length,
            ],
          ]
        : []),
      [`first screen, SCORM (${DEFAULT_LOCALE})`, `${kb(fs.raw)} KB`, `${kb(fs.gz)} KB`, fs.files.length],
      ...Object.entries(r.static.firstScreen)
        .filter(([c]) => c !== DEFAULT_LOCALE)
        .map(([c, b]) => [`first screen, SCORM (${c})`, `${kb(b.raw)} KB`, `${kb(b.gz)} KB`, b.files.length]),
      ...(r.static.standaloneLms
        ? [['+ in-page LMS (standalone)', `${kb(r.static.standaloneLms.raw)} KB`, `${kb(r.static.standaloneLms.gz)} KB`, r.static.standaloneLms.files.length]]
        : []),
      ['largest module chunk (JS+CSS)', ...largest(r.static.modules)],
      ['largest locale chunk', ...largest(r.static.localeParts)],
      ['whole course (dist/web)', `${kb(r.static.all.raw)} KB`, `${kb(r.static.all.gz)} KB`, r.static.all.files.length],
      ...r.zips.map((z) => [z.name, `${kb(z.bytes)} KB`, '', `${z.files} + ${z.schemas} schemas`]),
    ]),
  );

  out.push(`\nFirst screen in Chromium (median of ${r.runs}; bytes as received before the start screen was usable)`);
  const rows = [['', 'profile', 'requests', 'raw', 'gzip', 'to start screen', 'start → 1st page']];
  for (const s of r.loads) {
    for (const [key, p] of Object.entries(PROFILES)) {
      const m = s[key];
      rows.push([s.label, p.label, m.requests, `${kb(m.raw)} KB`, `${kb(m.gz)} KB`, ms(m.ready), s.course ? ms(m.toFirstPage) : '']);
    }
  }
  out.push(pad(rows));
  const ref = r.loads.find((s) => s.name === 'reference');
  for (const s of r.loads.filter((x) => x.course)) {
    out.push(
      `  ${s.label} vs reference: ${(s.fast.gz / ref.fast.gz).toFixed(1)}x the gzip bytes, ` +
        `${(s.fast.ready / ref.fast.ready).toFixed(2)}x the time unthrottled, ${(s.slow.ready / ref.slow.ready).toFixed(2)}x slow ` +
        `(targets: 1.5x each, and at most 30 KB gzip: ${kb(s.fast.gz)} / ${kb(s.slow.gz)} KB)`,
    );
  }
  const scorm = r.loads.find((s) => s.name === 'scorm');
  if (scorm)
    out.push(`  (SCORM times run from the course frame's navigation; from the LMS page's own: ${ms(scorm.fast.sinceTop)} / ${ms(scorm.slow.sinceTop)})`);
  out.push(
    "  (The bare LMS page is an API and a frame, as an LMS's player shows a SCO: the course's own time in an LMS launch. The preview LMS's own page runs on the frame's thread and adds its own.)",
  );

  out.push('\nInteraction (standalone, 4x CPU, median)');
  out.push(
    pad([
      ['', 'median', 'samples'],
      ['page change', ms(r.interaction.pageChange), r.interaction.samples.pageChanges.length],
      ['check answer', ms(r.interaction.checkAnswer), r.interaction.samples.checks.length],
    ]),
  );

  out.push('\nLMS traffic for a full run (preview LMS)');
  out.push(
    pad([
      ['SCORM', 'result', 'page changes', 'answers', 'API calls', 'commits', 'commit budget', 'longest suspend data'],
      ...r.traffic.map((t) => [
        t.version,
        t.outcome === 'done' ? t.status : t.outcome,
        t.pageChanges,
        t.answers,
        t.apiCalls,
        t.commits,
        `≤ ${t.pageChanges + t.answers + t.otherActions + 1}`,
        `${t.longestSuspendData} chars`,
      ]),
    ]),
  );
  out.push(`  commits during 10 idle minutes: ${r.idleCommits}  (budget: at most 10, one a minute)`);
  out.push(
    `\nBuild: ${r.build.ms == null ? '— (run with --build to time it)' : `${(r.build.ms / 1000).toFixed(1)} s${r.build.fresh ? '' : ' (last timed build)'}`}`,
  );
  out.push(`Bench: ${((performance.now() - started) / 1000).toFixed(0)} s; JSON: ${r.file}`);
  console.log(out.join('\n'));
}

function largest(items) {
  const top = [...items].sort((a, b) => b.gz - a.gz)[0];
  return top ? [`${kb(top.raw)} KB`, `${kb(top.gz)} KB`, top.files.length] : ['—', '—', 0];
}

// ---------------------------------------------------------------------------- main
async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const build = await ensureBuild();
  const locales = sourceLocales(join(ROOT, 'locales'));
  const staticFigures = analyseBuild(WEB, { locales, defaultLocale: DEFAULT_LOCALE });
  const zips = zipFigures();

  const [dist, ref, answers] = await Promise.all([serveDist(), serveReference(), loadAnswers()]);
  const lms = await serveLmsFrame(dist.url);
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const scenarios = SCENARIOS(dist.url, ref.url, lms.url);
    const samples = Object.fromEntries(scenarios.map((s) => [s.name, { fast: [], slow: [] }]));
    for (const [key, profile] of Object.entries(PROFILES)) {
      log(`first screen, ${profile.label}: ${RUNS} runs × ${scenarios.length} pages`);
      // A warm-up load, so the first measured run does not pay for starting the renderer.
      await measureLoad(browser, scenarios[1], PROFILES.fast);
      for (let run = 0; run < RUNS; run++) {
        for (const s of scenarios) samples[s.name][key].push(await measureLoad(browser, s, profile));
      }
    }
    const loads = scenarios.map((s) => {
      const summary = (list) => {
        // Bytes from the median-time run; what loads does not change from run to run.
        const mid = [...list].sort((a, b) => a.ready - b.ready)[Math.floor(list.length / 2)];
        return {
          ready: median(list.map((x) => x.ready)),
          sinceTop: median(list.map((x) => x.sinceTop)),
          toFirstPage: median(list.map((x) => x.toFirstPage)),
          requests: mid.weight.requests,
          raw: mid.weight.raw,
          gz: mid.weight.gz,
          files: mid.weight.files,
          samples: list.map((x) => ({ ready: x.ready, toFirstPage: x.toFirstPage })),
        };
      };
      return { name: s.name, label: s.label, course: s.course, fast: summary(samples[s.name].fast), slow: summary(samples[s.name].slow) };
    });

    log(`interaction timings, 4x CPU: ${RUNS} runs`);
    const inter = { pageChanges: [], checks: [] };
    for (let run = 0; run < RUNS; run++) {
      const r = await measureInteractions(browser, dist.url);
      inter.pageChanges.push(...r.pageChanges);
      inter.checks.push(...r.checks);
    }

    log('full runs in SCORM 1.2 and 2004');
    const traffic = [];
    for (const version of ['1.2', '2004']) traffic.push(await fullRun(browser, dist.url, version, answers));
    log('idle commits (fake clock)');
    const idle = await idleCommits(browser, dist.url);

    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join('bench', 'results', `bench-${stamp}.json`);
    const report = {
      at: new Date().toISOString(),
      runs: RUNS,
      chromium: browser.version(),
      build,
      static: {
        beforePaint: staticFigures.beforePaint,
        firstScreen: staticFigures.firstScreen,
        standaloneLms: staticFigures.standaloneLms,
        modules: staticFigures.modules,
        localeParts: staticFigures.localeParts,
        all: staticFigures.all,
      },
      zips,
      loads,
      interaction: { pageChange: median(inter.pageChanges), checkAnswer: median(inter.checks), samples: inter },
      traffic,
      idleCommits: idle,
      file,
    };
    writeFileSync(join(ROOT, file), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    printReport(report);
  } finally {
    await browser.close();
    dist.stop();
    ref.stop();
    lms.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
