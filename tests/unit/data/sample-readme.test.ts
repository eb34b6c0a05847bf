// Checks what README.md says about the sample (counts, warnings, illustrative share, components) against data/bsr-stars.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/model/validate';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { analyzeDataset } from '../../../src/analysis/analyze';

const text = readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const dataset: Dataset = JSON.parse(text) as Dataset;
const loaded = parseDatasetText(text);

/** The numbers a README pattern captures; fails the test with the pattern when the README no longer says it. */
const numbersIn = (pattern: RegExp): number[] => {
  const match = pattern.exec(readme);
  expect(match, `README.md no longer matches ${pattern}`).not.toBeNull();
  return (match ?? []).slice(1).map(Number);
};
const countOf = <T>(list: T[], test: (item: T) => boolean): number => list.filter(test).length;
const warnedIds = (test: (message: string) => boolean): string[] =>
  loaded.warnings
    .filter((warning) => test(warning.message))
    .map((warning) => {
      const index = Number(/^\/agreements\/(\d+)$/.exec(warning.pointer)?.[1] ?? -1);
      return dataset.agreements[index]?.id ?? warning.pointer;
    })
    .sort();

/** Sizes of the connected components of actors tied by agreements, largest first. */
const componentSizes = (): number[] => {
  const partners = new Map(dataset.actors.map((actor) => [actor.id, new Set<string>()]));
  for (const agreement of dataset.agreements)
    for (const a of agreement.parties) for (const b of agreement.parties) if (a !== b) partners.get(a)?.add(b);
  const seen = new Set<string>();
  const sizes: number[] = [];
  for (const { id } of dataset.actors) {
    if (seen.has(id)) continue;
    const stack = [id];
    seen.add(id);
    let size = 0;
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      size += 1;
      for (const partner of partners.get(next) ?? []) {
        if (!seen.has(partner)) {
          seen.add(partner);
          stack.push(partner);
        }
      }
    }
    sizes.push(size);
  }
  return sizes.sort((a, b) => b - a);
};

