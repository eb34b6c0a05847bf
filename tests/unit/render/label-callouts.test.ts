// Callouts: a label hung further out on a leader line where no side of its node has room, away from the crowd.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  CALLOUT_REACH,
  calloutPlaces,
  segmentHitsBox,
  segmentHitsDisc,
  segmentsCross,
} from '../../../src/render/label-callouts';
import { boxesOverlap, boxHitsDisc, placeLabels, type Disc } from '../../../src/render/label-placement';
import { leadersOf } from '../../../src/render/label-leaders';
import { placeCanvasLabels, placedLabelsOf } from '../../../src/render/labels';
import { sceneFromCy } from '../../../src/render/scene';
import { toSvg } from '../../../src/model/exports/svg';
import { stylesheet } from '../../../src/render/style';

const disc = (id: string, x: number, y: number, r = 3): Disc => ({ id, x, y, r });

describe('calloutPlaces', () => {
  it('tries the nearest reach first, pointing away from the crowd first, the box starting where the line ends', () => {
    const places = calloutPlaces(disc('a', 100, 100, 10), 50, 16, { x: 1, y: 0 });
    expect(places).toHaveLength(CALLOUT_REACH.length * 16);
    const [first] = places;
    const reach = CALLOUT_REACH[0]!;
    expect(first!.leader).toEqual({ x1: 110, y1: 100, x2: 110 + reach, y2: 100 });
    // Pointing right: the box starts at the line's end, centred on it vertically.
    expect(first!.box).toEqual({ x: 110 + reach, y: 92, width: 50, height: 16 });
    // Pointing left (half a turn, the last direction of the first reach): the box ends where the line ends.
    const left = places.slice(0, 16).find((place) => place.leader.x2 < 100 && Math.abs(place.leader.y2 - 100) < 1e-9)!;
    expect(left.box.x + left.box.width).toBeCloseTo(100 - 10 - reach, 9);
    // Every place of the second reach is further out than every one of the first.
    const length = (p: (typeof places)[number]): number =>
      Math.hypot(p.leader.x2 - p.leader.x1, p.leader.y2 - p.leader.y1);
    expect(Math.min(...places.slice(16, 32).map(length))).toBeGreaterThan(Math.max(...places.slice(0, 16).map(length)));
  });
});

describe('segment tests', () => {
  it('find crossing segments, a segment through a box or a disc, and pass those that miss', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 40, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 15, y1: 12, x2: 16, y2: 13 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 40, y2: 5 }, box)).toBe(false);
    expect(segmentHitsDisc({ x1: 0, y1: 0, x2: 20, y2: 0 }, disc('d', 10, 2, 3))).toBe(true);
    expect(segmentHitsDisc({ x1: 0, y1: 0, x2: 20, y2: 0 }, disc('d', 10, 5, 3))).toBe(false);
  });
});

/** A node at (100, 100), r 10, ringed by small nodes 20 px out, so no label of 16 px height fits on any side. */
const node = disc('a', 100, 100, 10);
const ring: Disc[] = Array.from({ length: 12 }, (_, i) => {
  const angle = (i / 12) * 2 * Math.PI;
  return disc(`r${i}`, 100 + 20 * Math.cos(angle), 100 + 20 * Math.sin(angle), 3);
});

describe('placeLabels with callouts', () => {
  it('hangs a ringed-in label on a leader line that starts at its rim, crosses no other node and ends at its box', () => {
    expect(placeLabels([{ ...node, width: 60, height: 16 }], [node, ...ring])).toEqual([]);
    const [placed] = placeLabels([{ ...node, width: 60, height: 16, callout: true }], [node, ...ring]);
    expect(placed?.side).toBe('callout');
    const { leader, box } = placed!;
    expect(Math.hypot(leader!.x1 - 100, leader!.y1 - 100)).toBeCloseTo(10, 9);
    expect(ring.filter((other) => segmentHitsDisc(leader!, other))).toEqual([]);
    expect(ring.filter((other) => boxHitsDisc(box, other))).toEqual([]);
    // The line ends on the box's edge: inside it or on its border, never short of it.
    expect(leader!.x2).toBeGreaterThanOrEqual(box.x);
    expect(leader!.x2).toBeLessThanOrEqual(box.x + box.width);
    expect(leader!.y2).toBeGreaterThanOrEqual(box.y);
    expect(leader!.y2).toBeLessThanOrEqual(box.y + box.height);
  });

  it('puts a country’s label on no side nearer another node than its own, where an actor’s may lie', () => {
    // A small node 3 px under where the label below would end: as near that label as the labelled node is.
    const under = disc('b', 100, 135, 3);
    expect(placeLabels([{ ...node, width: 60, height: 16 }], [node, under])[0]?.side).toBe('below');
    expect(placeLabels([{ ...node, width: 60, height: 16, callout: true }], [node, under])[0]?.side).toBe('above');
  });

  it('hangs a label on a leader line 10 px or more from every other node, so it is not read as a neighbour’s', () => {
    const [placed] = placeLabels([{ ...node, width: 60, height: 16, callout: true }], [node, ...ring]);
    expect(placed?.side).toBe('callout');
    const { box } = placed!;
    const gaps = ring.map((other) => {
      const nx = Math.max(box.x, Math.min(other.x, box.x + box.width));
      const ny = Math.max(box.y, Math.min(other.y, box.y + box.height));
      return Math.hypot(other.x - nx, other.y - ny) - other.r;
    });
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(10);
  });

  it('lays no later label across an earlier leader line, nor a later line across an earlier label', () => {
    const other = disc('b', 100, 170, 10);
    const placed = placeLabels(
      [
        { ...node, width: 60, height: 16, callout: true },
        { ...other, width: 120, height: 16, callout: true },
      ],
      [node, ...ring, other],
    );
    expect(placed).toHaveLength(2);
    const [first, second] = placed;
    expect(segmentHitsBox(first!.leader!, second!.box)).toBe(false);
    if (second!.leader) expect(segmentHitsBox(second!.leader, first!.box)).toBe(false);
    expect(boxesOverlap(first!.box, second!.box)).toBe(false);
  });
});

