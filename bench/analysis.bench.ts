// `npm run bench`: median times of each metric and the whole analysis on generated networks, beside NetworkX on the same graph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { crossBorderPartners } from '../src/analysis/actor-metrics';
import { analyzeDataset } from '../src/analysis/analyze';
import { betweennessCloseness } from '../src/analysis/brandes';
import { constraint, eigenvectorCentrality, pagerank } from '../src/analysis/centrality';
import { communities } from '../src/analysis/community';
import { countryMetrics } from '../src/analysis/country-metrics';
import { toCsr } from '../src/analysis/csr';
import { countryPairGaps, exportLinkGaps, isolatedActors } from '../src/analysis/gaps';
import { allRecommendations } from '../src/analysis/recommend';
import { analysedSectors, scopeOf } from '../src/analysis/scope';
import { applyFilters } from '../src/model/filter';
import { generateDataset } from '../src/model/generate';
import { trajectories } from '../src/analysis/trajectories';
import { actorGraphFrom } from '../src/model/graph';
import { emptyFilters } from '../src/model/types';
import { geographicLayout } from '../src/render/layouts/geographic';
import { fitProjection } from '../src/render/map/projection';

interface Size {
  actors: number;
  agreements: number;
  runs: number;
}

/** `--sizes 500x5000,5000x50000` and `--runs N` override the defaults; `--skip-networkx`, `--skip-graphology` shorten a run. */
function options(argv: string[]): { sizes: Size[]; networkx: boolean; graphology: boolean } {
  const value = (flag: string): string | undefined => argv[argv.indexOf(flag) + 1];
  const runs = argv.includes('--runs') ? Number(value('--runs')) : undefined;
  const sizes = (argv.includes('--sizes') ? value('--sizes')! : '500x5000,5000x50000').split(',').map((text) => {
    const [actors, agreements] = text.split('x').map(Number);
    return { actors: actors!, agreements: agreements!, runs: runs ?? (actors! > 1000 ? 3 : 7) };
  });
  return { sizes, networkx: !argv.includes('--skip-networkx'), graphology: !argv.includes('--skip-graphology') };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CPU time of this process in ms (user + system): other jobs on a shared machine barely move it, wall time they do. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Median CPU and wall time in ms over `runs` runs, after one warm-up run that is not counted. */
function time(runs: number, fn: () => unknown): { cpu: number; wall: number } {
  fn();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = cpuMs();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    cpu.push(cpuMs() - startCpu);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

type NetworkxTimes = Map<string, { seconds: number; extrapolated: boolean }>;

/** NetworkX in a python3 subprocess; metrics that finished before the time limit are kept. */
function networkx(edgeList: string, dir: string, limitSeconds: number): { version: string; times: NetworkxTimes } {
  const file = join(dir, 'edges.txt');
  writeFileSync(file, edgeList);
  const script = new URL('./networkx_time.py', import.meta.url).pathname;
  const run = spawnSync('/usr/bin/python3', [script, file, '200', '40'], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    timeout: limitSeconds * 1000,
  });
  const times: NetworkxTimes = new Map();
  let version = '?';
  for (const line of (run.stdout ?? '').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { networkx?: string; metric?: string; seconds?: number; extrapolated?: boolean };
    if (row.networkx !== undefined) version = row.networkx;
    if (row.metric !== undefined) times.set(row.metric, { seconds: row.seconds!, extrapolated: row.extrapolated! });
  }
  if (run.status !== 0)
    process.stdout.write(`  (NetworkX stopped: ${run.error?.message ?? run.stderr.trim().split('\n').at(-1)})\n`);
  return { version, times };
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1)).padStart(9);

