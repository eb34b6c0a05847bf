// Partner recommendations (analysis.md): Adamic–Adar on the actor graph + 1 per shared sector, with the reason in words.
import type Graph from 'graphology';
import { actorIdOf, actorKey, isHubKey } from '../model/graph';
import type { FilteredTies } from '../model/ties';
import type { FilteredDataset } from '../model/filter';
import type { Dataset } from '../model/types';
import { csrFromEdgeList, toCsr, type Csr } from './csr';
import { byCode } from './scope';
import { runSteps, type Steps } from './steps';
import type { Recommendation, RunControl } from './types';

/** Everything the scoring needs, indexed once for all actors. */
export interface RecommendIndex {
  csr: Csr;
  ids: string[];
  labels: string[];
  country: string[];
  sectors: string[][];
  members: Map<string, number[]>;
  sectorLabel: (id: string) => string;
  aa: Float64Array;
  shared: Int32Array;
  joined: Int32Array;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Each node's sectors (none for a hub), once each, and the members of each sector by node index. */
function sectorMembers(sectorLists: ReadonlyArray<readonly unknown[]>): {
  sectors: string[][];
  members: Map<string, number[]>;
} {
  const members = new Map<string, number[]>();
  const sectors = sectorLists.map((raw, i) => {
    const list = [...new Set(raw.map(text))];
    for (const sector of list) {
      const bucket = members.get(sector);
      if (bucket === undefined) members.set(sector, [i]);
      else bucket.push(i);
    }
    return list;
  });
  return { sectors, members };
}

/** The index over a CSR and its nodes' labels, countries and sectors (in the CSR's node order). */
function indexOver(
  csr: Csr,
  nodes: { labels: string[]; country: string[]; sectors: ReadonlyArray<readonly unknown[]> },
  dataset: Pick<Dataset, 'sectors'> | null,
): RecommendIndex {
  const n = csr.nodes.length;
  const { sectors, members } = sectorMembers(nodes.sectors);
  const names = new Map((dataset?.sectors ?? []).map((sector) => [sector.id, sector.label]));
  return {
    csr,
    ids: csr.nodes.map(actorIdOf),
    labels: nodes.labels,
    country: nodes.country,
    sectors,
    members,
    sectorLabel: (id) => names.get(id) ?? id,
    aa: new Float64Array(n),
    shared: new Int32Array(n),
    joined: new Int32Array(n).fill(-1),
  };
}

export function recommendIndex(graph: Graph, dataset: Pick<Dataset, 'sectors'> | null = null): RecommendIndex {
  const csr = toCsr(graph);
  const attribute = (key: string, name: string): unknown => graph.getNodeAttribute(key, name);
  return indexOver(
    csr,
    {
      labels: csr.nodes.map((key) => text(attribute(key, 'label'))),
      country: csr.nodes.map((key) => text(attribute(key, 'country'))),
      sectors: csr.nodes.map((key) => {
        const raw = isHubKey(key) ? [] : attribute(key, 'sectors');
        return Array.isArray(raw) ? (raw as unknown[]) : [];
      }),
    },
    dataset,
  );
}

/**
 * recommendIndex(actorGraphFrom(filtered, projection), dataset), built without graphology from the ties the view has
 * already (tiesOf's typed arrays, in the graph's node order): labels, countries and sectors from the actors, each hub's
 * label from its agreement. At 5,000 actors the panel's first list waited ~0.5 s for the graphology graph.
 */
export function recommendIndexFromTies(
  ties: FilteredTies,
  filtered: FilteredDataset,
  dataset: Pick<Dataset, 'sectors'> | null = null,
): RecommendIndex {
  const csr = csrFromEdgeList({ nodes: ties.keys, sources: ties.source, targets: ties.target, weights: ties.weight });
  const hubs = ties.hubs.map((agreement) => agreement.label ?? agreement.id);
  const { actors } = filtered;
  return indexOver(
    csr,
    {
      labels: [...actors.map((actor) => actor.label), ...hubs],
      country: [...actors.map((actor) => actor.country), ...hubs.map(() => '')],
      sectors: [...actors.map((actor) => actor.sectors ?? []), ...hubs.map(() => [])],
    },
    dataset,
  );
}

const listInWords = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function reason(index: RecommendIndex, a: number, b: number): string {
  const { offsets, targets } = index.csr;
  const partners: string[] = [];
  const mine = new Set<number>();
  for (let j = offsets[a]!; j < offsets[a + 1]!; j++) mine.add(targets[j]!);
  for (let j = offsets[b]!; j < offsets[b + 1]!; j++)
    if (mine.has(targets[j]!)) partners.push(index.labels[targets[j]!]!);
  const sectors = index.sectors[a]!.filter((s) => index.sectors[b]!.includes(s)).map(index.sectorLabel);
  const both = `both in ${listInWords(sectors)}`;
  if (partners.length === 0) return both;
  const shown = partners.length > 3 ? [...partners.slice(0, 3), `${partners.length - 3} more`] : partners;
  return `shares ${partners.length} partner${partners.length === 1 ? '' : 's'}: ${listInWords(shown)}; ${both}`;
}

/** Scores rounded to 1e-9 so that sums taken in another order (NetworkX's) tie exactly where they should. */
const rounded = (score: number): number => Math.round(score * 1e9);

/** The best k partners of node a (by CSR index), ordered by score, ties by partner id. */
export function recommendFor(index: RecommendIndex, a: number, k = 3): Recommendation[] {
  const { csr, aa, shared, joined } = index;
  const { offsets, targets } = csr;
  if (isHubKey(csr.nodes[a]!)) return [];
  const touched: number[] = [];
  // Joined = already party to a common passing agreement: a neighbour, or behind a shared hub node.
  joined[a] = a;
  for (let j = offsets[a]!; j < offsets[a + 1]!; j++) {
    const w = targets[j]!;
    joined[w] = a;
    if (isHubKey(csr.nodes[w]!)) for (let m = offsets[w]!; m < offsets[w + 1]!; m++) joined[targets[m]!] = a;
  }
  // Candidates first (other country, a shared sector, not joined), so Adamic–Adar is summed for them only.
  for (const sector of index.sectors[a]!) {
    for (const b of index.members.get(sector) ?? []) {
      if (b === a || joined[b] === a || index.country[b] === index.country[a]) continue;
      if (shared[b] === 0) touched.push(b);
      shared[b] = shared[b]! + 1;
    }
  }
  if (touched.length === 0) return [];
  // nx.adamic_adar_index: Σ over common neighbours w of 1 / log(deg w).
  for (let j = offsets[a]!; j < offsets[a + 1]!; j++) {
    const w = targets[j]!;
    const degree = offsets[w + 1]! - offsets[w]!;
    if (degree < 2) continue;
    const contribution = 1 / Math.log(degree);
    for (let m = offsets[w]!; m < offsets[w + 1]!; m++) {
      const b = targets[m]!;
      if (shared[b]! > 0) aa[b] = aa[b]! + contribution;
    }
  }
  const best: Array<{ b: number; score: number }> = [];
  const better = (x: { b: number; score: number }, y: { b: number; score: number }): boolean =>
    rounded(x.score) !== rounded(y.score)
      ? rounded(x.score) > rounded(y.score)
      : byCode(index.ids[x.b]!, index.ids[y.b]!) < 0;
  for (const b of touched) {
    const candidate = { b, score: aa[b]! + shared[b]! };
    if (best.length < k || better(candidate, best[best.length - 1]!)) {
      best.push(candidate);
      best.sort((x, y) => (better(x, y) ? -1 : 1));
      if (best.length > k) best.pop();
    }
    aa[b] = 0;
    shared[b] = 0;
  }
  return best.map(({ b, score }) => ({
    actor: index.ids[a]!,
    partner: index.ids[b]!,
    score,
    reason: reason(index, a, b),
  }));
}

/** analysis.md's partner recommendations for one actor: best k, by score, ties by partner id. */
export function recommendPartners(
  graph: Graph,
  dataset: Pick<Dataset, 'sectors'> | null,
  actorId: string,
  k = 3,
): Recommendation[] {
  return recommendationsIn(recommendIndex(graph, dataset), actorId, k);
}

/**
 * The best k partners of one actor (by id) in an index made before: the panel's, kept per filter, at each selection.
 * Reusing an index is safe: recommendFor leaves its scratch arrays as it found them, but for `joined`, whose marks
 * name the actor they were set for, so an old mark never counts for another actor.
 */
export function recommendationsIn(index: RecommendIndex, actorId: string, k = 3): Recommendation[] {
  const a = index.csr.nodes.indexOf(actorKey(actorId));
  return a < 0 ? [] : recommendFor(index, a, k);
}

/** The best k for every actor that has candidates, in graph order, as Steps. */
export function* allRecommendationsSteps(
  graph: Graph,
  dataset: Pick<Dataset, 'sectors'> | null,
  k = 3,
): Steps<Recommendation[]> {
  const index = recommendIndex(graph, dataset);
  const out: Recommendation[] = [];
  const n = index.csr.nodes.length;
  for (let a = 0; a < n; a++) {
    out.push(...recommendFor(index, a, k));
    if (a % 256 === 255) yield a / n;
  }
  return out;
}

export const allRecommendations = (
  graph: Graph,
  dataset: Pick<Dataset, 'sectors'> | null,
  k = 3,
  control: RunControl = {},
): Recommendation[] => runSteps(allRecommendationsSteps(graph, dataset, k), control);
