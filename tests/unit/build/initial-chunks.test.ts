// The production build's start-up JavaScript: no cytoscape in the chunks the page loads before anything shows.
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Issue 18's target for the gzip size of the JS index.html loads (bench/bundle.ts measures the same set). */
const INITIAL_GZIP_LIMIT = 300_000;

/** The entry chunk and every chunk it imports statically: what index.html loads as script and modulepreload. */
function initialChunks(chunks: Rollup.OutputChunk[]): Rollup.OutputChunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (entry === undefined) throw new Error('the build has no entry chunk');
  const seen = new Map<string, Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next !== undefined) visit(next);
    }
  };
  visit(entry);
  return [...seen.values()];
}

const fromPackage = (id: string, name: string): boolean => id.replaceAll('\\', '/').includes(`/node_modules/${name}/`);

describe('the start-up chunks of the production build', () => {
  let chunks: Rollup.OutputChunk[] = [];
  let initial: Rollup.OutputChunk[] = [];

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
      chunks = outputs.flatMap((output) =>
        'output' in output ? output.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk') : [],
      );
    } finally {
      process.env.NODE_ENV = testEnv;
    }
    initial = initialChunks(chunks);
  }, 180_000);

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
