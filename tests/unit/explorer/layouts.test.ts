// The pure layouts: grouped boxes never overlap, concentric rings follow the metric, spread points keep apart.
import { describe, expect, it } from 'vitest';
import { GROUPED_PORTRAIT_ASPECT, groupedLayout } from '../../../src/render/layouts/grouped';
import { concentricLayout } from '../../../src/render/layouts/concentric';
import { spreadPoints, spiralOffset } from '../../../src/render/layouts/spread';
import type { GroupBox, Point } from '../../../src/render/layouts/types';

const overlaps = (a: GroupBox, b: GroupBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (p: Point, box: GroupBox): boolean =>
  p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
const minDistance = (points: Point[]): number => {
  let min = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as Point;
      const b = points[j] as Point;
      min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
    }
  return min;
};

describe('groupedLayout', () => {
  const sizes: Record<string, number> = { SE: 12, FI: 9, DK: 7, NO: 5, EE: 3, LV: 2, LT: 1, PL: 4, DE: 6, IS: 1 };
  const nodes = Object.entries(sizes).flatMap(([group, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${group}-${i}`, group, weight: i })),
  );
  const { positions, boxes } = groupedLayout(nodes, { labelOf: (g) => `Country ${g}` });

  it('makes one box per group, and no two boxes overlap', () => {
    expect(boxes.map((b) => b.group).sort()).toEqual(Object.keys(sizes).sort());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('puts every node inside its own group box, and nodes apart from each other', () => {
    expect(positions.size).toBe(nodes.length);
    for (const node of nodes)
      expect(
        inside(
          positions.get(node.id)!,
          boxes.find((b) => b.group === node.group)!,
        ),
      ).toBe(true);
    expect(minDistance([...positions.values()])).toBeGreaterThanOrEqual(70 - 1e-9);
  });

  it('orders boxes largest first and puts the heaviest node of a group first (top-left)', () => {
    expect(boxes[0]!.group).toBe('SE');
    const first = positions.get('SE-11')!; // weight 11, the heaviest
    for (let i = 0; i < 11; i++) {
      const p = positions.get(`SE-${i}`)!;
      expect(p.y > first.y || (p.y === first.y && p.x > first.x)).toBe(true);
    }
  });

  it('packs the boxes to the aspect asked for: wider than tall by default, taller than wide for a portrait frame', () => {
    const shapeOf = (list: GroupBox[]): number =>
      Math.max(...list.map((b) => b.x + b.width)) / Math.max(...list.map((b) => b.y + b.height));
    // 27 countries of 1 to 27 actors, as in the sample.
    const many = Array.from({ length: 27 }, (_, g) =>
      Array.from({ length: g + 1 }, (_, i) => ({ id: `g${g}-${i}`, group: `C${g}`, weight: i })),
    ).flat();
    const landscape = groupedLayout(many);
    const portrait = groupedLayout(many, { aspect: GROUPED_PORTRAIT_ASPECT });
    expect(shapeOf(landscape.boxes)).toBeGreaterThan(1.2);
    expect(shapeOf(portrait.boxes)).toBeLessThan(1);
    for (let i = 0; i < portrait.boxes.length; i++)
      for (let j = i + 1; j < portrait.boxes.length; j++)
        expect(overlaps(portrait.boxes[i]!, portrait.boxes[j]!)).toBe(false);
  });

  it('is deterministic and handles an id like __proto__', () => {
    const again = groupedLayout([...nodes].reverse(), { labelOf: (g) => `Country ${g}` });
    expect([...again.positions].sort()).toEqual([...positions].sort());
    const odd = groupedLayout([{ id: '__proto__', group: 'constructor' }]);
    expect(odd.positions.get('__proto__')).toBeDefined();
    expect(odd.boxes[0]!.group).toBe('constructor');
  });
});

describe('concentricLayout', () => {
  const values = [5, 1, 9, null, 3, 3, 7, 0.5, 2, 8, 4, 6, 2.5, 1.5, 0, 11, 10, 12, 13];
  const nodes = values.map((value, i) => ({ id: `n${i}`, value }));
  const { positions, ring, radii } = concentricLayout(nodes, { spacing: 50 });

  it('puts the highest value in the centre and orders rings by the metric', () => {
    expect(positions.get('n18')).toEqual({ x: 0, y: 0 }); // value 13
    for (const a of nodes)
      for (const b of nodes) {
        if (ring.get(a.id)! < ring.get(b.id)!)
          expect(a.value ?? -Infinity).toBeGreaterThanOrEqual(b.value ?? -Infinity);
      }
    expect(ring.get('n3')).toBe(radii.length - 1); // null sorts last
  });

  it('places each node at its ring radius, neighbours at least the spacing apart', () => {
    for (const node of nodes) {
      const p = positions.get(node.id)!;
      expect(Math.hypot(p.x, p.y)).toBeCloseTo(radii[ring.get(node.id)!]!, 9);
    }
    expect(minDistance([...positions.values()])).toBeGreaterThanOrEqual(50 * 0.99);
  });
});

describe('spreadPoints', () => {
  it('keeps a lone node on its anchor and spreads a shared anchor into a spiral', () => {
    const shared = Array.from({ length: 12 }, (_, i) => ({ id: `h${i}`, x: 500, y: 500 }));
    const positions = spreadPoints([...shared, { id: 'far', x: 2000, y: 100 }], 30);
    expect(positions.get('far')).toEqual({ x: 2000, y: 100 });
    expect(positions.get('h0')).toEqual({ x: 500, y: 500 });
    expect(positions.get('h1')).toEqual({ x: 500 + spiralOffset(1, 30).x, y: 500 + spiralOffset(1, 30).y });
    expect(minDistance([...positions.values()])).toBeGreaterThanOrEqual(30 * 0.999);
  });

  it('pushes apart nodes of neighbouring anchors, keeping them near home', () => {
    const cities = [
      { x: 0, y: 0 },
      { x: 20, y: 5 },
      { x: 40, y: -10 },
      { x: 300, y: 300 },
    ];
    const nodes = cities.flatMap((c, k) => Array.from({ length: 6 }, (_, i) => ({ id: `c${k}-${i}`, x: c.x, y: c.y })));
    const positions = spreadPoints(nodes, 25);
    expect(positions.size).toBe(nodes.length);
    expect(minDistance([...positions.values()])).toBeGreaterThanOrEqual(25 * 0.999);
    for (const node of nodes) {
      const p = positions.get(node.id)!;
      expect(Math.hypot(p.x - node.x, p.y - node.y)).toBeLessThan(200);
    }
  });
});
