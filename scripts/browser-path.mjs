// Which Chromium the end-to-end tests use: CHROMIUM_PATH, then Debian's, then
// Playwright's own download (where one is installed). Playwright cannot download
// browsers on every machine, so the system package comes first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/**
 * Browser features the tests switch off. Full Chromium's headless mode builds a browser
 * window for every context, and each window starts the address bar's suggestion popup as
 * a web page of its own (chrome://omnibox-popup.top-chrome, two renderers) which nothing
 * here ever shows: switched off, a context with the preview in it costs about a third less
 * (bench: 8 contexts 14.1 s → 9.2 s on the 2-core machine).
 */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * How Playwright (tests and bench) launches Chromium. Playwright passes its own
 * --disable-features and Chromium reads only the last one, so with a system Chromium on a
 * POSIX machine ours go through a launcher that merges the two lists
 * (chromium-merged-features.sh); elsewhere Playwright's own list stands alone.
 */
export function chromiumLaunchOptions() {
  const real = chromiumPath();
  if (!real) return { args: CHROMIUM_ARGS };
  if (process.platform === 'win32') return { executablePath: real, args: CHROMIUM_ARGS };
  return {
    executablePath: fileURLToPath(new URL('./chromium-merged-features.sh', import.meta.url)),
    args: [...CHROMIUM_ARGS, `--disable-features=${DISABLED_FEATURES.join(',')}`],
    env: { ...process.env, CHROMIUM_REAL: real },
  };
}
