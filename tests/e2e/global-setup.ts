// Builds the app once (vite build into dist/) and serves it under a sub-path, with fixtures, for the browser tests.
import type { Server } from 'node:http';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

/** The app is served here, not at the root, to prove that a build works from any sub-path. */
export const APP_PATH = '/sub/app/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app's address, e.g. http://127.0.0.1:PORT/sub/app/ */
    appUrl: string;
    /** Where tests/fixtures/, tests/e2e/fixtures/, tests/e2e/pages/ and tests/output/ are served: ORIGIN/fixtures/, ORIGIN/e2e-fixtures/, ORIGIN/e2e-pages/, ORIGIN/output/ */
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.E2E_DIST ?? 'dist';
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what users get.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  const { server, origin }: { server: Server; origin: string } = await startStaticServer({
    [APP_PATH]: outDir,
    '/fixtures/': 'tests/fixtures',
    '/e2e-fixtures/': 'tests/e2e/fixtures',
    // Host pages for embedding tests (an <iframe> of the app) and their data.
    '/e2e-pages/': 'tests/e2e/pages',
    // Files a test writes while it runs (generated networks), next to its screenshots.
    '/output/': 'tests/output',
  });
  project.provide('appUrl', origin + APP_PATH);
  project.provide('origin', origin);
  return async () => {
    await new Promise<void>((done) => server.close(() => done()));
  };
}
