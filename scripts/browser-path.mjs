// Which Chromium the end-to-end tests use: CHROMIUM_PATH, then Debian's, then
// Playwright's own download (where one is installed). Playwright cannot download
// browsers on every machine, so the system package comes first.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
