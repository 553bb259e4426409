import { defineConfig } from 'vitest/config';
import unit from './vitest.config';

// Tests of what `npm run build` wrote (dist/, the generated pseudo-locale): a stage of
// their own after the build, so the unit tests stand alone on a fresh clone and these
// never judge a stale dist/. The unit set-up, with only these files.
export default defineConfig({ ...unit, test: { ...unit.test, include: ['tests/built/**/*.test.ts'] } });
