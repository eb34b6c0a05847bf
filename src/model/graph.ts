// Builds the derived graphs of format.md (actor graph, clique or hub projection; country graph) as graphology graphs.
import { UndirectedGraph } from 'graphology';
import { applyFilters, type FilteredDataset } from './filter';
import type { ActorKind, AgreementKind, Dataset, Filters, Projection } from './types';

/** Hub nodes are keyed apart from actors, whose ids may be any string: a NUL byte never appears in a real id. */
export const HUB_PREFIX = '\u0000agreement:';

/**
 * Most passing parties an agreement may have to be drawn as ties between every pair (format.md, "The actor
 * graph"). Past it, even the clique projection makes the agreement a node joined to each party, as the hub
 * projection does: 10,000 parties would be 49,995,000 pairs, which exhausted the heap in analyze and froze
 * the app; 200 parties are 19,900.
 */
export const MAX_CLIQUE_PARTIES = 200;

/** Whether an agreement with `parties` passing parties is drawn as a hub node under `projection`. */
export const drawnAsHub = (projection: Projection, parties: number): boolean =>
  projection === 'hub' ? parties >= 3 : parties > MAX_CLIQUE_PARTIES;
export const hubKey = (agreementId: string): string => HUB_PREFIX + agreementId;
export const isHubKey = (key: string): boolean => key.startsWith(HUB_PREFIX);

/**
 * graphology keeps each node's neighbours in a plain object, so a node keyed `constructor` or
 * `__proto__` (names Object.prototype already has) breaks its edge lookups. Actors with such ids
 * are keyed with a NUL prefix instead; every other id is its own key. Map back with actorIdOf.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
export const ESCAPED_PREFIX = '\u0000id:';
export const actorKey = (id: string): string => (PROTOTYPE_NAMES.has(id) ? ESCAPED_PREFIX + id : id);
export const actorIdOf = (key: string): string =>
  key.startsWith(ESCAPED_PREFIX) ? key.slice(ESCAPED_PREFIX.length) : key;

export interface ActorNodeAttributes {
  nodeType: 'actor';
  label: string;
  kind: ActorKind;
  country: string;
  sectors: string[];
  x?: number;
  y?: number;
}

export interface HubNodeAttributes {
  nodeType: 'agreement';
  label: string;
  agreementKind: AgreementKind;
}

export type NodeAttributes = ActorNodeAttributes | HubNodeAttributes;

export interface EdgeAttributes {
  /** Summed weight of the agreements behind the edge (format.md). */
  weight: number;
  /** Ids of the agreements behind the edge, in dataset order. */
  agreements: string[];
}

export type ActorGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface CountryNodeAttributes {
  actors: number;
}
export interface CountryEdgeAttributes {
  /** Number of passing agreements with a party in each of the two countries. */
  weight: number;
  agreements: string[];
}
export type CountryGraph = UndirectedGraph<CountryNodeAttributes, CountryEdgeAttributes>;

function addPairWeight(graph: ActorGraph, a: string, b: string, weight: number, agreementId: string): void {
  const edge = graph.edge(a, b);
  if (edge === undefined) {
    graph.addEdge(a, b, { weight, agreements: [agreementId] });
  } else {
    // Updated in place: the graph is still being built, and copying the list on every agreement
    // was quadratic (seconds at 5k actors / 50k agreements).
    const attributes = graph.getEdgeAttributes(edge);
    attributes.weight += weight;
    attributes.agreements.push(agreementId);
  }
}

/** An actor graph being built: its nodes are in, its agreements go in slice by slice. */
export interface ActorGraphBuild {
  graph: ActorGraph;
  /** Adds the next slice of agreements; true once every agreement is in. */
  step(): boolean;
}

/**
 * Starts building the actor graph of an already filtered dataset, `slice` agreements per step, so
 * a caller can spread the build over several tasks. Almost all of its time is graphology's
 * addEdge (about 400 of 450 ms at 5,000 actors / 68,000 ties in Chromium; the projection alone is
 * ~60 ms), so slicing, not a faster lookup, is what keeps each main-thread task short.
 */
export function startActorGraph(
  filtered: FilteredDataset,
  projection: Projection = 'clique',
  slice = Infinity,
): ActorGraphBuild {
  const graph: ActorGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const actor of filtered.actors) {
    const attributes: ActorNodeAttributes = {
      nodeType: 'actor',
      label: actor.label,
      kind: actor.kind,
      country: actor.country,
      sectors: actor.sectors ?? [],
    };
    if (typeof actor.x === 'number' && typeof actor.y === 'number') {
      attributes.x = actor.x;
      attributes.y = actor.y;
    }
    graph.addNode(actorKey(actor.id), attributes);
  }
  const agreements = filtered.agreements;
  let next = 0;
  const step = (): boolean => {
    const end = Math.min(agreements.length, next + Math.max(1, slice));
    for (; next < end; next++) {
      const { agreement, parties } = agreements[next] as FilteredDataset['agreements'][number];
      if (drawnAsHub(projection, parties.length)) {
        const hub = hubKey(agreement.id);
        graph.addNode(hub, {
          nodeType: 'agreement',
          label: agreement.label ?? agreement.id,
          agreementKind: agreement.kind,
        });
        for (const party of parties) graph.addEdge(hub, actorKey(party), { weight: 1, agreements: [agreement.id] });
        continue;
      }
      const weight = agreement.weight ?? 1;
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          addPairWeight(graph, actorKey(parties[i] as string), actorKey(parties[j] as string), weight, agreement.id);
        }
      }
    }
    return next >= agreements.length;
  };
  return { graph, step };
}

