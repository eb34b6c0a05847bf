// Tests of the seeded generator: exact counts, determinism, valid structure, realistic shape.
import { describe, expect, it } from 'vitest';
import { generateDataset, mulberry32 } from '../../../src/model/generate';
import { parseGenerateArgs } from '../../../src/cli/generate';
import { AGREEMENT_KINDS, FORMAT_ID, type Dataset } from '../../../src/model/types';
import { structuralProblems } from '../data/structure';
import { validateDataset } from '../../../src/model/validate';

const medium = generateDataset({ actors: 400, agreements: 2000, seed: 7 });

describe('mulberry32', () => {
  it('gives the published first outputs for seed 1 and stays in [0, 1)', () => {
    // Reference values of the common JS mulberry32 (t += 0x6D2B79F5 ... >>> 0) / 2^32 for seed 1.
    const random = mulberry32(1);
    const first = [random(), random(), random()];
    expect(first[0]).toBeCloseTo(0.6270739405881613, 12);
    expect(first[1]).toBeCloseTo(0.002735721180215478, 12);
    expect(first[2]).toBeCloseTo(0.5274470399599522, 12);
    for (let index = 0; index < 1000; index++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe('generateDataset', () => {
  it('makes exactly the numbers asked for', () => {
    for (const [actors, agreements] of [
      [2, 1],
      [3, 40],
      [50, 0],
      [120, 300],
    ] as const) {
      const dataset = generateDataset({ actors, agreements, seed: 1 });
      expect(dataset.actors).toHaveLength(actors);
      expect(dataset.agreements).toHaveLength(agreements);
      expect(dataset.format).toBe(FORMAT_ID);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDataset({ actors: 400, agreements: 2000, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(medium));
    const other = generateDataset({ actors: 400, agreements: 2000, seed: 8 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(medium));
  });

  it('validates with no errors, and its only warnings are rare domestic or repeated ties', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(medium)));
    expect(result.ok ? [] : result.errors).toEqual([]);
    const kinds = result.warnings.filter((warning) => !/domestic|same kind/.test(warning.message));
    expect(kinds).toEqual([]);
    expect(result.warnings.length).toBeLessThan(medium.agreements.length * 0.05);
  });

  it('passes the structural checks of format.md', () => {
    expect(structuralProblems(medium)).toEqual([]);
    expect(structuralProblems(generateDataset({ actors: 3, agreements: 40, seed: 99 }))).toEqual([]);
  });

  it('keeps multilateral sizes in 3–30 and bilateral the majority', () => {
    const large = generateDataset({ actors: 2000, agreements: 10000, seed: 3 });
    const multilateral = large.agreements.filter((agreement) => agreement.kind === 'multilateral');
    expect(multilateral.length).toBeGreaterThan(0);
    for (const agreement of multilateral) {
      expect(agreement.parties.length).toBeGreaterThanOrEqual(3);
      expect(agreement.parties.length).toBeLessThanOrEqual(30);
    }
    const bilateral = large.agreements.filter((agreement) => agreement.kind === 'bilateral').length;
    expect(bilateral / large.agreements.length).toBeGreaterThan(0.5);
    for (const kind of AGREEMENT_KINDS)
      expect(large.agreements.some((agreement) => agreement.kind === kind)).toBe(true);
  });

  it('puts every actor in an agreement when there are enough agreements', () => {
    const parties = new Set(medium.agreements.flatMap((agreement) => agreement.parties));
    expect(medium.actors.filter((actor) => !parties.has(actor.id))).toEqual([]);
  });

  it('has a skewed, realistic shape: hubs, shared sectors, cross-border ties', () => {
    const degree = new Map<string, number>();
    for (const agreement of medium.agreements) {
      for (const party of agreement.parties) degree.set(party, (degree.get(party) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const mean = degrees.reduce((sum, value) => sum + value, 0) / degrees.length;
    // Preferential attachment: the best-connected actor has many times the mean number of ties.
    expect(degrees[0]!).toBeGreaterThan(4 * mean);
    const sectorsOf = new Map(medium.actors.map((actor) => [actor.id, new Set(actor.sectors)]));
    const countryOf = new Map(medium.actors.map((actor) => [actor.id, actor.country]));
    const bilateral = medium.agreements.filter((agreement) => agreement.kind === 'bilateral');
    const shared = bilateral.filter(({ parties: [a, b] }) =>
      [...sectorsOf.get(a!)!].some((sector) => sectorsOf.get(b!)!.has(sector)),
    ).length;
    expect(shared / bilateral.length).toBeGreaterThan(0.5);
    const crossBorder = medium.agreements.filter(
      (agreement) => new Set(agreement.parties.map((party) => countryOf.get(party))).size > 1,
    ).length;
    expect(crossBorder / medium.agreements.length).toBeGreaterThan(0.8);
    const countries = new Map<string, number>();
    for (const actor of medium.actors) countries.set(actor.country, (countries.get(actor.country) ?? 0) + 1);
    expect(countries.size).toBeGreaterThan(15);
    expect(Math.max(...countries.values())).toBeGreaterThan(3 * (medium.actors.length / countries.size));
  });

  it('marks the four target sectors and uses only known sectors', () => {
    const targets = (medium.sectors ?? []).filter((sector) => sector.target).map((sector) => sector.id);
    expect(targets.sort()).toEqual(['cleantech', 'digital', 'health', 'transport']);
    for (const actor of medium.actors) {
      expect(actor.sectors!.length).toBeGreaterThanOrEqual(1);
      expect(actor.sectors!.length).toBeLessThanOrEqual(3);
    }
  });

  it('generates 5,000 actors and 50,000 agreements in a few seconds', () => {
    const started = performance.now();
    const big = generateDataset({ actors: 5000, agreements: 50000, seed: 3 });
    // Measured about 0.5 s on an idle 2-core machine; the bound leaves room for a busy CI runner.
    expect(performance.now() - started).toBeLessThan(10000);
    expect(big.agreements).toHaveLength(50000);
    expect(structuralProblems(big)).toEqual([]);
  }, 30000);

  it('refuses options that cannot make a valid dataset', () => {
    expect(() => generateDataset({ actors: 1, agreements: 1, seed: 1 })).toThrow(/at least 2 actors/);
    expect(() => generateDataset({ actors: -1, agreements: 0, seed: 1 })).toThrow(/actors/);
    expect(() => generateDataset({ actors: 10, agreements: 1.5, seed: 1 })).toThrow(/agreements/);
  });

  it('handles the smallest case: two actors, bilateral only', () => {
    const tiny: Dataset = generateDataset({ actors: 2, agreements: 5, seed: 4 });
    expect(tiny.agreements.every((agreement) => agreement.kind !== 'multilateral')).toBe(true);
    expect(structuralProblems(tiny)).toEqual([]);
  });
});

describe('parseGenerateArgs', () => {
  it('reads the flags', () => {
    expect(parseGenerateArgs(['--actors', '10', '--agreements', '20', '--seed', '5', '--out', 'x.json'])).toEqual({
      actors: 10,
      agreements: 20,
      seed: 5,
      out: 'x.json',
    });
  });

  it('gives a reason for bad arguments', () => {
    const reason = (argv: string[]): string => {
      const result = parseGenerateArgs(argv);
      return 'error' in result ? result.error : 'no error';
    };
    expect(reason(['--actors', 'ten', '--agreements', '2', '--out', 'x'])).toMatch(/--actors must be a whole number/);
    expect(reason(['--actors', '10', '--agreements', '2'])).toMatch(/--out FILE is missing/);
    expect(reason(['--actors', '1', '--agreements', '2', '--out', 'x'])).toMatch(/at least 2/);
    expect(reason(['--actors', '10', '--agreements=-3', '--out', 'x'])).toMatch(/at least 0/);
    expect(reason(['--frobnicate'])).toMatch(/Unknown option/);
  });
});
