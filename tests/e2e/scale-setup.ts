// The set-up both 5,000-actor browser tests share: the generated network written beside the built app, one server, one Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { generateDataset } from '../../src/model/generate';
import type { Dataset } from '../../src/model/types';
import { launchChromium } from './browser';
import { startStaticServer } from './static-server';

const OUTPUT = 'tests/output';

export interface ScaleSetup {
  browser: Browser;
  dataset: Dataset;
  /** The app's address with `?data=` set to the written network. */
  appUrl: string;
  close(): Promise<void>;
}

/**
 * Writes 5,000 actors and 50,000 agreements (seed 1) to tests/output/`file`, serves the built app (dist/, or
 * $E2E_DIST, which the e2e global setup builds) with tests/output on one origin, and launches Chromium.
 */
export async function startScaleSetup(file: string): Promise<ScaleSetup> {
  mkdirSync(OUTPUT, { recursive: true });
  const dataset = generateDataset({ actors: 5000, agreements: 50000, seed: 1 });
  writeFileSync(`${OUTPUT}/${file}`, JSON.stringify(dataset));
  const { server, origin } = await startStaticServer({ '/app/': process.env.E2E_DIST ?? 'dist', '/out/': OUTPUT });
  const browser = await launchChromium();
  return {
    browser,
    dataset,
    appUrl: `${origin}/app/?data=/out/${file}`,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => (server as Server).close(() => done()));
    },
  };
}
