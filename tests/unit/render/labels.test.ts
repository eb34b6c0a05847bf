// Label placement: the most important label takes the first free side of its node; no label covers another label or a node.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  boxHitsDisc,
  labelBox,
  placeLabels,
  type Disc,
  type LabelCandidate,
} from '../../../src/render/label-placement';
import { LABEL_PX, placeCanvasLabels, placedLabelsOf } from '../../../src/render/labels';
import { stylesheet } from '../../../src/render/style';
import { applyHighlight } from '../../../src/render/layouts/highlight';

const disc = (id: string, x: number, y: number, r = 5): Disc => ({ id, x, y, r });
const want = (d: Disc, width = 60, height = 16, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  ...d,
  width,
  height,
  ...extra,
});

/**
 * Small nodes (r 3) on every label place of a node at (100, 100) with r 10 and a 60 × 16 label, but the one below it:
 * above, right, left and the four corners.
 */
const aroundButBelow = (): Disc[] =>
  [
    [100, 78],
    [150, 100],
    [50, 100],
    [140, 120],
    [140, 80],
    [60, 120],
    [60, 80],
  ].map(([x, y], i) => disc(`s${i}`, x!, y!, 3));

describe('placeLabels', () => {
  it('puts a lone label under its node, centred, `gap` below the rim', () => {
    const a = disc('a', 100, 100, 10);
    const [placed] = placeLabels([want(a)], [a], { gap: 3 });
    expect(placed).toEqual({ id: 'a', side: 'below', shift: 0, box: { x: 70, y: 113, width: 60, height: 16 } });
  });

  it('moves a label above, right or left of its node, then off its corners, when the places before are taken by nodes', () => {
    const a = disc('a', 100, 100, 10);
    // Small nodes on each side, each nearer the corners' labels than a's own rim is only if a reader could mistake it.
    const under = disc('under', 100, 127, 2);
    const over = disc('over', 100, 73, 2);
    const right = disc('right', 170, 100, 2);
    const left = disc('left', 30, 100, 2);
    const placed = (discs: Disc[]) => placeLabels([want(a)], discs)[0]?.side;
    expect(placed([a, under])).toBe('above');
    expect(placed([a, under, over])).toBe('right');
    expect(placed([a, under, over, right])).toBe('left');
    // The corners: below-right, above-right, below-left, above-left (each box 60 × 16, 3 px off the node's box).
    const taken = [a, under, over, right, left];
    expect(placed(taken)).toBe('below-right');
    expect(placed([...taken, disc('br', 140, 120)])).toBe('above-right');
    expect(placed([...taken, disc('br', 140, 120), disc('ar', 140, 80)])).toBe('below-left');
    const corners = [disc('br', 140, 120), disc('ar', 140, 80), disc('bl', 60, 120)];
    expect(placed([...taken, ...corners])).toBe('above-left');
    expect(placed([...taken, ...corners, disc('al', 60, 80)])).toBeUndefined();
  });

  it("leaves out the label of a node whose centre lies under a label placed before (a larger node's)", () => {
    const big = disc('big', 100, 100, 10);
    // Under big's label (y 113–129) but with room for its own label below it.
    const small = disc('small', 100, 126, 3);
    // Every place but below covers another small node, so the large node's label covers the small one.
    const around = aroundButBelow();
    const placed = placeLabels([want(big, 60, 16, { overNodes: true }), want(small, 40)], [big, small, ...around]);
    expect(placed.map((label) => [label.id, label.side])).toEqual([['big', 'below']]);
    // Forced (selected, hovered), it is named all the same.
    const forced = placeLabels(
      [want(big, 60, 16, { overNodes: true }), want(small, 40, 16, { forced: true })],
      [big, small, ...around],
    );
    expect(forced.map((label) => label.id)).toContain('small');
  });

  it('leaves out a corner label that lies nearer another node than its own', () => {
    // Nodes close under, over and beside a: every corner's label would sit as near one of them (8 px) as a (8.4 px).
    const a = disc('a', 100, 100, 10);
    const around = [disc('under', 100, 125), disc('over', 100, 75), disc('right', 150, 100), disc('left', 50, 100)];
    expect(placeLabels([want(a)], [a, ...around])).toEqual([]);
  });

  it("puts a corner label's box off the node's box corner, gap away both ways", () => {
    const a = disc('a', 100, 100, 10);
    expect(labelBox(a, 50, 16, 'below-right', 3)).toEqual({ x: 113, y: 113, width: 50, height: 16 });
    expect(labelBox(a, 50, 16, 'above-right', 3)).toEqual({ x: 113, y: 71, width: 50, height: 16 });
    expect(labelBox(a, 50, 16, 'below-left', 3)).toEqual({ x: 37, y: 113, width: 50, height: 16 });
    expect(labelBox(a, 50, 16, 'above-left', 3)).toEqual({ x: 37, y: 71, width: 50, height: 16 });
  });

  it('gives the first place to the label listed first, the next free side to the next, and leaves out a third', () => {
    const a = disc('a', 100, 100, 2);
    const b = disc('b', 104, 100, 2);
    const c = disc('c', 102, 100, 2);
    const placed = placeLabels([want(a, 200), want(b, 200), want(c, 200)], [a, b, c]);
    expect(placed.map((label) => [label.id, label.side])).toEqual([
      ['a', 'below'],
      ['b', 'above'],
    ]);
  });

  it('always places forced labels, first, and the others make room around them', () => {
    const a = disc('a', 100, 100, 2);
    const b = disc('b', 104, 100, 2);
    const placed = placeLabels([want(a, 200), want(b, 200, 16, { forced: true })], [a, b]);
    expect(placed.map((label) => [label.id, label.side])).toEqual([
      ['b', 'below'],
      ['a', 'above'],
    ]);
  });

  it('leaves out a label that would be cut at the edge of the bounds, unless it is forced', () => {
    const a = disc('a', 10, 100, 5);
    const bounds = { x: 0, y: 0, width: 100, height: 110 };
    // Below and above fall outside at the left, right would cross the right edge, left the left edge.
    expect(placeLabels([want(a, 120)], [a], { bounds })).toEqual([]);
    expect(placeLabels([want(a, 120, 16, { forced: true })], [a], { bounds })).toHaveLength(1);
  });

  it('hangs a label below its node slid into the bounds where no side fits, still spanning the node', () => {
    // At the left edge: below, above and left are cut by the edge, right covers b. Slid 50 px right and the
    // clearance (2 px) more, the label below starts just inside the edge and still lies under its node.
    // The right corners are taken too (nodes just past where the slid labels end); the left ones are cut by the edge.
    const a = disc('a', 10, 50, 5);
    const b = disc('b', 40, 50, 5);
    const corners = [disc('br', 134, 66), disc('ar', 134, 34)];
    const bounds = { x: 0, y: 0, width: 400, height: 200 };
    const [placed] = placeLabels([want(a, 120)], [a, b, ...corners], { bounds });
    expect(placed).toEqual({ id: 'a', side: 'below', shift: 52, box: { x: 2, y: 58, width: 120, height: 16 } });
    // A node under that place: the label hangs above instead; with one there too it is left out, as before.
    const under = disc('under', 100, 66);
    expect(placeLabels([want(a, 120)], [a, b, ...corners, under], { bounds })[0]).toMatchObject({
      side: 'above',
      shift: 52,
    });
    expect(placeLabels([want(a, 120)], [a, b, ...corners, under, disc('over', 100, 34)], { bounds })).toHaveLength(0);
  });

  it('keeps a forced label inside the bounds when some side fits there, even over a node', () => {
    const a = disc('a', 10, 100, 5);
    const b = disc('b', 40, 100, 5);
    const bounds = { x: 0, y: 0, width: 400, height: 200 };
    // Below, above, left and the left corners would be cut at the left edge; right is inside but covers b, and the
    // right corners are inside but cover nodes too.
    const corners = [disc('br', 100, 116), disc('ar', 100, 84)];
    const [placed] = placeLabels([want(a, 120, 16, { forced: true })], [a, b, ...corners], { bounds });
    expect(placed?.side).toBe('right');
  });

  it('keeps a forced label off an earlier forced label, over a node if it must, rather than on the first side inside', () => {
    // Two steps of a path near the canvas's right edge: q's label lies under q; r's below, above and right sides
    // leave the canvas, its left and below-left sides cover q's label, and its above-left corner covers q's node.
    const q = disc('q', 300, 100, 4);
    const r = disc('r', 380, 108, 4);
    const bounds = { x: 0, y: 0, width: 400, height: 300 };
    const [first, second] = placeLabels(
      [want(q, 110, 16, { forced: true }), want(r, 110, 16, { forced: true })],
      [q, r],
      {
        bounds,
      },
    );
    expect(first).toMatchObject({ id: 'q', side: 'below' });
    expect(second).toMatchObject({ id: 'r', side: 'above-left' });
    expect(boxesOverlap(first!.box, second!.box)).toBe(false);
    expect(boxHitsDisc(second!.box, q)).toBe(true);
  });

  it('slides a forced label that fits on no side sideways into the bounds, below its node', () => {
    const a = disc('a', 20, 100, 5);
    const bounds = { x: 0, y: 0, width: 200, height: 200 };
    const [placed] = placeLabels([want(a, 180, 16, { forced: true })], [a], { bounds });
    expect(placed?.side).toBe('below');
    // Centred it would start at -70: it is moved 70 to the right, flush with the left edge.
    expect(placed?.shift).toBe(70);
    expect(placed?.box.x).toBe(0);
  });

  it('gives a forced label a side off the controls (reserved) even where the first in-bounds side is under them', () => {
    // Below and above lie under the zoom buttons' corner, right leaves the canvas, left covers node b:
    // no side is free, and the only in-bounds one that leaves the buttons readable is left, over b.
    const a = disc('a', 250, 200, 5);
    const b = disc('b', 190, 200, 10);
    const bounds = { x: 0, y: 0, width: 320, height: 245 };
    const controls = { x: 272, y: 121, width: 48, height: 124 };
    const [placed] = placeLabels([want(a, 100, 16, { forced: true })], [a, b], { bounds, reserved: [controls] });
    expect(placed?.side).toBe('left');
    expect(boxesOverlap(placed!.box, controls)).toBe(false);
  });

  it('slides a long forced label that fits on no side left past the controls, inside the canvas', () => {
    // 250 px wide in a 320 px canvas: no side fits; slid only into the bounds it would end under the buttons.
    const a = disc('a', 200, 180, 8);
    const bounds = { x: 0, y: 0, width: 320, height: 245 };
    const controls = { x: 272, y: 121, width: 48, height: 124 };
    const [placed] = placeLabels([want(a, 250, 17, { forced: true })], [a], { bounds, reserved: [controls] });
    expect(['below', 'above']).toContain(placed?.side);
    expect(boxesOverlap(placed!.box, controls)).toBe(false);
    expect(placed!.box.x).toBeGreaterThanOrEqual(0);
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(controls.x);
    expect(placed!.shift).toBe(placed!.box.x - (200 - 125));
  });

  it('lets the largest actors label over small nodes where no place is free of them, but never over a front node or another label', () => {
    const big = disc('big', 100, 100, 10);
    const small = disc('small', 100, 122, 3);
    // A place that covers no node comes first; with a small node at every place, the label goes below, over one.
    expect(placeLabels([want(big, 60, 16, { overNodes: true })], [big, small])[0]?.side).toBe('above');
    const everywhere = [small, ...aroundButBelow()];
    expect(placeLabels([want(big, 60, 16, { overNodes: true })], [big, ...everywhere])[0]?.side).toBe('below');
    const front = disc('front', 100, 122, 3);
    const placed = placeLabels(
      [want(big, 60, 16, { overNodes: true }), want(front, 60, 16, { overNodes: true })],
      [big, front],
    );
    expect(placed.find((label) => label.id === 'big')?.side).toBe('above');
  });

  it('measures a label only when it is tried, and not at all where even a square label has no room', () => {
    const a = disc('a', 100, 100, 2);
    const crowd = [disc('n', 100, 112, 9), disc('s', 100, 88, 9), disc('e', 112, 100, 9), disc('w', 88, 100, 9)];
    let measured = 0;
    const measure = (): number => {
      measured++;
      return 80;
    };
    expect(placeLabels([{ ...a, width: measure, height: 16 }], [a, ...crowd])).toEqual([]);
    expect(measured).toBe(0);
    expect(placeLabels([{ ...a, width: measure, height: 16 }], [a])).toHaveLength(1);
    expect(measured).toBe(1);
  });

  it('skips a label unmeasured when even its least width (minWidth) has no room on any side', () => {
    const a = disc('a', 100, 100, 2);
    // Room for a 16-wide box on every side, not for a 60-wide one.
    const crowd = [disc('l', 70, 100, 5), disc('r', 130, 100, 5), disc('u', 100, 70, 5), disc('d', 100, 130, 5)];
    let measured = 0;
    const measure = (): number => {
      measured++;
      return 60;
    };
    expect(placeLabels([{ ...a, width: measure, height: 16, minWidth: 60 }], [a, ...crowd])).toEqual([]);
    expect(measured).toBe(0);
  });

  it('places thousands of labels with none covering another or any other node (random network)', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const discs = Array.from({ length: 1500 }, (_, i) =>
      disc(`n${i}`, random() * 1400, random() * 900, 1 + random() * 9),
    );
    const placed = placeLabels(
      discs.map((d) => want(d, 40 + random() * 120)),
      discs,
      { bounds: { x: 0, y: 0, width: 1400, height: 900 } },
    );
    expect(placed.length).toBeGreaterThan(15);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
      for (const d of discs) if (d.id !== placed[i]!.id) expect(boxHitsDisc(placed[i]!.box, d)).toBe(false);
    }
    // Correctness, not speed: ~1.5 s quiet, over 5 s when the two cores are shared with other work.
  }, 30_000);
});

