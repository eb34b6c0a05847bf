// Trajectories against NetworkX: each year's per-actor metrics equal the reference within 1e-9, and equal analyze --year.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { rangeProblem, trajectories, TRAJECTORY_MAX_YEARS } from '../../../src/analysis/trajectories';
import { CancelledError, type ActorMetrics } from '../../../src/analysis/types';
import { emptyFilters, type Dataset, type Filters, type Projection } from '../../../src/model/types';
import { parseDatasetText } from '../../../src/model/validate';
import type { ExpectedActor } from './reference-fixtures';

interface TrajectoryFixture {
  name: string;
  source?: string;
  dataset?: Dataset;
  cases: Array<{
    filters: Filters;
    projection: Projection;
    years: Array<{ year: number; passingAgreements: number; actors: Array<ExpectedActor & { id: string }> }>;
  }>;
}

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, root)), 'utf8');
const fixture = (name: string): TrajectoryFixture =>
  JSON.parse(read(`tests/fixtures/reference/trajectories/${name}.json`)) as TrajectoryFixture;

function datasetOf(f: TrajectoryFixture): Dataset {
  if (f.dataset !== undefined) return f.dataset;
  const loaded = parseDatasetText(read(f.source!));
  if (!loaded.ok) throw new Error(`${f.source} does not load`);
  return loaded.dataset;
}

const NUMERIC = ['degreeCentrality', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'constraint'] as const;
const EXACT = ['degree', 'strength', 'crossBorderPartners'] as const;

/** Each value within 1e-9 of NetworkX's (null where NetworkX has none); counts exactly equal. */
function expectActorsEqual(ours: ActorMetrics[], expected: Array<ExpectedActor & { id: string }>, where: string): void {
  expect(
    ours.map((a) => a.id),
    where,
  ).toEqual(expected.map((a) => a.id));
  ours.forEach((actor, i) => {
    const want = expected[i]!;
    for (const key of EXACT) expect(actor[key], `${where} ${actor.id} ${key}`).toBe(want[key]);
    for (const key of NUMERIC) {
      const [got, ref] = [actor[key], want[key]];
      if (ref === null) expect(got, `${where} ${actor.id} ${key}`).toBeNull();
      else
        expect(Math.abs((got ?? Number.NaN) - ref), `${where} ${actor.id} ${key}: ${got} vs ${ref}`).toBeLessThan(1e-9);
    }
  });
}

describe('trajectories equal NetworkX year by year', () => {
  for (const name of ['bsr-stars', 'drifting-components']) {
    const reference = fixture(name);
    const dataset = datasetOf(reference);
    for (const c of reference.cases) {
      const years = c.years.map((entry) => entry.year);
      it(`${name} ${c.projection} ${JSON.stringify(c.filters)} ${years.join(', ')}: per-actor metrics within 1e-9`, () => {
        const result = trajectories(dataset, {
          filters: { ...emptyFilters(), ...c.filters },
          projection: c.projection,
          from: Math.min(...years),
          to: Math.max(...years),
        });
        expect(result.years.map((entry) => entry.year)).toEqual(
          Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i),
        );
        for (const want of c.years) {
          const got = result.years.find((entry) => entry.year === want.year)!;
          expectActorsEqual(got.actors, want.actors, `${name} ${want.year}`);
        }
      });
    }
  }

  it('the drifting fixture covers what it claims: a year without agreements, merges and splits, a sector-only actor', () => {
    const plain = fixture('drifting-components').cases[0]!.years;
    expect(plain[0]).toMatchObject({ year: 2007, passingAgreements: 0 });
    expect(plain[0]!.actors.every((a) => a.degree === 0)).toBe(true);
    const isolates = (year: number): number =>
      plain.find((e) => e.year === year)!.actors.filter((a) => a.degree === 0).length;
    expect(isolates(2014)).toBeGreaterThanOrEqual(2);
    const health = fixture('drifting-components').cases[2]!.years;
    const listed = (year: number): string[] => health.find((e) => e.year === year)!.actors.map((a) => a.id);
    expect(listed(2014)).toContain('s2');
    expect(listed(2013)).not.toContain('s2');
  });
});

describe('trajectories', () => {
  const dataset = datasetOf(fixture('drifting-components'));

  it('gives for each year exactly the actors of analyzeDataset with that year filter, community included', () => {
    const filters = { ...emptyFilters(), sectors: ['health'] };
    const result = trajectories(dataset, { filters, projection: 'hub', from: 2012, to: 2016 });
    for (const { year, actors } of result.years) {
      expect(actors).toEqual(analyzeDataset(dataset, { filters: { ...filters, year }, projection: 'hub' }).actors);
    }
  });

  it('lists every passing actor in a year with no agreement: isolated, PageRank 1/n, eigenvector 1/√n, null constraint', () => {
    const [year2000] = trajectories(dataset, { filters: emptyFilters(), from: 2000, to: 2000 }).years;
    expect(year2000!.actors).toHaveLength(dataset.actors.length);
    for (const actor of year2000!.actors) {
      expect(actor).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, constraint: null });
      expect(actor.pagerank).toBeCloseTo(1 / dataset.actors.length, 12);
      expect(actor.eigenvector).toBeCloseTo(1 / Math.sqrt(dataset.actors.length), 12);
    }
  });

  it('lists nobody in a year where no actor passes the filters, and carries no notes then', () => {
    const result = trajectories(dataset, { filters: { ...emptyFilters(), countries: ['NO'] }, from: 2010, to: 2011 });
    expect(result).toEqual({
      years: [
        { year: 2010, actors: [] },
        { year: 2011, actors: [] },
      ],
    });
  });

  it('ignores a year already in the filters: each year of the range replaces it', () => {
    const a = trajectories(dataset, { filters: { ...emptyFilters(), year: 2009 }, from: 2014, to: 2014 });
    const b = trajectories(dataset, { filters: emptyFilters(), from: 2014, to: 2014 });
    expect(a).toEqual(b);
  });

  it('refuses a reversed, fractional or over-long range with the reason', () => {
    expect(rangeProblem(2020, 2005)).toMatch(/starts after it ends.*2005-2020/);
    expect(rangeProblem(2005.5, 2010)).toMatch(/whole numbers/);
    expect(rangeProblem(1800, 1800 + TRAJECTORY_MAX_YEARS)).toMatch(/spans 201 years; at most 200/);
    expect(rangeProblem(1800, 1800 + TRAJECTORY_MAX_YEARS - 1)).toBeNull();
    expect(() => trajectories(dataset, { filters: emptyFilters(), from: 2010, to: 2009 })).toThrow(RangeError);
  });

  it('reports progress that only grows to 1 and stops with CancelledError when cancelled', () => {
    const seen: number[] = [];
    trajectories(dataset, { filters: emptyFilters(), from: 2007, to: 2017, onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(11);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
    const signal = { cancelled: false };
    const run = (): unknown =>
      trajectories(dataset, {
        filters: emptyFilters(),
        from: 2007,
        to: 2017,
        signal,
        onProgress: (f) => (signal.cancelled = f > 0.5),
      });
    expect(run).toThrow(CancelledError);
  });
});