describe("README.md's account of the sample agrees with data/bsr-stars.json", () => {
  it('counts actors by country and kind as the file does', () => {
    const [actors, countries, clusters, agencies, programmes, networks, others] = numbersIn(
      /\| actors \| (\d+) in (\d+) countries: (\d+) cluster organisations, (\d+) agencies [^,]*(?:, [^,]*)*?\), (\d+) programmes \([^)]*\), (\d+) networks, (\d+) others/,
    );
    const byKind = (kind: string): number => countOf(dataset.actors, (actor) => actor.kind === kind);
    expect({ actors, countries, clusters, agencies, programmes, networks, others }).toEqual({
      actors: dataset.actors.length,
      countries: new Set(dataset.actors.map((actor) => actor.country)).size,
      clusters: byKind('cluster'),
      agencies: byKind('agency'),
      programmes: byKind('programme'),
      networks: byKind('network'),
      others: byKind('other'),
    });
  });

  it('counts agreements by kind, and sources, as the file does', () => {
    const [total, multilateral, bilateral, softLanding, exportPromotion, sisterCity, other] = numbersIn(
      /\| agreements \| (\d+): (\d+) multilateral, (\d+) bilateral, (\d+) soft-landing, (\d+) export-promotion, (\d+) sister-city, (\d+) other/,
    );
    const byKind = (kind: string): number => countOf(dataset.agreements, (agreement) => agreement.kind === kind);
    expect({ total, multilateral, bilateral, softLanding, exportPromotion, sisterCity, other }).toEqual({
      total: dataset.agreements.length,
      multilateral: byKind('multilateral'),
      bilateral: byKind('bilateral'),
      softLanding: byKind('soft-landing'),
      exportPromotion: byKind('export-promotion'),
      sisterCity: byKind('sister-city'),
      other: byKind('other'),
    });
    expect(numbersIn(/\| sources \| (\d+) public web pages/)).toEqual([dataset.sources?.length]);
  });

  it("counts StarDust's named partners as the file does", () => {
    const stardust = dataset.agreements.find((agreement) => agreement.id === 'stardust');
    expect(numbersIn(/StarDust \([^,]*, (\d+) of its\s+named partners\)/)).toEqual([stardust?.parties.length]);
  });

  it('names the version and asOf of the file', () => {
    const match = /\| version \| (\S+), facts checked as of (\d{4}-\d{2})/.exec(readme);
    expect(match?.slice(1)).toEqual([dataset.version, dataset.asOf]);
  });

  it('gives the illustrative share the file has, wherever it states it', () => {
    const illustrative = countOf(dataset.agreements, (agreement) => agreement.evidence === 'illustrative');
    const total = dataset.agreements.length;
    expect(numbersIn(/\*\*(\d+) of the (\d+) agreements \((\d+) %\)\*\*/)).toEqual([
      illustrative,
      total,
      Math.round((100 * illustrative) / total),
    ]);
    expect(numbersIn(/with all (\d+) agreements/)).toEqual([total]);
    expect(numbersIn(/without the (\d+) illustrative ones/)).toEqual([illustrative]);
  });

  it('lists exactly the warnings that validation reports, domestic ties in the table and the repeat below it', () => {
    expect(numbersIn(/reports no errors and (\d+) warnings/)).toEqual([loaded.warnings.length]);
    const table = /\| agreement \| why it is domestic \|\n\| --- \| --- \|\n((?:\|.*\n)+)/.exec(readme)?.[1] ?? '';
    const tabled = [...table.matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort();
    expect(tabled).toEqual(warnedIds((message) => /is domestic/.test(message)));
    const repeats = warnedIds((message) => /same kind, parties and sectors/.test(message));
    expect(repeats.length).toBeGreaterThan(0);
    for (const id of repeats) expect(readme).toMatch(new RegExp(`is a repeat: \`${id}\``));
  });

  it('gives the number and the largest sizes of the graph components the file has', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const match =
      /The graph has (\w+) components: the cluster network \((\d+) actors[^)]*\), Turku's twin\s+cities \((\d+)\), the International Cancer Cluster\s+Showcase \((\d+)[^)]*\)/.exec(
        readme,
      );
    expect(match).not.toBeNull();
    const sizes = componentSizes();
    expect([words.indexOf(match?.[1] ?? ''), ...(match ?? []).slice(2).map(Number)]).toEqual([
      sizes.length,
      ...sizes.slice(0, 3),
    ]);
  });

  it('names the top brokers by betweenness, with and without the illustrative agreements, as the analysis ranks them', () => {
    /** Labels in betweenness order (a label's parenthesis dropped, as the README writes names). */
    const ranked = (data: Dataset): { name: string; betweenness: number }[] =>
      analyzeDataset(data, { filters: emptyFilters(), recommendations: 0 })
        .actors.map((actor) => ({ name: actor.label.replace(/ \(.*\)$/, ''), betweenness: actor.betweenness }))
        .sort((a, b) => b.betweenness - a.betweenness);
    const all = ranked(dataset);
    const documented = ranked({
      ...dataset,
      agreements: dataset.agreements.filter((agreement) => agreement.evidence !== 'illustrative'),
    });
    const sentence = /with all \d+ agreements([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
    const [withAll, without] = sentence.split('; without');
    // "the Latvian IT Cluster has the highest betweenness (0.20), followed by A, B and C"
    const leaders = all.slice(0, 4);
    expect(withAll).toContain(
      `${leaders[0]?.name} has the highest betweenness (${leaders[0]?.betweenness.toFixed(2)})`,
    );
    const followers = leaders.slice(1).map((actor) => actor.name);
    expect(withAll?.replace(/\s+/g, ' ')).toContain(
      `followed by ${followers.slice(0, -1).join(', ')} and ${followers.at(-1)}`,
    );
    // "the top brokers are A (0.27), B, C, D and E, and F is sixth"
    const top = documented.slice(0, 5);
    const listed = `${top[0]?.name} (${top[0]?.betweenness.toFixed(2)}), ${top
      .slice(1, -1)
      .map((actor) => actor.name)
      .join(', ')} and the ${top.at(-1)?.name}`;
    expect(without?.replace(/\s+/g, ' ')).toContain(listed);
    expect(without?.replace(/\s+/g, ' ')).toContain(`the ${documented[5]?.name} is sixth`);
  });
});
