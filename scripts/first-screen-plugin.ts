// Vite plugin: the start screen is in index.html itself, so a learner on a slow phone sees
// it (and can press Start) as soon as the page arrives, before any script has loaded.
//   - The start screen is rendered at build time (scripts/prerender.ts) in every offered
//     language: the default one inside #app, the others as <template>s.
//   - The entry style sheet is inlined: a separate request would cost a round trip.
//   - A small inline script picks the learner's language when it is known before any
//     script loads (?lang=, or their earlier choice on this device), and loads the course's
//     scripts only after the first paint, so nothing competes with the first screen.
// The app then mounts over the same markup (src/app/boot.ts). The budget test
// (tests/unit/budgets.test.ts) keeps what loads before the first paint small.
import { localeFiles } from './locale-files';
import { resolve } from 'node:path';
import { runnerImport, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { localeMeta } from './locale-meta-plugin';
import type { ComfortTable, FirstScreen } from './prerender';

/** The attribute on the inline script that lists the scripts it loads (entry first). */
export const ENTRY_ATTRIBUTE = 'data-entry';

interface PickerConfig {
  course: string;
  fallback: string;
  /** Every locale file (an exact ?lang= may name one not offered, e.g. the pseudo-locale). */
  all: string[];
  offered: { code: string; dir: string; title: string }[];
  /** The learner's display settings (big text, dark theme…), applied before the first paint. */
  comfort: ComfortTable;
  /** Where the standalone course keeps progress on this device (src/tracking/local.ts). */
  keptProgress: string;
}

/**
 * Runs inline at the end of <body>. Kept small and plain (var, no arrow functions): it
 * is on the critical path. Mirrors matchLocale() in src/i18n/setup.ts (exact, then by language) and the
 * order of preferences in src/main.ts, without the LMS's, which only a script can ask.
 */
/* eslint-disable no-var -- written for the oldest browsers: it runs before any polyfill or check */
function picker(cfg: PickerConfig, script: HTMLScriptElement | null) {
  var doc = document;
  var app = doc.getElementById('app');
  var lower = function (s: string) {
    return s.toLowerCase();
  };
  var match = function (tag: string | null) {
    if (!tag) return null;
    for (var i = 0; i < cfg.all.length; i++) if (lower(cfg.all[i]!) === lower(tag)) return cfg.all[i]!;
    for (var j = 0; j < cfg.offered.length; j++) if (lower(cfg.offered[j]!.code).split('-')[0] === lower(tag).split('-')[0]) return cfg.offered[j]!.code;
    return null;
  };
  var search = location.search;
  var stored = null;
  try {
    stored = localStorage.getItem('course:' + cfg.course + ':lang');
  } catch (e) {
    // storage blocked: the browser's languages decide
  }
  var wanted = [new URLSearchParams(search).get('lang'), stored].concat(navigator.languages ? navigator.languages.slice() : [navigator.language]);
  var code = cfg.fallback;
  for (var k = 0; k < wanted.length; k++) {
    var m = match(wanted[k]!);
    if (m) {
      code = m;
      break;
    }
  }
  // The default language's screen is the one inside #app; the others are templates.
  var ownScreen = app ? app.innerHTML : '';
  var shown = cfg.fallback;
  var show = function (c: string) {
    for (var n = 0; n < cfg.offered.length; n++) {
      var l = cfg.offered[n]!;
      var template = doc.getElementById('first-screen-' + l.code) as HTMLTemplateElement | null;
      if (l.code !== c || !app) continue;
      if (c !== shown) {
        if (template) app.replaceChildren(template.content.cloneNode(true));
        else app.innerHTML = ownScreen;
        shown = c;
      }
      doc.documentElement.lang = l.code;
      doc.documentElement.dir = l.dir;
      doc.title = l.title;
    }
  };
  show(code);
  // The learner's display settings, and the system's dark mode, from the first paint.
  var comfort = cfg.comfort;
  var chosen: Record<string, unknown> = {};
  var apply = function (pairs: [string, string][] | undefined) {
    for (var a = 0; pairs && a < pairs.length; a++) doc.documentElement.setAttribute(pairs[a]![0], pairs[a]![1]);
  };
  try {
    var settings = JSON.parse(localStorage.getItem(comfort.key) || 'null');
    if (settings && settings.v === comfort.version) chosen = settings;
  } catch (e) {
    // unreadable or blocked: the defaults
  }
  for (var q = 0; q < comfort.system.length; q++) {
    var pref = comfort.system[q]!;
    if (!(pref.setting in chosen) && typeof matchMedia === 'function' && matchMedia(pref.query).matches) apply(pref.pairs);
  }
  for (var setting in chosen) {
    var table = comfort.choices[setting];
    apply(table && table[JSON.stringify(chosen[setting])]);
  }
  var framed = true;
  try {
    framed = window.parent !== window || !!window.opener;
  } catch (e) {
    // a cross-origin parent: an LMS frame
  }
  // A learner coming back to the standalone course has progress kept on this device: the
  // course will offer "Continue", so this screen must not offer "Start" meanwhile.
  var returning = false;
  try {
    var kept = JSON.parse(localStorage.getItem(cfg.keptProgress) || 'null');
    var core = kept && kept.cmi && kept.cmi.core;
    returning = !framed && !!((core && core.lesson_location) || (kept && kept.cmi && kept.cmi.suspend_data));
  } catch (e) {
    // unreadable or blocked: a new learner
  }
  var fit = function () {
    // In an LMS the notice that progress stays on this device does not apply.
    var notice = framed && app && app.querySelector('.notice');
    if (notice) notice.remove();
    var actions = returning && app && (app.querySelector('.actions') as HTMLElement | null);
    if (actions) actions.style.visibility = 'hidden';
    // Presenter mode and the notes window are not the start screen (src/app/mode.svelte.ts).
    var present = new URLSearchParams(search).get('present');
    if (present !== null && present !== '0' && present !== 'false' && app) app.replaceChildren();
  };
  fit();
  // A language picked here, before the scripts arrive, is shown at once and kept for the
  // course (src/i18n/locales.ts reads the same key). The listener is on this screen's own
  // select, so it goes when the app replaces the screen.
  var listen = function () {
    var select = app && (app.querySelector('#language-picker') as HTMLSelectElement | null);
    if (!select) return;
    select.addEventListener('change', function () {
      var c = match(select!.value);
      if (!c) return;
      try {
        localStorage.setItem('course:' + cfg.course + ':lang', c);
      } catch (e) {
        // storage blocked: shown for this visit only
      }
      show(c);
      fit();
      listen();
      var again = app && (app.querySelector('#language-picker') as HTMLSelectElement | null);
      if (again) again.focus();
    });
  };
  listen();
  // The scripts, once the first screen has been painted (or soon, where a hidden frame never paints).
  var urls = ((script && script.getAttribute('data-entry')) || '').split(' ');
  var done = false;
  var go = function () {
    if (done) return;
    done = true;
    for (var p = 1; p < urls.length; p++) {
      var link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.href = urls[p]!;
      doc.head.appendChild(link);
    }
    var s = doc.createElement('script');
    s.type = 'module';
    s.src = urls[0]!;
    doc.head.appendChild(s);
  };
  requestAnimationFrame(function () {
    setTimeout(go, 0);
  });
  setTimeout(go, 1000);
}
/* eslint-enable no-var */

export interface FirstScreenOptions {
  /** @defaultValue 'en-GB' */
  fallback?: string;
  /** @defaultValue 'locales' */
  localesDir?: string;
}

export function firstScreen({ fallback = 'en-GB', localesDir = 'locales' }: FirstScreenOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html: string, ctx: IndexHtmlTransformContext) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const { screens, courseId, all, comfort } = await renderAll(root, localesDir, fallback);
        const main = screens.find((s) => s.code === fallback);
        if (!main) throw new Error(`first-screen: no start screen for the default language ${fallback}`);

        // The entry style sheet, inline (its url()s would resolve from assets/; there are none).
        html = html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (!asset || asset.type !== 'asset') return tag;
          const css = String(asset.source);
          if (/url\(/.test(css)) throw new Error(`first-screen: ${file} has url(), which would break inline`);
          return `<style>${css}</style>`;
        });
        // The entry script and its preloads: loaded by the inline script after the first paint.
        const entry = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>\s*/g)];
        const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>\s*/g)];
        if (entry.length !== 1) throw new Error(`first-screen: expected one entry script in index.html, found ${entry.length}`);
        for (const m of [...entry, ...preloads]) html = html.replace(m[0], '');
        const urls = [entry[0]![1], ...preloads.map((m) => m[1])].join(' ');

        const offered = screens.map(({ code, dir, title }) => ({ code, dir, title }));
        const config: PickerConfig = { course: courseId, fallback, all, offered, comfort, keptProgress: `course:${courseId}:local-lms` };
        const templates = screens
          .filter((s) => s !== main)
          .map((s) => `<template id="first-screen-${s.code}">${s.html}</template>`)
          .join('');
        const inline = `<script ${ENTRY_ATTRIBUTE}="${urls}">(${picker.toString()})(${JSON.stringify(config)},document.currentScript)</script>`;
        html = html
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(main.title)}</title>`)
          .replace('</head>', `${templates}</head>`)
          .replace('<div id="app"></div>', `<div id="app">${main.html}</div>${inline}`);
        if (!html.includes(inline)) throw new Error('first-screen: <div id="app"></div> is missing from index.html');
        return html;
      },
    },
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function renderAll(root: string, localesDir: string, fallback: string) {
  const { module } = await runnerImport<typeof import('./prerender')>(resolve(root, 'scripts/prerender.ts'), {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte({ emitCss: false }), localeMeta(localesDir)],
  });
  // The languages the build ships (scripts/locale-files.ts): never the pseudo-locale.
  const all = localeFiles(resolve(root, localesDir), { pseudo: false }).map((f) => f.code);
  const offeredCodes = all;
  // One at a time: svelte-i18n's locale is global.
  const screens: FirstScreen[] = [];
  for (const code of [fallback, ...offeredCodes.filter((c) => c !== fallback)]) screens.push(await module.renderFirstScreen(code));
  return { screens, courseId: module.courseId, all, comfort: module.comfortTable() };
}
