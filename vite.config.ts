// Vite build: a static site with relative asset paths, so dist/ works from any static host and any sub-path.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Writes the offline template beside the site: the same single-file build and the same assembly as
 * `npm run export:html`, without a dataset. Skipped inside that single-file build itself (it writes nothing).
 */
function offlineTemplate(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let enabled = true;
  return {
    name: 'alliance-atlas-offline-template',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
      enabled = config.build.write && !config.build.ssr;
    },
    async closeBundle() {
      if (!enabled) return;
      const { buildSingleFileApp } = await import('./src/cli/build-app');
      const { assembleTemplate, OFFLINE_TEMPLATE } = await import('./src/embed/single-file');
      writeFileSync(resolve(root, outDir, OFFLINE_TEMPLATE), assembleTemplate(await buildSingleFileApp(root)));
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), offlineTemplate()],
  worker: { format: 'es' },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
