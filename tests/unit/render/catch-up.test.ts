// Layout switches and filters at scale: cytoscape catches up a slice per task, a newer call supersedes an unfinished one, taps wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeElement } from '../../../src/render/elements';
import { createGraphRenderer } from '../../../src/render/adapter';
import { CATCH_UP_SLICE, SYNC_FIRST_SLICE } from '../../../src/render/catch-up';
import { HIDDEN } from '../../../src/render/visibility';

/** 600 nodes: three slices of CATCH_UP_SLICE (250, 250, 100). */
const COUNT = 600;
const nodes = (size = 10, count = COUNT): NodeElement[] =>
  Array.from({ length: count }, (_, i) => ({
    data: { id: `n${i}`, label: `N ${i}`, size, color: '#123456', type: 'actor' },
    position: { x: i, y: 0 },
  })) as unknown as NodeElement[];
const scene = (list: NodeElement[]) => ({ elements: { nodes: list, edges: [], lineKinds: [] }, epoch: 1 }) as never;
const layout = (dy: number, count = COUNT) =>
  new Map(Array.from({ length: count }, (_, i) => [`n${i}`, { x: i, y: dy }]));
const atY = (renderer: ReturnType<typeof createGraphRenderer>, y: number): number =>
  renderer.cy.nodes().filter((node) => node.position().y === y).length;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sliced layout switch', () => {
  it('moves no node in the call itself, then one slice per task until every node is at its new position', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes()));
    renderer.applyLayout(layout(50), {});
    expect(atY(renderer, 50)).toBe(0);
    vi.advanceTimersToNextTimer();
    expect(atY(renderer, 50)).toBe(CATCH_UP_SLICE);
    vi.advanceTimersToNextTimer();
    expect(atY(renderer, 50)).toBe(2 * CATCH_UP_SLICE);
    vi.advanceTimersByTime(1000);
    expect(atY(renderer, 50)).toBe(COUNT);
    renderer.destroy();
  });

  it('moves every node in the call when fewer than sliceFrom move (small graphs keep the one batch)', () => {
    const renderer = createGraphRenderer({ sliceFrom: 1000 });
    renderer.update(scene(nodes()));
    renderer.applyLayout(layout(50), {});
    expect(atY(renderer, 50)).toBe(COUNT);
    renderer.destroy();
  });

  it('drops an unfinished layout for a newer one: every node ends at the newer position', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes()));
    renderer.applyLayout(layout(50), {});
    vi.advanceTimersToNextTimer();
    renderer.applyLayout(layout(80), {});
    vi.advanceTimersByTime(1000);
    expect(atY(renderer, 80)).toBe(COUNT);
    expect(atY(renderer, 50)).toBe(0);
    renderer.destroy();
  });

  it('supersedes an unfinished layout in one batch when the newer one moves few nodes from where they are', () => {
    const renderer = createGraphRenderer({ sliceFrom: 400 });
    renderer.update(scene(nodes()));
    renderer.applyLayout(layout(50), {});
    vi.advanceTimersToNextTimer();
    // 250 nodes have moved: going back moves those 250 only, below sliceFrom.
    renderer.applyLayout(layout(0), {});
    expect(atY(renderer, 0)).toBe(COUNT);
    vi.advanceTimersByTime(1000);
    expect(atY(renderer, 0)).toBe(COUNT);
    renderer.destroy();
  });

  it('takes the boxes of a call that moves nothing into the running layout, and finishes its moves', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes()));
    renderer.applyLayout(layout(50), {});
    vi.advanceTimersToNextTimer();
    renderer.applyLayout(new Map(), { boxes: [{ group: 'FI', x: 0, y: 1000, width: 100, height: 100 }] });
    expect(renderer.probe.nodesWith('group-box')).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(atY(renderer, 50)).toBe(COUNT);
    expect(renderer.probe.nodesWith('group-box')).toHaveLength(1);
    renderer.destroy();
  });

  it('ignores taps on nodes until cytoscape has caught up, then selects again', () => {
    const onSelect = vi.fn();
    const renderer = createGraphRenderer({ sliceFrom: 100, onSelect });
    renderer.update(scene(nodes()));
    renderer.applyLayout(layout(50), {});
    renderer.cy.getElementById('n3').emit('tap');
    expect(onSelect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    renderer.cy.getElementById('n3').emit('tap');
    expect(onSelect).toHaveBeenCalledWith('n3');
    renderer.destroy();
  });
});

