// @vitest-environment jsdom
// Graphology's own GEXF reader (graphology-gexf, as Gephi Lite and sigma.js users load files) on the sample's export: metric attributes arrive under their names, lists as written.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { actorMetrics } from '../../../src/analysis/actor-metrics';
import { toGexf } from '../../../src/model/exports';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset } from '../../../src/model/types';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;

describe('graphology-gexf reading the GEXF export', () => {
  it("gives every node of the sample its metrics under their names (betweenness, degree…), equal to the app's values", () => {
    const graph = buildActorGraph(sample, emptyFilters());
    const computed = actorMetrics(graph);
    const metrics = new Map(computed.actors.map((actor) => [actor.id, actor]));
    const read = parse(Graph, toGexf(graph, { metrics }));
    expect(read.order).toBe(graph.order);
    expect(read.size).toBe(graph.size);
    const latvian = read.getNodeAttributes('latvian-it-cluster');
    const expected = metrics.get('latvian-it-cluster')!;
    expect(latvian.betweenness).toBeCloseTo(expected.betweenness!, 12);
    expect(latvian.degree).toBe(expected.degree);
    expect(latvian.country).toBe('LV');
    // No attribute is known only by a generated id such as m0…m9.
    const names = new Set(read.nodes().flatMap((node) => Object.keys(read.getNodeAttributes(node))));
    expect([...names].filter((name) => /^m\d+$/.test(name))).toEqual([]);
    expect(names).toContain('betweenness');
    expect(names).toContain('eigenvector');
  });
});