/** The actor graph of an already filtered dataset, built in one go. */
export function actorGraphFrom(filtered: FilteredDataset, projection: Projection = 'clique'): ActorGraph {
  const build = startActorGraph(filtered, projection);
  while (!build.step());
  return build.graph;
}

/** The clique projection's ties without graphology: node keys by index, each tie's two ends, each node's partner count. */
export interface CliqueTies {
  /** Node keys (actorKey) in the actor graph's node order. */
  keys: string[];
  /** The ends of each tie (indexes into keys), in the actor graph's edge order and orientation. */
  source: Int32Array;
  target: Int32Array;
  /** Distinct partners per node: the actor graph's degree. */
  degree: Int32Array;
}

/**
 * The actor-to-actor ties of actorGraphFrom(filtered, 'clique') as plain arrays (an agreement drawn as a
 * hub, past MAX_CLIQUE_PARTIES, adds none), for callers that need only ends
 * or degrees (layouts): ~60 ms at 5,000 actors / 68,000 ties in Chromium against ~450 ms for the
 * graphology graph. A Map keyed by the pair's index finds a tie seen before.
 */
export function cliqueTies(filtered: FilteredDataset): CliqueTies {
  const keys = filtered.actors.map((actor) => actorKey(actor.id));
  const indexOf = new Map<string, number>();
  filtered.actors.forEach((actor, index) => indexOf.set(actor.id, index));
  const count = keys.length;
  const seen = new Set<number>();
  const ends: number[] = [];
  const degree = new Int32Array(count);
  const at: number[] = [];
  for (const { parties } of filtered.agreements) {
    // A very large agreement is a hub node in the actor graph (drawnAsHub): it has no pair ties here.
    if (drawnAsHub('clique', parties.length)) continue;
    at.length = 0;
    for (const party of parties) at.push(indexOf.get(party) ?? -1);
    for (let i = 0; i < at.length; i++) {
      const a = at[i] as number;
      for (let j = i + 1; j < at.length; j++) {
        const b = at[j] as number;
        const pair = a < b ? a * count + b : b * count + a;
        if (a < 0 || b < 0 || seen.has(pair)) continue;
        seen.add(pair);
        ends.push(a, b);
        degree[a]!++;
        // A self-tie counts twice in graphology's degree, as here.
        degree[b]!++;
      }
    }
  }
  const source = new Int32Array(ends.length / 2);
  const target = new Int32Array(ends.length / 2);
  for (let e = 0; e < source.length; e++) {
    source[e] = ends[2 * e] as number;
    target[e] = ends[2 * e + 1] as number;
  }
  return { keys, source, target, degree };
}

/** The actor graph of format.md for a dataset under filters. */
export function buildActorGraph(dataset: Dataset, filters: Filters, projection: Projection = 'clique'): ActorGraph {
  return actorGraphFrom(applyFilters(dataset, filters), projection);
}

/** The country graph of an already filtered dataset. */
export function countryGraphFrom(filtered: FilteredDataset): CountryGraph {
  const graph: CountryGraph = new UndirectedGraph<CountryNodeAttributes, CountryEdgeAttributes>();
  for (const actor of filtered.actors) {
    if (graph.hasNode(actor.country)) graph.updateNodeAttribute(actor.country, 'actors', (n = 0) => n + 1);
    else graph.addNode(actor.country, { actors: 1 });
  }
  // Pairs are summed in a Map first and added to the graph once each, in the order first seen (the order the
  // graph's edges had when each agreement looked its pair up in the graph): 50,000 graph lookups cost more.
  const pairs = new Map<string, { a: string; b: string; attributes: CountryEdgeAttributes }>();
  const add = (a: string, b: string, agreement: string): void => {
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key);
    if (pair === undefined) pairs.set(key, { a, b, attributes: { weight: 1, agreements: [agreement] } });
    else {
      pair.attributes.weight += 1;
      pair.attributes.agreements.push(agreement);
    }
  };
  const countryOf = (party: string): string => filtered.actorsById.get(party)?.country ?? '';
  for (const { agreement, parties } of filtered.agreements) {
    // Most agreements are bilateral: their two countries without a set and a sort.
    if (parties.length === 2) {
      const [a, b] = [countryOf(parties[0]!), countryOf(parties[1]!)];
      if (a !== '' && b !== '' && a !== b) add(a < b ? a : b, a < b ? b : a, agreement.id);
      continue;
    }
    const countries = [...new Set(parties.map(countryOf))].filter((code) => code !== '').sort();
    for (let i = 0; i < countries.length; i++) {
      for (let j = i + 1; j < countries.length; j++) add(countries[i]!, countries[j]!, agreement.id);
    }
  }
  for (const { a, b, attributes } of pairs.values()) graph.addEdge(a, b, attributes);
  return graph;
}

/** The country graph of format.md for a dataset under filters. */
export function buildCountryGraph(dataset: Dataset, filters: Filters): CountryGraph {
  return countryGraphFrom(applyFilters(dataset, filters));
}
