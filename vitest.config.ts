// Test projects: fast node/jsdom unit tests, and end-to-end tests in a real Chromium against the built app.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // Unit tests run first and the browser tests after them, alone: those measure main-thread tasks and
          // frames, which a core busy with unit tests would stretch (the 5k test bounds every task at 250 ms).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // tests/scale: the 5,000-actor long-task check (issue 18), also run alone by `npm run test:scale`.
          include: ['tests/e2e/**/*.test.ts', 'tests/scale/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
