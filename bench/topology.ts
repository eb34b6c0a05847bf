// Per filter change, the graph view's elements from a graphology graph (old) against typed-array ties (new), in Node.
// Usage: npx tsx bench/topology.ts FILE.json [runs=7]   (e.g. npm run generate -- --actors 5000 --agreements 50000 --seed 1)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { applyFilters, type FilteredDataset } from '../src/model/filter';
import { actorGraphFrom, actorIdOf, isHubKey } from '../src/model/graph';
import { buildTieIndex, filteredTies, type TieIndex } from '../src/model/ties';
import { emptyFilters, type Dataset, type Filters } from '../src/model/types';
import { buildElements } from '../src/render/elements';
import { buildTieElements } from '../src/render/tie-elements';
import { encodeNodes, type Encoding } from '../src/render/encoding';

const [file, runsText] = process.argv.slice(2);
if (file === undefined) throw new Error('Usage: npx tsx bench/topology.ts FILE.json [runs]');
const runs = Number(runsText ?? 7);
const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
const kinds = new Map(dataset.agreements.map((agreement) => [agreement.id, agreement.kind]));
const illustrative = new Set(dataset.agreements.filter((a) => a.evidence === 'illustrative').map((a) => a.id));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
function time(run: () => unknown): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The encoding both paths get (degree as size, as the default view), made outside the timed part. */
function encodingOf(filtered: FilteredDataset, index: TieIndex): Encoding {
  const ties = filteredTies(index, filtered, 'clique');
  const ids = ties.keys.slice(0, ties.actors).map(actorIdOf);
  const degree = new Map(ids.map((id, node) => [id, ties.degree[node] as number]));
  const countries = new Map(filtered.actors.map((actor) => [actor.id, actor.country]));
  return encodeNodes(
    ids,
    { type: 'category', title: 'Country', values: countries, label: (code) => code },
    { title: 'Degree', values: degree },
  );
}

const countryCounts = new Map<string, number>();
for (const actor of dataset.actors) countryCounts.set(actor.country, (countryCounts.get(actor.country) ?? 0) + 1);
const smallest = [...countryCounts].sort((a, b) => a[1] - b[1])[0]?.[0];
const sectors = [...new Set(dataset.actors.flatMap((actor) => actor.sectors ?? []))].sort();
const cases: Array<[string, Partial<Filters>]> = [
  ['no filter', {}],
  ['year 2016', { year: 2016 }],
  ['smallest country out', { countries: [...countryCounts.keys()].filter((code) => code !== smallest) }],
  ['one sector', { sectors: sectors.slice(0, 1) }],
];

console.log(
  `load average before: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; medians of ${runs}`,
);
let index: TieIndex = buildTieIndex(dataset);
const indexMs = time(() => (index = buildTieIndex(dataset)));
console.log(`buildTieIndex (once per dataset): ${indexMs.toFixed(0)} ms, ${index.ties} possible ties`);
console.log(
  '| filters | actors | ties | old: actorGraphFrom (+ ids, degrees) | old: buildElements | old total | new: filteredTies | new: buildTieElements | new total | per-filter pair Map instead of the index |',
);
for (const [name, patch] of cases) {
  const filtered = applyFilters(dataset, { ...emptyFilters(), ...patch });
  const encoding = encodingOf(filtered, index);
  const graph = actorGraphFrom(filtered, 'clique');
  const ties = filteredTies(index, filtered, 'clique');
  const graphMs = time(() => {
    const built = actorGraphFrom(filtered, 'clique');
    // What the old scene read off the graph besides the elements: actor ids and degrees.
    built.filterNodes((key) => !isHubKey(key)).map(actorIdOf);
    built.forEachNode((key) => built.degree(key));
  });
  const elementsMs = time(() => buildElements(graph, encoding, kinds, illustrative));
  const tiesMs = time(() => filteredTies(index, filtered, 'clique'));
  const tieElementsMs = time(() => buildTieElements(ties, filtered, encoding, kinds, illustrative));
  // The alternative to the index: pairs looked up in a Map on every filter change (cliqueTies' way).
  const perFilterMs = time(() => {
    const agreements = filtered.agreements.map(({ agreement, parties }) => ({ ...agreement, parties: [...parties] }));
    const sub = buildTieIndex({ actors: filtered.actors, agreements });
    return filteredTies(
      sub,
      { ...filtered, agreements: agreements.map((agreement) => ({ agreement, parties: agreement.parties })) },
      'clique',
    );
  });
  const cells = [graphMs, elementsMs, graphMs + elementsMs, tiesMs, tieElementsMs, tiesMs + tieElementsMs, perFilterMs];
  console.log(
    `| ${name} | ${filtered.actors.length} | ${graph.size} | ${cells.map((ms) => `${ms.toFixed(0)} ms`).join(' | ')} |`,
  );
}
console.log(
  `load average after: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
