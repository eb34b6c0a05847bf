// analyzeDataset end to end: the JSON shape of analysis.md, the notes, the sliced run and cancellation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDataset, analyzeDatasetSliced } from '../../../src/analysis/analyze';
import { CancelledError } from '../../../src/analysis/types';
import { emptyFilters } from '../../../src/model/types';
import { gapland } from './gapland';
import { loadFixtures } from './reference-fixtures';

/** The JSON example that docs/analysis.md gives for `analyze --format json`: the contract's keys, in order. */
function documentedShape(): Record<string, unknown> {
  const doc = readFileSync(new URL('../../../docs/analysis.md', import.meta.url), 'utf8');
  const block = /prints one object[\s\S]*?```json\n([\s\S]*?)```/.exec(doc);
  if (block === null) throw new Error('docs/analysis.md has no JSON example of analyze');
  return JSON.parse(block[1] as string) as Record<string, unknown>;
}

describe('analyzeDataset', () => {
  const result = analyzeDataset(gapland(), { filters: emptyFilters(), warnings: 2 });

  it('returns the keys of the JSON example in docs/analysis.md, in its order, for the whole and each record', () => {
    const documented = documentedShape();
    expect(Object.keys(result)).toEqual(Object.keys(documented));
    const first = (key: string): object => (documented[key] as object[])[0] as object;
    expect(Object.keys(result.actors[0]!)).toEqual(Object.keys(first('actors')));
    expect(Object.keys(result.countries[0]!)).toEqual(Object.keys(first('countries')));
    expect(Object.keys(result.dataset)).toEqual(Object.keys(documented.dataset as object));
    expect(Object.keys(result.filters)).toEqual(Object.keys(documented.filters as object));
  });

  it('returns exactly the keys of analysis.md', () => {
    expect(Object.keys(result)).toEqual([
      'dataset',
      'filters',
      'actors',
      'countries',
      'sectors',
      'gaps',
      'isolated',
      'exportLinkGaps',
      'recommendations',
    ]);
    expect(result.dataset).toEqual({ title: 'Gapland', actors: 6, agreements: 4, warnings: 2 });
    expect(result.filters).toEqual({ sectors: [], countries: [], year: null, projection: 'clique' });
    expect(Object.keys(result.actors[0]!)).toEqual([
      'id',
      'label',
      'country',
      'degree',
      'strength',
      'degreeCentrality',
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'constraint',
      'community',
      'crossBorderPartners',
    ]);
    expect(result.gaps.map((gap) => `${gap.sector}:${gap.countries.join('-')}`)).toEqual([
      'cleantech:EE-LV',
      'health:FI-SE',
      'health:LV-SE',
    ]);
    expect(result.exportLinkGaps).toEqual(['fi1', 'ee1', 'se1']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('lists actors only, not agreement nodes, in the hub projection', () => {
    const hub = analyzeDataset(gapland(), { filters: emptyFilters(), projection: 'hub' });
    expect(hub.actors.map((row) => row.id)).toEqual(['fi1', 'fi2', 'ee1', 'lv1', 'lv2', 'se1']);
    expect(hub.filters.projection).toBe('hub');
  });

  it('reports why eigenvector centrality is null', () => {
    const chains = loadFixtures().find((fixture) => fixture.name === 'two-chains')!;
    const out = analyzeDataset(chains.dataset, { filters: emptyFilters() });
    expect(out.actors.every((row) => row.eigenvector === null)).toBe(true);
    expect(out.notes).toHaveLength(1);
    expect(out.notes?.[0]).toMatch(/^eigenvector: .*did not converge in 1000 iterations/);
  });

  it('handles an empty dataset', () => {
    const empty = analyzeDataset(
      { format: 'alliance-graph@1', actors: [], agreements: [] },
      { filters: emptyFilters() },
    );
    expect([empty.actors, empty.countries, empty.gaps, empty.recommendations, empty.notes]).toEqual([
      [],
      [],
      [],
      [],
      undefined,
    ]);
  });

  it('gives the same result in time slices, with rising progress', async () => {
    const karate = loadFixtures().find((fixture) => fixture.name === 'karate')!;
    const seen: number[] = [];
    const sliced = await analyzeDatasetSliced(karate.dataset, {
      filters: emptyFilters(),
      onProgress: (f) => seen.push(f),
    });
    expect(sliced).toEqual(analyzeDataset(karate.dataset, { filters: emptyFilters() }));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('stops with a CancelledError once cancelled', async () => {
    const signal = new AbortController();
    const running = analyzeDatasetSliced(gapland(), { filters: emptyFilters(), signal: signal.signal });
    signal.abort();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
  });

  it('takes precomputed betweenness and closeness, and skips recommendations when asked for 0', () => {
    const karate = loadFixtures().find((fixture) => fixture.name === 'karate')!.dataset;
    const full = analyzeDataset(karate, { filters: emptyFilters() });
    expect(full.recommendations.length).toBeGreaterThan(0);
    // Paths from another source (here: made-up values) land in the rows as given, with no Brandes run.
    const n = full.actors.length;
    const paths = {
      betweenness: Float64Array.from({ length: n }, (_, i) => i / n),
      closeness: Float64Array.from({ length: n }, (_, i) => 1 - i / n),
    };
    const given = analyzeDataset(karate, { filters: emptyFilters(), paths, recommendations: 0 });
    expect(given.recommendations).toEqual([]);
    expect(given.actors.map((row) => row.betweenness)).toEqual([...paths.betweenness]);
    expect(given.actors.map((row) => row.closeness)).toEqual([...paths.closeness]);
    const strip = (r: typeof full) => ({
      ...r,
      recommendations: [],
      actors: r.actors.map((row) => ({ ...row, betweenness: 0, closeness: 0 })),
    });
    expect(strip(given)).toEqual(strip(full));
    // The real paths give back the full result exactly.
    const real = {
      betweenness: Float64Array.from(full.actors, (row) => row.betweenness),
      closeness: Float64Array.from(full.actors, (row) => row.closeness),
    };
    expect(analyzeDataset(karate, { filters: emptyFilters(), paths: real })).toEqual(full);
  });
});
