// The render side of presenting, on headless cytoscape: the link camera round trip and the export scene of a drawn graph.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toSvg } from '../../../src/model/exports';
import { applyCamera, panFor, readCamera, sameCamera } from '../../../src/render/camera';
import { encodeNodes } from '../../../src/render/encoding';
import { BOX_PREFIX } from '../../../src/render/layouts/boxes';
import { legendGroups, nodePositions, sceneFromCy, svgLegend } from '../../../src/render/scene';

/** Headless, styled like the app's nodes: the diameter from data(size), no border. */
const headless = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 0 } }],
  });

describe('camera', () => {
  it('puts the camera point at the canvas centre: pan = centre − point × zoom', () => {
    expect(panFor({ x: 10, y: -5, zoom: 2 }, 800, 600)).toEqual({ x: 380, y: 310 });
  });

  it('reads back what it applied, and knows when the canvas already shows a camera', () => {
    const cy = headless();
    applyCamera(cy, { x: 120.5, y: -40, zoom: 1.75 });
    const camera = readCamera(cy);
    expect(camera.zoom).toBe(1.75);
    expect(camera.x).toBeCloseTo(120.5, 9);
    expect(camera.y).toBeCloseTo(-40, 9);
    expect(sameCamera(cy, { x: 120.6, y: -40, zoom: 1.75 })).toBe(true);
    expect(sameCamera(cy, { x: 121, y: -40, zoom: 1.75 })).toBe(false);
    expect(sameCamera(cy, { x: 120.5, y: -40, zoom: 1.8 })).toBe(false);
  });

  it('clamps the zoom to what the canvas allows', () => {
    const cy = cytoscape({ headless: true, minZoom: 0.1, maxZoom: 4 });
    applyCamera(cy, { x: 0, y: 0, zoom: 50 });
    expect(cy.zoom()).toBe(4);
  });
});

function drawn() {
  const cy = headless();
  cy.add([
    {
      group: 'nodes',
      data: { id: 'a', label: '<script>alert(1)</script>', color: '#E69F00', size: 20 },
      position: { x: 100, y: 50 },
    },
    {
      group: 'nodes',
      data: { id: '__proto__', label: 'onload=x', color: 'url(javascript:1)', size: 40 },
      position: { x: 300, y: 250 },
    },
    { group: 'nodes', data: { id: `${BOX_PREFIX}FI`, label: 'Finland' }, position: { x: 0, y: 0 } },
    {
      group: 'edges',
      data: { id: 'e', source: 'a', target: '__proto__', width: 3, lineColor: '#4D4D4D', lineStyle: 'dashed' },
    },
  ]);
  return cy;
}

describe('sceneFromCy', () => {
  it('lays the whole graph out from the margin below the title, radii from sizes, boxes left out', () => {
    const scene = sceneFromCy(drawn(), { title: 'T', margin: 40 });
    // Shifted together, the left and top node edges on the margin (cytoscape's box adds about a pixel).
    const [a, proto] = scene.nodes;
    expect([proto!.x - a!.x, proto!.y - a!.y, a!.r, proto!.r]).toEqual([200, 200, 10, 20]);
    expect(a!.x - a!.r).toBeGreaterThanOrEqual(40);
    expect(a!.x - a!.r).toBeLessThanOrEqual(41.5);
    expect(a!.y - a!.r).toBeGreaterThanOrEqual(70);
    expect(a!.y - a!.r).toBeLessThanOrEqual(71.5);
    expect(scene.edges).toEqual([
      { source: 'a', target: '__proto__', width: 3, color: '#4D4D4D', dash: [6, 3], cap: 'butt' },
    ]);
    // Both labels of a graph with room for them are shown.
    expect(scene.nodes.map((n) => n.label)).toEqual(['<script>alert(1)</script>', 'onload=x']);
    expect(nodePositions(drawn()).get('__proto__')).toEqual({ x: 300, y: 250 });
  });

  it('places export labels as the canvas does: in a crowd, none covers another label or another node', () => {
    const cy = headless();
    cy.add(
      Array.from({ length: 30 }, (_, i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}`, label: `Cluster organisation ${i}`, color: '#888888', size: 10 + (i % 7) },
        position: { x: (i % 6) * 18, y: Math.floor(i / 6) * 18 },
      })),
    );
    cy.getElementById('n3').addClass('selected');
    const scene = sceneFromCy(cy);
    const labelled = scene.nodes.filter((node) => node.label !== '');
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(30);
    // The selected actor is always named.
    expect(labelled.map((node) => node.id)).toContain('n3');
    // The SVG's text boxes (11 units high, the width the scene measured) keep clear of each other.
    const boxes = labelled.map((node) => {
      const at = node.labelAt!;
      const width = node.label.length * 6.6;
      const x = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
      return { id: node.id, x, y: at.y - 11, width, height: 13 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} and ${b.id}`).toBe(false);
      }
    }
    expect(toSvg(scene)).toContain('text-anchor=');
  });

  it('gives an SVG in which the labels are text and the bad colour is grey', () => {
    const svg = toSvg(sceneFromCy(drawn(), { title: 'T' }));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son\w+=/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toContain('javascript');
  });

  it('turns the encoding into legend groups with the same words as the legend panel', () => {
    const encoding = encodeNodes(
      ['a', 'b'],
      {
        type: 'category',
        title: 'Country',
        values: new Map([
          ['a', 'FI'],
          ['b', 'SE'],
        ]),
        label: (c) => `Land ${c}`,
      },
      {
        title: 'Partners (degree)',
        values: new Map([
          ['a', 1],
          ['b', 3],
        ]),
      },
    );
    const groups = legendGroups(encoding, ['bilateral']);
    expect(groups.map((g) => g.title)).toEqual([
      'Colour: Country',
      'Size: Partners (degree)',
      'Lines: kind of agreement',
    ]);
    expect(groups[0]?.items.map((i) => i.label)).toEqual(['Land FI (1)', 'Land SE (1)']);
    expect(groups[1]?.items[0]?.label).toBe('1 (small) to 3 (large)');
    expect(groups[2]?.items[0]).toMatchObject({ label: 'Bilateral', line: { width: 2.5, dash: [], cap: 'butt' } });
    expect(svgLegend(groups)).toHaveLength(3 + 2 + 1 + 1);
  });
});
