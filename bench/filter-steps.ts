// Per filter change, the main thread's data steps up to the drawn elements, timed one by one in Node.
// Usage: npx tsx bench/filter-steps.ts FILE.json [runs=5]   (e.g. npm run generate -- --actors 5000 --agreements 50000 --seed 1)
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { applyFilters } from '../src/model/filter';
import { actorIdOf } from '../src/model/graph';
import { buildTieIndex, filteredTies } from '../src/model/ties';
import { emptyFilters, type Dataset, type Filters } from '../src/model/types';
import { buildTieElements } from '../src/render/tie-elements';
import { encodeNodes } from '../src/render/encoding';
import { levelOfDetail } from '../src/render/lod';

const [file, runsText] = process.argv.slice(2);
if (file === undefined) throw new Error('Usage: npx tsx bench/filter-steps.ts FILE.json [runs]');
const runs = Number(runsText ?? 5);
const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
const kinds = new Map(dataset.agreements.map((agreement) => [agreement.id, agreement.kind]));
const illustrative = new Set(dataset.agreements.filter((a) => a.evidence === 'illustrative').map((a) => a.id));
const index = buildTieIndex(dataset);
const first = dataset.actors[0]!;
const cases: Array<[string, Partial<Filters>]> = [
  ['none', {}],
  ['year 2012', { year: 2012 }],
  ['sector', { sectors: first.sectors?.slice(0, 1) ?? [] }],
  ['country', { countries: [first.country] }],
];
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`load average ${loadavg()[0]!.toFixed(1)}; medians of ${runs} after a warm-up`);
console.log('| filter | ties | applyFilters | filteredTies | encode | buildTieElements | levelOfDetail | total |');
for (const [name, patch] of cases) {
  const steps: number[][] = [[], [], [], [], []];
  let edges = 0;
  for (let run = 0; run <= runs; run++) {
    const t = [performance.now()];
    const filtered = applyFilters(dataset, { ...emptyFilters(), ...patch });
    t.push(performance.now());
    const ties = filteredTies(index, filtered, 'clique');
    t.push(performance.now());
    const ids = ties.keys.slice(0, ties.actors).map(actorIdOf);
    const degree = new Map(ids.map((id, node) => [id, ties.degree[node] as number]));
    const countries = new Map(filtered.actors.map((actor) => [actor.id, actor.country]));
    const encoding = encodeNodes(
      ids,
      { type: 'category', title: 'Country', values: countries, label: (code) => code },
      { title: 'Degree', values: degree },
    );
    t.push(performance.now());
    const elements = buildTieElements(ties, filtered, encoding, kinds, illustrative);
    t.push(performance.now());
    levelOfDetail(elements);
    t.push(performance.now());
    edges = elements.edges.length;
    if (run > 0) for (let s = 0; s < 5; s++) steps[s]!.push(t[s + 1]! - t[s]!);
  }
  const m = steps.map(median);
  console.log(
    `| ${name} | ${edges} | ${m.map((ms) => ms.toFixed(0)).join(' | ')} | ${m.reduce((a, b) => a + b, 0).toFixed(0)} |`,
  );
}
