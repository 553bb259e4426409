// Before the end-to-end tests: make sure a Chromium is there. As root with apt, install
// Debian's package; otherwise stop with a message saying how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

function playwrightsOwn() {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

if (chromiumPath() || playwrightsOwn()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian’s chromium package (one time)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (chromiumPath()) process.exit(0);
}
console.error(
  [
    'The end-to-end tests need Chromium, and none was found.',
    'Install one of these, then run the tests again:',
    '  - Debian/Ubuntu: sudo apt-get install chromium',
    '  - or set CHROMIUM_PATH=/path/to/chrome',
    '  - or, where downloads are allowed: npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
