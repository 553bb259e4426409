// The launcher the end-to-end tests start Chromium through merges every --disable-features
// into one (Chromium reads only the last), keeping the other arguments as they were.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe.skipIf(process.platform === 'win32')('chromium-merged-features.sh', () => {
  it("merges Playwright's --disable-features with the tests' own and passes the rest on in order", () => {
    // A stand-in for Chromium that prints each argument it gets on a line of its own.
    const fake = join(mkdtempSync(join(tmpdir(), 'launcher-')), 'chromium');
    writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n', { mode: 0o755 });
    const args = ['--headless', '--disable-features=A,B', 'two words', '--disable-features=C', '--no-first-run'];
    const out = execFileSync('scripts/chromium-merged-features.sh', args, { env: { ...process.env, CHROMIUM_REAL: fake } }).toString();
    expect(out.trim().split('\n')).toEqual(['--disable-features=A,B,C', '--headless', 'two words', '--no-first-run']);
  });
});
