// Builds the app with Vite for the single-file export: no code splitting, every asset inlined, nothing written to disk.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { build } from 'vite';
import type { BuiltApp } from '../embed/single-file';

/** The project root: two folders above this file (src/cli/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Runs `vite build` on the project's own config with the single-file settings; nothing is written to disk.
 * Workers (`new Worker(new URL('./w.ts', import.meta.url))`) still come out as files of their own, one
 * bundle each; assembleSingleFile turns them into data: URLs.
 */
export async function buildSingleFileApp(root = PROJECT_ROOT): Promise<BuiltApp> {
  const result = await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'error',
    build: {
      write: false,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
    worker: { format: 'es', rolldownOptions: { output: { codeSplitting: false } } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const files = new Map<string, string>();
  let html: string | null = null;
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) {
      const text =
        item.type === 'chunk'
          ? item.code
          : typeof item.source === 'string'
            ? item.source
            : new TextDecoder().decode(item.source);
      if (item.fileName === 'index.html') html = text;
      else files.set(item.fileName, text);
    }
  }
  if (html === null) throw new Error('vite build produced no index.html; is index.html missing from the project root?');
  return { html, files };
}
