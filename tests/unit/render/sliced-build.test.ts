// The sliced node build: every node arrives at its position, a slice per task, and a stopped build adds no more.
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeElement } from '../../../src/render/elements';
import { addNodesInSlices } from '../../../src/render/sliced-build';
import { levelOfDetail } from '../../../src/render/lod';

const nodes = (count: number): NodeElement[] =>
  Array.from({ length: count }, (_, i) => ({
    data: { id: `n${i}`, label: `N ${i}`, size: 10, color: '#123456', type: 'actor' },
    position: { x: i * 3, y: -i },
  })) as unknown as NodeElement[];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('addNodesInSlices', () => {
  it('adds at most one slice per task, every node at its position, and calls finish once after the last', () => {
    const cy = cytoscape({ headless: true });
    const finish = vi.fn();
    addNodesInSlices(cy, nodes(1000), finish, 400);
    expect(cy.nodes().length).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(cy.nodes().length).toBe(400);
    expect(finish).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(cy.nodes().length).toBe(1000);
    expect(cy.getElementById('n999').position()).toEqual({ x: 2997, y: -999 });
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it('skips nodes cytoscape already holds, and adds nothing more once stopped', () => {
    const cy = cytoscape({ headless: true });
    cy.add({ group: 'nodes', data: { id: 'n0' }, position: { x: 7, y: 7 } });
    const finish = vi.fn();
    const stop = addNodesInSlices(cy, nodes(900), finish, 400);
    vi.advanceTimersToNextTimer();
    expect(cy.nodes().length).toBe(400);
    expect(cy.getElementById('n0').position()).toEqual({ x: 7, y: 7 });
    stop();
    vi.runAllTimers();
    expect(cy.nodes().length).toBe(400);
    expect(finish).not.toHaveBeenCalled();
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
