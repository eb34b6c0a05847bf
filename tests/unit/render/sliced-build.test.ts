// The renderer's sliced node build: every node arrives at its position, a slice per task, and a stopped build adds no more.
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeElement } from '../../../src/render/elements';
import { createGraphRenderer } from '../../../src/render/adapter';
import { addMissingNodes, BUILD_FIRST_SLICE } from '../../../src/render/sliced-build';
import { levelOfDetail } from '../../../src/render/lod';

const nodes = (count: number): NodeElement[] =>
  Array.from({ length: count }, (_, i) => ({
    data: { id: `n${i}`, label: `N ${i}`, size: 10, color: '#123456', type: 'actor' },
    position: { x: i * 3, y: -i },
  })) as unknown as NodeElement[];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const scene = (list: NodeElement[]) => ({ elements: { nodes: list, edges: [], lineKinds: [] }, epoch: 1 }) as never;

describe("the renderer's sliced build", () => {
  it('adds BUILD_FIRST_SLICE nodes in its first task, then the rest in later ones, every node at its position, and calls done once after the last', () => {
    const renderer = createGraphRenderer();
    const done = vi.fn();
    renderer.build(scene(nodes(1000)), done);
    expect(renderer.cy.nodes().length).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(renderer.cy.nodes().length).toBe(BUILD_FIRST_SLICE);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(renderer.cy.nodes().length).toBe(1000);
    expect(renderer.cy.getElementById('n999').position()).toEqual({ x: 2997, y: -999 });
    expect(done).toHaveBeenCalledTimes(1);
    renderer.destroy();
  });

  it('adds nothing more once stopped, and never calls done', () => {
    const renderer = createGraphRenderer();
    const done = vi.fn();
    const stop = renderer.build(scene(nodes(900)), done);
    vi.advanceTimersToNextTimer();
    expect(renderer.cy.nodes().length).toBe(BUILD_FIRST_SLICE);
    stop();
    vi.advanceTimersByTime(1000);
    expect(renderer.cy.nodes().length).toBe(BUILD_FIRST_SLICE);
    expect(done).not.toHaveBeenCalled();
    renderer.destroy();
  });
});

describe('addMissingNodes', () => {
  it('adds the range at its positions and skips nodes cytoscape already holds, where they are', () => {
    const cy = cytoscape({ headless: true });
    cy.add({ group: 'nodes', data: { id: 'n0' }, position: { x: 7, y: 7 } });
    addMissingNodes(cy, nodes(900), 0, 400);
    expect(cy.nodes().length).toBe(400);
    expect(cy.getElementById('n0').position()).toEqual({ x: 7, y: 7 });
    expect(cy.getElementById('n399').position()).toEqual({ x: 1197, y: -399 });
    expect(cy.getElementById('n400').empty()).toBe(true);
  });
});

describe('levelOfDetail on new positions', () => {
  it('chooses the same ties for the same edges array, whatever the nodes', () => {
    const edges = Array.from({ length: 30 }, (_, i) => ({
      data: { id: `e${i}`, source: `n${i % 7}`, target: `n${(i * 3 + 1) % 11}`, weight: (i * 7) % 5 },
    }));
    const first = levelOfDetail({ nodes: nodes(11), edges } as never, { budget: 12 });
    const moved = levelOfDetail({ nodes: nodes(11).map((n) => ({ ...n, position: { x: 0, y: 0 } })), edges } as never, {
      budget: 12,
    });
    const fresh = levelOfDetail({ nodes: nodes(11), edges: edges.slice() } as never, { budget: 12 });
    expect(moved.elements.edges).toBe(first.elements.edges);
    expect(fresh.elements.edges.map((e) => e.data.id)).toEqual(first.elements.edges.map((e) => e.data.id));
    expect(first.elements.edges).toHaveLength(12);
    expect(moved.elements.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });
});