describe('sliced filter update', () => {
  it('restyles a slice per task and ends with cytoscape holding exactly the new scene', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes(10)));
    const next = nodes(20).slice(0, 500);
    renderer.update(scene(next));
    // Nothing restyled in the call: 100 to hide and 500 to resize wait for their tasks.
    expect(renderer.cy.nodes(`.${HIDDEN}`)).toHaveLength(0);
    vi.advanceTimersToNextTimer();
    // The first slice, before any pace is known: the first SYNC_FIRST_SLICE of the 100 hides.
    expect(renderer.cy.nodes(`.${HIDDEN}`)).toHaveLength(SYNC_FIRST_SLICE);
    expect(renderer.cy.nodes('[size = 20]')).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(renderer.cy.nodes(`.${HIDDEN}`)).toHaveLength(100);
    expect(renderer.cy.nodes('[size = 20]')).toHaveLength(500);
    renderer.destroy();
  });

  it('drops an unfinished filter for a newer one, and runs a layout queued behind it once the filter is done', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes(10)));
    renderer.update(scene(nodes(20).slice(0, 300)));
    renderer.applyLayout(layout(50), {});
    vi.advanceTimersToNextTimer();
    renderer.update(scene(nodes(30)));
    vi.advanceTimersByTime(1000);
    expect(renderer.cy.nodes(`.${HIDDEN}`)).toHaveLength(0);
    expect(renderer.cy.nodes('[size = 30]')).toHaveLength(COUNT);
    expect(atY(renderer, 50)).toBe(COUNT);
    renderer.destroy();
  });
});

describe('a view that hides most nodes (the country view in the same epoch)', () => {
  const countries = (): NodeElement[] =>
    [0, 1].map((i) => ({
      data: { id: `\u0000country:C${i}`, label: `C ${i}`, size: 40, color: '#56B4E9', type: 'actor' },
      position: { x: 5000 + i * 100, y: 0 },
    })) as unknown as NodeElement[];

  it('hides the actors a slice per task and keeps them, then shows them again without adding any', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes()));
    const actors = renderer.cy.nodes().toArray();
    renderer.update(scene(countries()));
    expect(renderer.probe.nodeCount()).toBe(COUNT);
    vi.advanceTimersByTime(1000);
    expect(renderer.probe.nodeCount()).toBe(2);
    expect(renderer.cy.nodes(`.${HIDDEN}`)).toHaveLength(COUNT);
    renderer.update(scene(nodes()));
    vi.advanceTimersByTime(1000);
    expect(renderer.probe.nodeCount()).toBe(COUNT);
    expect(actors.every((node) => renderer.cy.getElementById(node.id()).same(node))).toBe(true);
    renderer.destroy();
  });

  it('applies a fitted layout of few moves once the hiding is done, so its fit measures the countries only', () => {
    const renderer = createGraphRenderer({ sliceFrom: 100 });
    renderer.update(scene(nodes()));
    renderer.update(scene(countries()));
    renderer.applyLayout(new Map([['\u0000country:C1', { x: 5100, y: 50 }]]), { fit: true });
    // Still catching up: the country may not be there yet, and it is not moved.
    expect(renderer.cy.getElementById('\u0000country:C1').position()).not.toEqual({ x: 5100, y: 50 });
    vi.advanceTimersByTime(1000);
    expect(renderer.cy.getElementById('\u0000country:C1').position()).toEqual({ x: 5100, y: 50 });
    expect(renderer.probe.nodeCount()).toBe(2);
    renderer.destroy();
  });
});

/** A headless renderer and a catch-up queue of its own whose slices wait for the next timer (fake in these tests). */
async function queueOnTimers() {
  const { createCatchUp } = await import('../../../src/render/catch-up');
  const { createGraphRenderer: make } = await import('../../../src/render/adapter');
  const renderer = make();
  const catchUp = createCatchUp(renderer.cy, renderer.edgeLayer, (run) => {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  });
  return { renderer, catchUp };
}

describe('catch-up queue', () => {
  it('runs a callback waiting for the queue after the last job, before the idle listeners; at once when idle', async () => {
    const { renderer, catchUp } = await queueOnTimers();
    const order: string[] = [];
    catchUp.onIdle(() => order.push('idle'));
    catchUp.run({ kind: 'sync', start: () => null, step: () => (order.push('step'), true), end: () => undefined });
    catchUp.after(() => order.push('replaced'));
    catchUp.after(() => order.push('after'));
    expect(order).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(order).toEqual(['step', 'after', 'idle']);
    catchUp.after(() => order.push('now'));
    expect(order.at(-1)).toBe('now');
    renderer.destroy();
  });

  it('hands over to cytoscape (the idle listeners) in the task after the last job ends, not in that task', async () => {
    const { renderer, catchUp } = await queueOnTimers();
    const order: string[] = [];
    catchUp.onIdle(() => order.push('idle'));
    catchUp.run({ kind: 'sync', start: () => null, step: () => true, end: () => order.push('end') });
    vi.advanceTimersToNextTimer();
    expect(order).toEqual(['end']);
    expect(catchUp.busy).toBe(false);
    vi.advanceTimersToNextTimer();
    expect(order).toEqual(['end', 'idle']);
    renderer.destroy();
  });

  it('runs a job queued by the end of the one before once, one slice per task', async () => {
    const { renderer, catchUp } = await queueOnTimers();
    const steps: string[] = [];
    const second = {
      kind: 'sync' as const,
      start: () => null,
      step: () => (steps.push('b'), steps.length >= 4),
      end: () => undefined,
    };
    catchUp.run({
      kind: 'sync',
      start: () => null,
      step: () => (steps.push('a'), true),
      end: () => catchUp.run(second),
    });
    vi.advanceTimersToNextTimer();
    expect(steps).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(steps).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1000);
    expect(steps).toEqual(['a', 'b', 'b', 'b']);
    expect(catchUp.busy).toBe(false);
    renderer.destroy();
  });
});
