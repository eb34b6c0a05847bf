// The actor graph built a slice per task for a panel at thousands of actors: the same graph as one build, shared with actorGraphOf.
import { describe, expect, it, vi } from 'vitest';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { actorGraphInTasks, actorGraphOf, builtActorGraph } from '../../../src/state/derived';

const dataset = generateDataset({ actors: 400, agreements: 5000, seed: 4 });
/** A fresh filtered dataset each time, so no graph is built for it yet. */
const filtered = () => applyFilters(dataset, emptyFilters());
const edges = (graph: ReturnType<typeof actorGraphFrom>) =>
  graph.mapEdges((_edge, attributes, source, target) => [source, target, attributes.weight, attributes.agreements]);

describe('actorGraphInTasks', () => {
  it('builds over several tasks the very graph one build makes, which actorGraphOf then returns without building', async () => {
    const input = filtered();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const graph = await actorGraphInTasks(input, 'clique', () => true);
    // 5,000 agreements at 2,000 a task: two waits for a later task between three slices.
    expect(timeouts.mock.calls.filter(([, delay]) => delay === 0).length).toBeGreaterThanOrEqual(2);
    timeouts.mockRestore();
    const once = actorGraphFrom(input, 'clique');
    expect(graph!.nodes()).toEqual(once.nodes());
    expect(edges(graph!)).toEqual(edges(once));
    expect(builtActorGraph(input, 'clique')).toBe(graph);
    expect(actorGraphOf(input, 'clique')).toBe(graph);
  });

  it('stops when the reader is gone, keeping nothing, and takes a graph built at once meanwhile', async () => {
    const input = filtered();
    expect(await actorGraphInTasks(input, 'clique', () => false)).toBeNull();
    expect(builtActorGraph(input, 'clique')).toBeNull();
    const pending = actorGraphInTasks(input, 'hub', () => true);
    const atOnce = actorGraphOf(input, 'hub');
    expect(await pending).toBe(atOnce);
  });
});
