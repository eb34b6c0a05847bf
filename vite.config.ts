// Vite build: a static site with relative asset paths, so dist/ works from any static host and any sub-path.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { policyMeta, SITE_POLICY } from './src/embed/csp';

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

/**
 * The site's Content-Security-Policy as a <meta> in the built index.html, right after the charset. Build only:
 * the dev server injects inline scripts for hot reload, which the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'alliance-atlas-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = policyMeta(SITE_POLICY);
      const charset = /<meta\s+charset\b[^>]*>/i.exec(html);
      if (charset === null) throw new Error('index.html has no <meta charset>; the policy goes right after it');
      const end = charset.index + charset[0].length;
      return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
    },
  };
}

/**
 * Preloads the app's mount chunk (src/view/mount.tsx) and the chunks it needs from index.html. main.tsx imports it at
 * once but as a chunk of its own, so that its evaluation is a task apart from the entry's; without the links, a
 * browser would start its download only after the entry had arrived and run. The single-file build has no chunks.
 */
function preloadMountChunk(): Plugin {
  return {
    name: 'alliance-atlas-preload-mount',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle ?? {};
        const mount = Object.values(bundle).find(
          (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith('/src/view/mount.tsx') === true,
        );
        if (mount?.type !== 'chunk') return html;
        // The chunk and every chunk it imports, however deep: a browser finds a deeper one only once the one above
        // it has arrived, a round trip each.
        const needed = new Set<string>();
        const styleFiles = new Set<string>();
        const visit = (file: string): void => {
          const chunk = bundle[file];
          if (needed.has(file) || chunk?.type !== 'chunk') return;
          needed.add(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styleFiles.add(css);
          chunk.imports.forEach(visit);
        };
        visit(mount.fileName);
        const linked = (file: string) => html.includes(`./${file}"`);
        const scripts = [...needed].filter((file) => !linked(file));
        // Their styles as the entry's are: in the head, so the first render never shows the views unstyled.
        const styles = [...styleFiles].filter((file) => !linked(file));
        return [
          ...styles.map((file) => ({ rel: 'stylesheet', file })),
          ...scripts.map((file) => ({ rel: 'modulepreload', file })),
        ].map(({ rel, file }) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), preloadMountChunk(), offlineTemplate()],
  worker: { format: 'es' },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
