// A sliced build's last update: from an empty cytoscape it holds the scene already, so the nodes are not compared again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeElement } from '../../../src/render/elements';
import { createGraphRenderer } from '../../../src/render/adapter';

// planSync as it is, counted: the comparison of every node with the scene is what the build's end leaves out.
const plans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/render/sync-plan', async (original) => {
  const actual = await original<typeof import('../../../src/render/sync-plan')>();
  return {
    ...actual,
    planSync: (...args: Parameters<typeof actual.planSync>) => {
      plans.count++;
      return actual.planSync(...args);
    },
  };
});

const nodes = (count: number, tag = ''): NodeElement[] =>
  Array.from({ length: count }, (_, i) => ({
    data: { id: `n${i}`, label: `N ${i}${tag}`, size: 10, color: '#123456', type: 'actor' },
    position: { x: i * 3, y: -i },
  })) as unknown as NodeElement[];
const scene = (list: NodeElement[], epoch = 1) =>
  ({ elements: { nodes: list, edges: [], lineKinds: [] }, epoch }) as never;

beforeEach(() => {
  vi.useFakeTimers();
  plans.count = 0;
});
afterEach(() => vi.useRealTimers());

describe("a sliced build's end", () => {
  it('plans no sync after building a new dataset from empty, and cytoscape holds every node with its data', () => {
    // Nodes on the layer: the ties then never go to cytoscape, so its nodes are the whole scene.
    const renderer = createGraphRenderer({ nodeLayerFrom: 0 });
    const done = vi.fn();
    renderer.build(scene(nodes(500)), done);
    vi.advanceTimersByTime(2000);
    expect(done).toHaveBeenCalledTimes(1);
    expect(plans.count).toBe(0);
    expect(renderer.cy.nodes().length).toBe(500);
    expect(renderer.cy.getElementById('n499').data('label')).toBe('N 499');
    renderer.destroy();
  });

  it('compares the nodes when the build found the same dataset held already, and brings their data up to date', () => {
    const renderer = createGraphRenderer({ nodeLayerFrom: 0 });
    renderer.update(scene(nodes(300)));
    plans.count = 0;
    const done = vi.fn();
    renderer.build(scene(nodes(300, ' (renamed)')), done);
    vi.advanceTimersByTime(2000);
    expect(done).toHaveBeenCalledTimes(1);
    expect(plans.count).toBe(1);
    expect(renderer.cy.getElementById('n7').data('label')).toBe('N 7 (renamed)');
    renderer.destroy();
  });
});
