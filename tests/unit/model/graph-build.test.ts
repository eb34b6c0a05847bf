// The actor graph built in slices against a plain one-pass build: same nodes, edges, order, attributes, whatever the slice.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyFilters, type FilteredDataset } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import {
  actorGraphFrom,
  actorKey,
  cliqueTies,
  hubKey,
  startActorGraph,
  type ActorGraph,
  type EdgeAttributes,
  type NodeAttributes,
} from '../../../src/model/graph';
import { buildTieIndex, cliqueTiesFrom, filteredTies } from '../../../src/model/ties';
import { emptyFilters, type Dataset, type Projection } from '../../../src/model/types';

/** The build as format.md describes it, in one pass: graphology's edge(a, b) for every pair of every agreement. */
function plainBuild(filtered: FilteredDataset, projection: Projection): ActorGraph {
  const graph: ActorGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const actor of filtered.actors) {
    const attributes: NodeAttributes = {
      nodeType: 'actor',
      label: actor.label,
      kind: actor.kind,
      country: actor.country,
      sectors: actor.sectors ?? [],
    };
    if (typeof actor.x === 'number' && typeof actor.y === 'number')
      Object.assign(attributes, { x: actor.x, y: actor.y });
    graph.addNode(actorKey(actor.id), attributes);
  }
  for (const { agreement, parties } of filtered.agreements) {
    if (projection === 'hub' && parties.length >= 3) {
      const hub = hubKey(agreement.id);
      graph.addNode(hub, {
        nodeType: 'agreement',
        label: agreement.label ?? agreement.id,
        agreementKind: agreement.kind,
      });
      for (const party of parties) graph.addEdge(hub, actorKey(party), { weight: 1, agreements: [agreement.id] });
      continue;
    }
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const a = actorKey(parties[i] as string);
        const b = actorKey(parties[j] as string);
        const edge = graph.edge(a, b);
        if (edge === undefined) graph.addEdge(a, b, { weight: agreement.weight ?? 1, agreements: [agreement.id] });
        else {
          const attributes = graph.getEdgeAttributes(edge);
          attributes.weight += agreement.weight ?? 1;
          attributes.agreements.push(agreement.id);
        }
      }
    }
  }
  return graph;
}

/** Everything about a graph that code can observe, with generated edge keys reduced to their counter. */
function snapshot(graph: ActorGraph): unknown {
  return {
    nodes: graph.mapNodes((key, attributes) => [key, attributes]),
    edges: graph.mapEdges((key, attributes, source, target) => [
      key.replace(/^geid_\d+_/, ''),
      source,
      target,
      attributes,
    ]),
  };
}

/** A generated network plus the awkward cases: an actor keyed like an Object.prototype member, repeated pairs. */
function dataset(): Dataset {
  const generated = generateDataset({ actors: 300, agreements: 1500, seed: 11 });
  generated.actors.push({ id: 'constructor', label: 'Constructor', kind: 'cluster', country: 'FI' });
  const first = generated.actors[0]?.id as string;
  const second = generated.actors[1]?.id as string;
  generated.agreements.push(
    { id: 'x1', kind: 'multilateral', parties: ['constructor', first, second], weight: 2 },
    { id: 'x2', kind: 'bilateral', parties: [second, 'constructor'] },
  );
  return generated;
}

describe('startActorGraph', () => {
  for (const projection of ['clique', 'hub'] as const) {
    it(`builds the same ${projection} graph in one go or in slices, in the same order`, () => {
      const data = dataset();
      for (const filters of [emptyFilters(), { ...emptyFilters(), year: 2012 }]) {
        const filtered = applyFilters(data, filters);
        const expected = snapshot(plainBuild(filtered, projection));
        const whole = actorGraphFrom(filtered, projection);
        expect(whole.size).toBeGreaterThan(0);
        expect(snapshot(whole)).toEqual(expected);
        for (const slice of [1, 7, 500]) {
          const build = startActorGraph(filtered, projection, slice);
          let steps = 1;
          while (!build.step()) steps++;
          expect(steps).toBe(Math.max(1, Math.ceil(filtered.agreements.length / slice)));
          expect(snapshot(build.graph)).toEqual(expected);
        }
      }
    });
  }

  it('has the nodes in before the first step, and is done at once without agreements', () => {
    const filtered = applyFilters(dataset(), emptyFilters());
    const build = startActorGraph(filtered, 'clique', 10);
    expect(build.graph.order).toBe(filtered.actors.length);
    expect(build.graph.size).toBe(0);
    expect(startActorGraph({ ...filtered, agreements: [] }).step()).toBe(true);
  });
});

describe('cliqueTies', () => {
  it("lists the clique graph's nodes, edges (order and ends) and degrees", () => {
    const data = dataset();
    for (const filters of [emptyFilters(), { ...emptyFilters(), year: 2012, countries: ['FI', 'SE', 'DK'] }]) {
      const filtered = applyFilters(data, filters);
      const graph = actorGraphFrom(filtered, 'clique');
      const ties = cliqueTies(filtered);
      expect(ties.keys).toEqual(graph.nodes());
      expect([...ties.source].map((_, e) => [ties.keys[ties.source[e]!], ties.keys[ties.target[e]!]])).toEqual(
        graph.mapEdges((_key, _attributes, source, target) => [source, target]),
      );
      expect([...ties.degree]).toEqual(graph.mapNodes((key) => graph.degree(key)));
    }
  });
});

describe('cliqueTiesFrom', () => {
  it('gives cliqueTies’ keys, ends in order and degrees from the clique projection’s filtered ties', () => {
    const data = dataset();
    const index = buildTieIndex(data);
    for (const filters of [emptyFilters(), { ...emptyFilters(), year: 2012, countries: ['FI', 'SE', 'DK'] }]) {
      const filtered = applyFilters(data, filters);
      const from = cliqueTiesFrom(filteredTies(index, filtered, 'clique'));
      const plain = cliqueTies(filtered);
      expect(from?.keys).toEqual(plain.keys);
      expect([...(from?.source ?? [])]).toEqual([...plain.source]);
      expect([...(from?.target ?? [])]).toEqual([...plain.target]);
      expect([...(from?.degree ?? [])]).toEqual([...plain.degree]);
    }
  });
});