describe('placeCanvasLabels', () => {
  /** A crowded row of five actors (the largest last) and one far away to the right. */
  function graph(): Core {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet });
    cy.add([
      ...[0, 1, 2, 3, 4].map((i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}`, label: `Actor ${i}`, size: 10 + i },
        position: { x: i * 14, y: 0 },
      })),
      { group: 'nodes' as const, data: { id: 'far', label: 'Far away', size: 10 }, position: { x: 3000, y: 0 } },
    ]);
    cy.zoom(1);
    cy.pan({ x: 300, y: 300 });
    return cy;
  }
  const canvas = { width: 1000, height: 600 };

  it('names the largest of a crowded row first, below it, at LABEL_PX on screen at any zoom', () => {
    const cy = graph();
    placeCanvasLabels(cy, canvas);
    expect(placedLabelsOf(cy).get('n4')).toBe('below');
    expect(cy.getElementById('n4').style('label')).toMatch(/^Actor /);
    expect(cy.getElementById('n4').data('labelFont')).toBe(LABEL_PX);
    cy.zoom(0.5);
    placeCanvasLabels(cy, canvas);
    // Twice the model size at half the zoom: still LABEL_PX on screen.
    expect(cy.getElementById('n4').data('labelFont')).toBe(LABEL_PX * 2);
  });

  it('a selected actor keeps its label even where a larger one wanted the place', () => {
    const cy = graph();
    cy.getElementById('n3').addClass('selected');
    placeCanvasLabels(cy, canvas);
    expect(placedLabelsOf(cy).get('n3')).toBe('below');
    expect(cy.getElementById('n3').style('label')).toMatch(/^Actor /);
  });

  it('names more of the row when zoomed in, and never an actor whose node is off the canvas', () => {
    const cy = graph();
    placeCanvasLabels(cy, canvas);
    const zoomedOut = [...placedLabelsOf(cy).keys()];
    expect(zoomedOut).not.toContain('far');
    cy.zoom({ level: 5, renderedPosition: { x: 330, y: 300 } });
    placeCanvasLabels(cy, canvas);
    const zoomedIn = [...placedLabelsOf(cy).keys()];
    expect(zoomedIn.length).toBeGreaterThan(zoomedOut.length);
    expect(zoomedIn).not.toContain('far');
    expect(cy.getElementById('far').style('label')).toBe('');
  });

  it("always names a path's two actors, and its steps only where their names cover no other name", () => {
    // The row is a path n0 … n4: n0 and n4 its ends. The steps n1–n3, 14 px apart, have no room for three names.
    const cy = graph();
    applyHighlight(cy, {
      keep: null,
      root: null,
      pathNodes: new Set(['n0', 'n1', 'n2', 'n3', 'n4']),
      pathPairs: [
        ['n0', 'n1'],
        ['n1', 'n2'],
        ['n2', 'n3'],
        ['n3', 'n4'],
      ],
      ends: new Set(['n0', 'n4']),
    });
    expect(cy.nodes('.path-end').map((node) => node.id())).toEqual(['n0', 'n4']);
    placeCanvasLabels(cy, canvas);
    const named = placedLabelsOf(cy);
    expect(named.has('n0') && named.has('n4')).toBe(true);
    const steps = ['n1', 'n2', 'n3'].filter((id) => named.has(id));
    expect(steps.length).toBeLessThan(3);
    // An unnamed step shows no label of its own (the stylesheet names only placed steps and the ends).
    for (const id of ['n1', 'n2', 'n3'].filter((step) => !named.has(step))) {
      expect(cy.getElementById(id).style('label')).toBe('');
    }
  });

  it('leaves faded actors unnamed', () => {
    const cy = graph();
    cy.getElementById('n4').addClass('faded');
    placeCanvasLabels(cy, canvas);
    expect(placedLabelsOf(cy).has('n4')).toBe(false);
    expect(placedLabelsOf(cy).size).toBeGreaterThan(0);
  });
});