function benchSize(size: Size, withNetworkx: boolean, withGraphology: boolean): void {
  const dataset = generateDataset({ actors: size.actors, agreements: size.agreements, seed: 1 });
  const filters = emptyFilters();
  const filtered = applyFilters(dataset, filters);
  const graph = actorGraphFrom(filtered);
  const csr = toCsr(graph);
  const scope = scopeOf(dataset, filtered);
  const sectors = analysedSectors(dataset, filters);
  process.stdout.write(
    `\n## ${size.actors} actors / ${size.agreements} agreements -> actor graph ${graph.order} nodes, ${graph.size} edges (median of ${size.runs})\n`,
  );
  const rows: Array<[string, number, string | null]> = [];
  const add = (label: string, value: { cpu: number; wall: number }, nx: string | null = null): number => {
    rows.push([label, value.cpu, nx]);
    process.stdout.write(`  ${label.padEnd(44)} ${ms(value.cpu)} ms CPU ${ms(value.wall)} ms wall\n`);
    return value.cpu;
  };
  const big = size.actors > 1000;
  add(
    'filter + build actor graph',
    time(size.runs, () => actorGraphFrom(applyFilters(dataset, filters))),
  );
  add(
    'betweenness + closeness (CSR Brandes, ours)',
    time(big ? 1 : size.runs, () => betweennessCloseness(csr)),
    'betweenness+closeness',
  );
  if (withGraphology) {
    add(
      'betweenness (graphology-metrics, unweighted)',
      time(1, () => betweennessCentrality(graph, { getEdgeWeight: null })),
    );
    add(
      'closeness (graphology-metrics)',
      time(1, () => closenessCentrality(graph)),
    );
  }
  add(
    'eigenvector',
    time(size.runs, () => eigenvectorCentrality(csr)),
    'eigenvector',
  );
  add(
    'pagerank',
    time(size.runs, () => pagerank(csr)),
    'pagerank',
  );
  add(
    'constraint',
    time(size.runs, () => constraint(csr)),
    'constraint',
  );
  add(
    'louvain (+ stable labels)',
    time(size.runs, () => communities(graph)),
    'louvain',
  );
  add(
    'cross-border partners',
    time(size.runs, () => crossBorderPartners(graph)),
  );
  add(
    'country graph + country metrics',
    time(size.runs, () => countryMetrics(scope)),
  );
  add(
    'gaps + isolated + export-link gaps',
    time(size.runs, () => {
      for (const sector of sectors) {
        countryPairGaps(scope, sector);
        isolatedActors(scope, sector);
      }
      exportLinkGaps(scope);
    }),
  );
  add(
    'recommendations (all actors)',
    time(size.runs, () => allRecommendations(graph, dataset)),
    'adamicAdar',
  );
  // Not analysis, but the one layout computed on the main thread that grows with the network (docs/performance.md).
  const places = dataset.actors.flatMap((a) =>
    a.lon === undefined || a.lat === undefined ? [] : [{ id: a.id, lon: a.lon, lat: a.lat }],
  );
  add(
    'map layout (project + spread)',
    time(size.runs, () => {
      const projection = fitProjection(places);
      geographicLayout(places, (point) => projection(point));
    }),
  );
  const whole = add(
    'whole analyzeDataset',
    time(big ? 1 : size.runs, () => analyzeDataset(dataset, { filters })),
  );
  // Not part of the whole: the app's "Over the years" (analysis.md "Trajectories"), the actor metrics once per year.
  add(
    'trajectories 2000–2020 (21 years)',
    time(big ? 1 : size.runs, () => trajectories(dataset, { filters, from: 2000, to: 2020 })),
  );

  if (!withNetworkx) return;
  const dir = mkdtempSync(join(tmpdir(), 'bench-nx-'));
  const lines = [String(csr.nodes.length)];
  for (let v = 0; v < csr.nodes.length; v++) {
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++)
      if (csr.targets[j]! > v) lines.push(`${v} ${csr.targets[j]} ${csr.weights[j]}`);
  }
  const limit = Number(process.env.BENCH_NETWORKX_LIMIT ?? 1500);
  const { version, times } = networkx(`${lines.join('\n')}\n`, dir, limit);
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `\n  NetworkX ${version} on the same graph, CPU time (* = timed on a sample of sources or nodes and scaled up):\n`,
  );
  let total = 0;
  let complete = true;
  for (const [label, ours, key] of rows) {
    if (key === null) continue;
    const parts = key === 'betweenness+closeness' ? ['betweenness', 'closeness'] : [key];
    const found = parts.map((part) => times.get(part));
    if (found.some((t) => t === undefined)) {
      complete = false;
      process.stdout.write(`  ${label.padEnd(44)} not finished within ${limit} s\n`);
      continue;
    }
    const theirs = found.reduce((sum, t) => sum + t!.seconds, 0);
    const star = found.some((t) => t!.extrapolated) ? '*' : ' ';
    total += theirs;
    process.stdout.write(
      `  ${label.padEnd(44)} ${ms(theirs * 1000)} ms${star} ratio ${((theirs * 1000) / ours).toFixed(1)}×\n`,
    );
  }
  process.stdout.write(
    `  ${'whole (sum of the NetworkX metrics above)'.padEnd(44)} ${ms(total * 1000)} ms${complete ? ' ' : '+'} ratio ${((total * 1000) / whole).toFixed(1)}×${complete ? '' : ' (at least)'}\n`,
  );
}

const { sizes, networkx: withNetworkx, graphology } = options(process.argv.slice(2));
process.stdout.write(`analysis bench, node ${process.version}, ${new Date().toISOString()}\n`);
for (const size of sizes) benchSize(size, withNetworkx, graphology);
