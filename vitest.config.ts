import { defineConfig } from 'vitest/config';

// Unit tests only; browser tests live in tests/e2e (Playwright).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'modules/**/*.test.ts', 'scorm/**/*.test.ts'],
    environment: 'node',
  },
});
