// Per actor metrics on the actor graph (analysis.md, "Per actor"), hub nodes included in the graph but not listed.
import type Graph from 'graphology';
import type { FilteredDataset } from '../model/filter';
import type { Projection } from '../model/types';
import { actorIdOf, isHubKey } from '../model/graph';
import { betweennessClosenessSteps } from './brandes';
import { constraint, degreeCentrality, degrees, eigenvectorCentrality, pagerank, strengths } from './centrality';
import { communities, communitiesOfEdges } from './community';
import { crossBorderCounts } from './cross-border';
import { csrFromEdgeList, edgesFromFiltered, toCsr, type Csr, type EdgeList } from './csr';
import { runSteps, scaled, type Steps } from './steps';
import type { ActorMetrics, RunControl } from './types';

export interface ActorMetricsResult {
  actors: ActorMetrics[];
  /** Why some metric is null, in words (empty when all is well). */
  notes: string[];
}

/** Finished betweenness and closeness in graph order, e.g. summed from two workers' brandesPartial runs. */
export interface PathMetrics {
  betweenness: Float64Array;
  closeness: Float64Array;
}

export interface ActorMetricsOptions extends RunControl {
  /** Seed of the Louvain random walk (default 1): the same data and seed give the same labels. */
  seed?: number;
  /** Betweenness and closeness computed elsewhere (in parallel); skips the Brandes passes here. */
  paths?: PathMetrics;
}

const attribute = (graph: Graph, node: string, key: string): string => {
  const value: unknown = graph.getNodeAttribute(node, key);
  return typeof value === 'string' ? value : '';
};

/** What the per actor metrics read: the graph as a CSR, its Louvain partition, and each actor node's label and country. */
export interface MetricGraph {
  csr: Csr;
  /** Louvain labels by node key (communities of community.ts), for a seed. */
  communities: (seed: number) => Map<string, number>;
  label: (key: string, index: number) => string;
  country: (key: string, index: number) => string;
}

/** The metric input of a graphology actor graph (trajectories, tests). */
export function metricGraphOf(graph: Graph, csr: Csr = toCsr(graph)): MetricGraph {
  return {
    csr,
    communities: (seed) => communities(graph, { seed, labelled: (node) => !isHubKey(node) }),
    label: (key) => attribute(graph, key, 'label'),
    country: (key) => attribute(graph, key, 'country'),
  };
}

/**
 * The metric input of actorGraphFrom(filtered, projection) without building that graph (1–2 s of
 * addEdge at 5,000 actors / 50,000 agreements): the same CSR, the same Louvain partition, the same
 * labels and countries (actor nodes come first, in filtered.actors order).
 */
export function metricGraphOfFiltered(
  filtered: FilteredDataset,
  projection: Projection = 'clique',
  edges: EdgeList = edgesFromFiltered(filtered, projection),
  csr: Csr = csrFromEdgeList(edges),
): MetricGraph {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    csr,
    communities: (seed) => communitiesOfEdges(edges, { seed, labelled: (node) => !isHubKey(node) }),
    label: (_key, i) => text(filtered.actors[i]?.label),
    country: (_key, i) => text(filtered.actors[i]?.country),
  };
}

/**
 * Distinct partners of each actor in another country. In the hub projection partners sit behind
 * agreement nodes, so a hub neighbour contributes its other parties. Keyed by actor id.
 */
export function crossBorderPartners(graph: Graph, csr: Csr = toCsr(graph)): Map<string, number> {
  return crossBorderCounts(csr, (key) => attribute(graph, key, 'country'));
}

/** The per actor metrics of a graphology actor graph as Steps (progress mostly from the Brandes passes). */
export function actorMetricsSteps(graph: Graph, options: ActorMetricsOptions = {}): Steps<ActorMetricsResult> {
  return metricsSteps(metricGraphOf(graph), options);
}

/** The per actor metrics as Steps, from any metric input (graphology graph or filtered data). */
export function* metricsSteps(input: MetricGraph, options: ActorMetricsOptions = {}): Steps<ActorMetricsResult> {
  const { csr } = input;
  const notes: string[] = [];
  yield 0.01;
  if (options.paths !== undefined && options.paths.betweenness.length !== csr.nodes.length) {
    throw new Error('analysis/actor-metrics: the precomputed paths do not fit this graph (other filters or data?).');
  }
  const paths = options.paths ?? (yield* scaled(betweennessClosenessSteps(csr), 0.01, 0.85));
  const degree = degrees(csr);
  const strength = strengths(csr);
  const centrality = degreeCentrality(csr);
  const eigen = eigenvectorCentrality(csr);
  if (eigen.values === null && csr.nodes.length > 0) notes.push(`eigenvector: ${eigen.reason}`);
  yield 0.9;
  const rank = pagerank(csr);
  if (rank.values === null) notes.push(`pagerank: ${rank.reason}`);
  const burt = constraint(csr);
  yield 0.93;
  const community = input.communities(options.seed ?? 1);
  const crossBorder = crossBorderCounts(csr, input.country);
  const actors: ActorMetrics[] = [];
  csr.nodes.forEach((key, i) => {
    if (isHubKey(key)) return;
    const id = actorIdOf(key);
    actors.push({
      id,
      label: input.label(key, i),
      country: input.country(key, i),
      degree: degree[i]!,
      strength: strength[i]!,
      degreeCentrality: centrality[i]!,
      betweenness: paths.betweenness[i]!,
      closeness: paths.closeness[i]!,
      eigenvector: eigen.values === null ? null : eigen.values[i]!,
      pagerank: rank.values === null ? null : rank.values[i]!,
      constraint: burt[i] ?? null,
      community: community.get(key) ?? -1,
      crossBorderPartners: crossBorder.get(id) ?? 0,
    });
  });
  return { actors, notes };
}

/** Per actor metrics of the actor graph (clique or hub projection), in graph order. */
export function actorMetrics(graph: Graph, options: ActorMetricsOptions = {}): ActorMetricsResult {
  return runSteps(actorMetricsSteps(graph, options), options);
}