/**
 * A country ringed in by small unlabelled nodes, as a small country in the middle of Europe at a world fit; six larger
 * countries far off keep it out of the few whose labels may cover small nodes (labels.ts OVER_NODES).
 */
function ringedCountry(): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet });
  cy.add([
    {
      group: 'nodes' as const,
      data: { id: 'country:LT', label: 'Lithuania (9)', shortLabel: 'LT (9)', calloutLabel: true, size: 14 },
      position: { x: 0, y: 0 },
    },
    ...Array.from({ length: 6 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `country:F${i}`, label: `Far ${i}`, size: 30 },
      position: { x: -150, y: -120 + 50 * i },
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: '', size: 6 },
      position: { x: 26 * Math.cos((i / 12) * 2 * Math.PI), y: 26 * Math.sin((i / 12) * 2 * Math.PI) },
    })),
  ]);
  cy.zoom(2);
  cy.pan({ x: 400, y: 300 });
  return cy;
}

describe('placeCanvasLabels with callouts', () => {
  it('centres the label on its node moved by the callout offset, and draws its leader line in model units', () => {
    const cy = ringedCountry();
    placeCanvasLabels(cy, { width: 1000, height: 600 });
    expect(placedLabelsOf(cy).get('country:LT')).toBe('callout');
    const node = cy.getElementById('country:LT');
    expect(node.hasClass('label-callout')).toBe(true);
    expect(node.style('label')).toBe('Lithuania (9)');
    const leader = leadersOf(cy).get('country:LT')!;
    // The line starts on the node's rim (its drawn radius plus border, in model units) and ends beyond the ring.
    const start = Math.hypot(leader.x1, leader.y1);
    const end = Math.hypot(leader.x2, leader.y2);
    expect(start).toBeGreaterThan(7);
    expect(start).toBeLessThan(10);
    expect(end).toBeGreaterThan(26);
    // The label's middle lies beyond the line's end, on the same side of the node.
    const [dx, dy] = [Number(node.data('labelDx')), Number(node.data('labelDy'))];
    expect(Math.sign(Math.round(dx))).toBe(Math.sign(Math.round(leader.x2)));
    expect(Math.hypot(dx, dy)).toBeGreaterThan(end);
  });

  it('writes the callout into the SVG export as a line from the node to its label', () => {
    const scene = sceneFromCy(ringedCountry());
    const country = scene.nodes.find((n) => n.id === 'country:LT')!;
    expect(country.label).toBe('Lithuania (9)');
    expect(country.leader).toBeDefined();
    const svg = toSvg(scene);
    expect(svg).toMatch(/<g class="leaders"[^>]*>\s*<line /);
    expect(svg).toContain('>Lithuania (9)</text>');
  });

  it('never lays the largest country’s name over a neighbour’s circle: it hangs it on a leader line', () => {
    // Germany, the largest of the six largest (whose labels may cover actors), ringed in by twelve small countries.
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet });
    cy.add([
      {
        group: 'nodes' as const,
        data: { id: 'country:DE', label: 'Germany (13)', shortLabel: 'DE (13)', calloutLabel: true, size: 30 },
        position: { x: 0, y: 0 },
      },
      ...Array.from({ length: 12 }, (_, i) => ({
        group: 'nodes' as const,
        data: { id: `country:C${i}`, label: '', calloutLabel: true, size: 6 },
        position: { x: 30 * Math.cos((i / 12) * 2 * Math.PI), y: 30 * Math.sin((i / 12) * 2 * Math.PI) },
      })),
    ]);
    cy.pan({ x: 500, y: 300 });
    placeCanvasLabels(cy, { width: 1000, height: 600 });
    expect(placedLabelsOf(cy).get('country:DE')).toBe('callout');
    expect(leadersOf(cy).get('country:DE')).toBeDefined();
  });
});
