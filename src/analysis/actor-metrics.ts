// Per actor metrics on the actor graph (analysis.md, "Per actor"), hub nodes included in the graph but not listed.
import type Graph from 'graphology';
import { actorIdOf, isHubKey } from '../model/graph';
import { betweennessClosenessSteps } from './brandes';
import { constraint, degreeCentrality, degrees, eigenvectorCentrality, pagerank, strengths } from './centrality';
import { communities } from './community';
import { crossBorderCounts } from './cross-border';
import { toCsr, type Csr } from './csr';
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

/**
 * Distinct partners of each actor in another country. In the hub projection partners sit behind
 * agreement nodes, so a hub neighbour contributes its other parties. Keyed by actor id.
 */
export function crossBorderPartners(graph: Graph, csr: Csr = toCsr(graph)): Map<string, number> {
  return crossBorderCounts(csr, (key) => attribute(graph, key, 'country'));
}

/** The per actor metrics as Steps (progress mostly from the Brandes passes). */
export function* actorMetricsSteps(graph: Graph, options: ActorMetricsOptions = {}): Steps<ActorMetricsResult> {
  const csr: Csr = toCsr(graph);
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
  const community = communities(graph, { seed: options.seed ?? 1, labelled: (node) => !isHubKey(node) });
  const crossBorder = crossBorderPartners(graph, csr);
  const actors: ActorMetrics[] = [];
  csr.nodes.forEach((key, i) => {
    if (isHubKey(key)) return;
    const id = actorIdOf(key);
    actors.push({
      id,
      label: attribute(graph, key, 'label'),
      country: attribute(graph, key, 'country'),
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
