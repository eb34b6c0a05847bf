// A filter's sliced sync: slices sized by the measured pace to a time budget, and styles computed in the slice's task.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { SYNC_BUDGET_MS, SYNC_FIRST_SLICE, timedSteps } from '../../../src/render/catch-up';
import { styleNow } from '../../../src/render/style-now';

/** Runs timedSteps over `count` units whose cost is `msPerUnit(at)` each on a fake clock; returns the slice sizes. */
function sliceSizes(count: number, msPerUnit: (unit: number) => number): number[] {
  let clock = 0;
  const sizes: number[] = [];
  const step = timedSteps(
    count,
    (from, to) => {
      sizes.push(to - from);
      for (let unit = from; unit < to; unit++) clock += msPerUnit(unit);
    },
    { clock: () => clock },
  );
  while (!step()) {
    if (sizes.length > count) throw new Error('timedSteps did not finish');
  }
  return sizes;
}

describe('timedSteps', () => {
  it('starts with SYNC_FIRST_SLICE, then sizes each slice to the budget at the last slice pace', () => {
    // 0.4 ms a unit: 60 units fit in the 24 ms budget.
    const sizes = sliceSizes(1000, () => 0.4);
    expect(sizes[0]).toBe(SYNC_FIRST_SLICE);
    expect(sizes[1]).toBe(Math.floor(SYNC_BUDGET_MS / 0.4));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('grows a slice at most to twice the one before when the pace gets faster', () => {
    // 1 ms a unit for the first slice, then 0.01 ms: the budget alone would allow 2,400.
    const sizes = sliceSizes(3000, (unit) => (unit < SYNC_FIRST_SLICE ? 1 : 0.01));
    expect(sizes.slice(0, 4)).toEqual([SYNC_FIRST_SLICE, 24, 48, 96]);
  });

  it('keeps a slice between 20 and 250 units (the fixed slice it replaced) however slow or fast the pace', () => {
    expect(sliceSizes(200, () => 50).slice(1, 3)).toEqual([20, 20]);
    const fast = sliceSizes(5000, () => 0);
    expect(Math.max(...fast)).toBe(250);
  });

  it('ends on the call that does the last unit, with every unit done once', () => {
    const done: number[] = [];
    const step = timedSteps(5, (from, to) => {
      for (let unit = from; unit < to; unit++) done.push(unit);
    });
    expect(step()).toBe(true);
    expect(done).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('styleNow', () => {
  it('applies a data change to the style before any frame, so the next frame finds the element clean', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)' } }],
      elements: [{ data: { id: 'a', size: 10 } }],
    });
    const node = cy.getElementById('a');
    expect(node.numericStyle('width')).toBe(10);
    node.data('size', 30);
    const dirty = (): boolean => (node as unknown as { _private: { styleDirty: boolean } })._private.styleDirty;
    expect(dirty()).toBe(true);
    styleNow(node);
    expect(dirty()).toBe(false);
    expect(node.numericStyle('width')).toBe(30);
    cy.destroy();
  });
});
