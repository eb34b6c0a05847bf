// The production build's start-up JavaScript: no cytoscape in the chunks the page loads before anything shows.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Issue 18's target for the gzip size of the JS index.html loads (bench/bundle.ts measures the same set). */
const INITIAL_GZIP_LIMIT = 300_000;

/** `start` and every chunk it imports statically, however deep. */
function withImports(start: Rollup.OutputChunk, chunks: Rollup.OutputChunk[]): Rollup.OutputChunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Map<string, Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next !== undefined) visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

/** The chunks index.html loads as script or modulepreload (bench/bundle.ts measures the same set). */
const linkedFrom = (html: string, chunks: Rollup.OutputChunk[]): Rollup.OutputChunk[] =>
  chunks.filter((chunk) => html.includes(`"./${chunk.fileName}"`));

const fromPackage = (id: string, name: string): boolean => id.replaceAll('\\', '/').includes(`/node_modules/${name}/`);

describe('the start-up chunks of the production build', () => {
  let chunks: Rollup.OutputChunk[] = [];
  let initial: Rollup.OutputChunk[] = [];
  let html = '';

  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, which would bundle React's development build: measure what users get.
    const testEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const result = await build({
        root: ROOT,
        configFile: resolve(ROOT, 'vite.config.ts'),
        logLevel: 'error',
        mode: 'production',
        build: { write: false },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const items = outputs.flatMap((output) => ('output' in output ? output.output : []));
      chunks = items.filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
      const page = items.find((item) => item.fileName === 'index.html');
      html = page?.type === 'asset' ? String(page.source) : '';
    } finally {
      process.env.NODE_ENV = testEnv;
    }
    initial = linkedFrom(html, chunks);
  }, 180_000);

  it("are the entry, the views' mount chunk and every chunk either imports, all named in index.html", () => {
    const entry = chunks.find((chunk) => chunk.isEntry);
    const mount = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/view/mount.tsx'));
    expect(entry).toBeDefined();
    expect(mount).toBeDefined();
    // main.tsx imports the mount chunk at once: index.html preloads it and everything under it, so no download
    // waits for the one above it to arrive.
    const wanted = [...withImports(entry!, chunks), ...withImports(mount!, chunks)].map((chunk) => chunk.fileName);
    expect(new Set(initial.map((chunk) => chunk.fileName))).toEqual(new Set(wanted));
  });

  it('hold no cytoscape or cytoscape-fcose module: the canvas loads them through import()', () => {
    const found = initial.flatMap((chunk) =>
      chunk.moduleIds.filter((id) => fromPackage(id, 'cytoscape') || fromPackage(id, 'cytoscape-fcose')),
    );
    expect(found).toEqual([]);
    // Cytoscape is still built, in a chunk of its own that the renderer's module imports.
    expect(chunks.some((chunk) => chunk.moduleIds.some((id) => fromPackage(id, 'cytoscape')))).toBe(true);
  });

  it('hold none of the views behind the other tabs (rankings, trajectories, gaps, compare)', () => {
    const lazyViews = [
      'src/view/rankings/RankingsView.tsx',
      'src/view/trajectories/TrajectoriesView.tsx',
      'src/view/gaps/MatrixView.tsx',
      'src/view/gaps/CoverageView.tsx',
      'src/view/gaps/ScorecardView.tsx',
      'src/view/gaps/ComparePanel.tsx',
    ];
    const ids = initial.flatMap((chunk) => chunk.moduleIds.map((id) => id.replaceAll('\\', '/')));
    expect(lazyViews.filter((view) => ids.some((id) => id.endsWith(view)))).toEqual([]);
  });

  it(`weigh at most ${INITIAL_GZIP_LIMIT / 1000} kB of gzip together`, () => {
    const gzip = initial.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(INITIAL_GZIP_LIMIT);
  });
});
