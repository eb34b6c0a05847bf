// The actor graph's ties as typed arrays: an actor-pair index built once per dataset, masked per filter without graphology.
import { LOOKBACK_PARTIES, type FilteredDataset } from './filter';
import { actorKey, drawnAsHub, hubKey, MAX_CLIQUE_PARTIES, type CliqueTies } from './graph';
import type { Agreement, Dataset, Projection } from './types';

/**
 * Every actor pair that some agreement could tie, found once per dataset. A filter only hides actors and
 * agreements and never adds a pair, so each filtered tie is one of these; a filter change then walks
 * typed arrays instead of building a graphology graph (docs/performance.md, "The topology per filter change").
 */
export interface TieIndex {
  /** Dataset index of each actor id. */
  actorIndex: ReadonlyMap<string, number>;
  /** Dataset index of each agreement record (the filtered dataset carries the same objects). */
  agreementIndex: ReadonlyMap<Agreement, number>;
  agreementIds: readonly string[];
  /**
   * The pairs of each agreement with at most MAX_CLIQUE_PARTIES distinct known parties, in the order the
   * actor graph meets them (party i with each later party j): ends as actor indexes, and the pair's tie.
   * Agreement k's pairs are [pairStart[k], pairStart[k + 1]); a larger agreement has none here.
   */
  pairStart: Int32Array;
  pairA: Int32Array;
  pairB: Int32Array;
  pairTie: Int32Array;
  /** Tie of each unordered pair, keyed min * actors + max, for the large agreements paired per filter. */
  tieOfPair: ReadonlyMap<number, number>;
  ties: number;
  /** Number of actor records (the range of actor indexes). */
  actorCount: number;
}

export function buildTieIndex(dataset: Pick<Dataset, 'actors' | 'agreements'>): TieIndex {
  const actorIndex = new Map<string, number>();
  dataset.actors.forEach((actor, index) => {
    if (!actorIndex.has(actor.id)) actorIndex.set(actor.id, index);
  });
  const agreementIndex = new Map<Agreement, number>();
  const n = dataset.actors.length;
  const tieOfPair = new Map<number, number>();
  const pairStart = new Int32Array(dataset.agreements.length + 1);
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairTie: number[] = [];
  const parties: number[] = [];
  dataset.agreements.forEach((agreement, k) => {
    agreementIndex.set(agreement, k);
    pairStart[k] = pairA.length;
    // The filter's parties: known actors, each once, in first-listed order (applyFilters).
    parties.length = 0;
    // A Set only for long lists: one per agreement was a third of this function at 50,000 agreements.
    const seen = agreement.parties.length > LOOKBACK_PARTIES ? new Set<number>() : null;
    for (const party of agreement.parties) {
      const index = actorIndex.get(party);
      if (index === undefined || (seen === null ? parties.includes(index) : seen.has(index))) continue;
      seen?.add(index);
      parties.push(index);
    }
    // Past the cap the pairs could number millions; such an agreement is paired per filter when few enough pass.
    if (parties.length > MAX_CLIQUE_PARTIES) return;
    for (let i = 0; i < parties.length; i++) {
      const a = parties[i] as number;
      for (let j = i + 1; j < parties.length; j++) {
        const b = parties[j] as number;
        const key = a < b ? a * n + b : b * n + a;
        let tie = tieOfPair.get(key);
        if (tie === undefined) {
          tie = tieOfPair.size;
          tieOfPair.set(key, tie);
        }
        pairA.push(a);
        pairB.push(b);
        pairTie.push(tie);
      }
    }
  });
  pairStart[dataset.agreements.length] = pairA.length;
  return {
    actorIndex,
    agreementIndex,
    agreementIds: dataset.agreements.map((agreement) => agreement.id),
    pairStart,
    pairA: Int32Array.from(pairA),
    pairB: Int32Array.from(pairB),
    pairTie: Int32Array.from(pairTie),
    tieOfPair,
    ties: tieOfPair.size,
    actorCount: n,
  };
}

/**
 * The edges of actorGraphFrom(filtered, projection), array for array: its nodes in its order (passing actors,
 * then one hub per agreement drawn as a hub), its edges in its order and orientation, each edge's summed
 * weight and agreements, and each node's degree and strength.
 */
export interface FilteredTies {
  /** Node keys as the actor graph has them (actorKey, hubKey). */
  keys: string[];
  /** The first `actors` nodes are the filtered actors, in order; the rest are hubs. */
  actors: number;
  /** The agreement behind each hub node, in node order. */
  hubs: Agreement[];
  source: Int32Array;
  target: Int32Array;
  /** Summed agreement weight (1 per hub spoke), as actorGraphFrom sums it. */
  weight: Float64Array;
  /** Edge e's agreements are agreementIds[agreements[i]] for i in [agreementStart[e], agreementStart[e + 1]), in dataset order. */
  agreementStart: Int32Array;
  agreements: Int32Array;
  /** Ids of the dataset's agreements, indexed as in `agreements`. */
  agreementIds: readonly string[];
  degree: Int32Array;
  strength: Float64Array;
}

/** An Int32Array that grows by doubling: the incidence lists stay flat typed arrays, not arrays of JS numbers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

export function filteredTies(index: TieIndex, filtered: FilteredDataset, projection: Projection): FilteredTies {
  const { actorIndex, pairStart, pairA, pairB, pairTie, tieOfPair } = index;
  const keys = filtered.actors.map((actor) => actorKey(actor.id));
  // Node of each dataset actor, -1 where the actor does not pass.
  const nodeOf = new Int32Array(index.actorCount).fill(-1);
  filtered.actors.forEach((actor, node) => {
    const at = actorIndex.get(actor.id);
    if (at !== undefined) nodeOf[at] = node;
  });
  const n = nodeOf.length;
  // Edge of each indexed tie once met under this filter, -1 before.
  const edgeOfTie = new Int32Array(index.ties).fill(-1);
  const edgeOfLate = new Map<number, number>();
  const hubs: Agreement[] = [];
  const source = new IntList();
  const target = new IntList();
  const weights: number[] = [];
  const incidenceEdge = new IntList();
  const incidenceAgreement = new IntList();
  const addEdge = (a: number, b: number, w: number): number => {
    source.push(a);
    target.push(b);
    weights.push(w);
    return weights.length - 1;
  };
  const meet = (edge: number, k: number): void => {
    incidenceEdge.push(edge);
    incidenceAgreement.push(k);
  };
  const nodeOfParty = (party: string): number => nodeOf[actorIndex.get(party) ?? -1] ?? -1;

  for (const { agreement, parties } of filtered.agreements) {
    const k = index.agreementIndex.get(agreement);
    if (k === undefined) throw new Error(`Agreement ${agreement.id} is not in the indexed dataset.`);
    if (drawnAsHub(projection, parties.length)) {
      const hub = keys.length;
      keys.push(hubKey(agreement.id));
      hubs.push(agreement);
      for (const party of parties) meet(addEdge(hub, nodeOfParty(party), 1), k);
      continue;
    }
    const w = agreement.weight ?? 1;
    const start = pairStart[k] as number;
    const end = pairStart[k + 1] as number;
    // A passing agreement has two known parties, so it has pairs in the index unless it was too large to index.
    if (end > start) {
      for (let p = start; p < end; p++) {
        const a = nodeOf[pairA[p] as number] as number;
        const b = nodeOf[pairB[p] as number] as number;
        if (a < 0 || b < 0) continue;
        const tie = pairTie[p] as number;
        let edge = edgeOfTie[tie] as number;
        if (edge < 0) edge = edgeOfTie[tie] = addEdge(a, b, w);
        else weights[edge] = (weights[edge] as number) + w;
        meet(edge, k);
      }
      continue;
    }
    // Too large to index, few enough passing parties to draw as a clique: its pairs, found here.
    const ends = parties.map((party) => actorIndex.get(party) ?? -1);
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const x = ends[i] as number;
        const y = ends[j] as number;
        const key = x < y ? x * n + y : y * n + x;
        const tie = tieOfPair.get(key);
        let edge = tie === undefined ? (edgeOfLate.get(key) ?? -1) : (edgeOfTie[tie] as number);
        if (edge < 0) {
          edge = addEdge(nodeOf[x] as number, nodeOf[y] as number, w);
          if (tie === undefined) edgeOfLate.set(key, edge);
          else edgeOfTie[tie] = edge;
        } else weights[edge] = (weights[edge] as number) + w;
        meet(edge, k);
      }
    }
  }

  const edges = weights.length;
  const weight = Float64Array.from(weights);
  const degree = new Int32Array(keys.length);
  const strength = new Float64Array(keys.length);
  const src = source.data.subarray(0, edges);
  const tgt = target.data.subarray(0, edges);
  for (let e = 0; e < edges; e++) {
    const a = src[e] as number;
    const b = tgt[e] as number;
    degree[a]!++;
    degree[b]!++;
    strength[a]! += weight[e] as number;
    strength[b]! += weight[e] as number;
  }
  // Each edge's agreements by a stable counting sort of the incidences, which came in dataset order.
  const agreementStart = new Int32Array(edges + 1);
  for (let i = 0; i < incidenceEdge.length; i++) agreementStart[(incidenceEdge.data[i] as number) + 1]!++;
  for (let e = 0; e < edges; e++) agreementStart[e + 1]! += agreementStart[e] as number;
  const fill = agreementStart.slice(0, edges);
  const agreements = new Int32Array(incidenceEdge.length);
  for (let i = 0; i < incidenceEdge.length; i++) {
    agreements[fill[incidenceEdge.data[i] as number]!++] = incidenceAgreement.data[i] as number;
  }
  return {
    keys,
    actors: filtered.actors.length,
    hubs,
    source: src.slice(),
    target: tgt.slice(),
    weight,
    agreementStart,
    agreements,
    agreementIds: index.agreementIds,
    degree,
    strength,
  };
}

/**
 * The ids of the agreements behind edge `edge`, in dataset order: in a new array, or written over `into`
 * (emptied first) for a caller that reads one edge's list at a time and keeps none.
 */
export function tieAgreements(ties: FilteredTies, edge: number, into: string[] = []): string[] {
  const out = into;
  out.length = 0;
  for (let i = ties.agreementStart[edge] as number; i < (ties.agreementStart[edge + 1] as number); i++) {
    out.push(ties.agreementIds[ties.agreements[i] as number] as string);
  }
  return out;
}

/**
 * cliqueTies of the same filtered dataset, read off clique-projection ties already made: the same keys, ends,
 * order and partner counts without a second pass over the agreements (~60 ms at 5,000 actors in Chromium). Null
 * when some agreement is drawn as a hub, which cliqueTies leaves out and these ties include.
 */
export function cliqueTiesFrom(ties: FilteredTies): CliqueTies | null {
  if (ties.hubs.length > 0) return null;
  return { keys: ties.keys, source: ties.source, target: ties.target, degree: ties.degree };
}
