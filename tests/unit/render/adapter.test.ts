// The cytoscape adapter in headless mode: element data, style mapping, layout choice, filter updates, selection.
import { describe, expect, it, vi } from 'vitest';
import { actorIdOf, buildActorGraph } from '../../../src/model/graph';
import { emptyFilters, type AgreementKind, type Dataset, type Filters } from '../../../src/model/types';
import { createGraphRenderer } from '../../../src/render/adapter';
import { HIDDEN, shownNodes } from '../../../src/render/visibility';
import { buildElements, edgeId, EDGE_WIDTH_RANGE } from '../../../src/render/elements';
import { encodeNodes, LINE_ENCODINGS, LINE_PATTERNS } from '../../../src/render/encoding';
import { smallDataset } from './fixture';

function elementsOf(dataset: Dataset, filters: Filters = emptyFilters()) {
  const graph = buildActorGraph(dataset, filters);
  const ids = graph.nodes().map(actorIdOf);
  const countries = new Map(dataset.actors.map((actor) => [actor.id, actor.country]));
  const degree = new Map(graph.nodes().map((key) => [actorIdOf(key), graph.degree(key)]));
  const encoding = encodeNodes(
    ids,
    { type: 'category', title: 'Country', values: countries, label: (code) => code },
    { title: 'Partners', values: degree },
  );
  const kinds = new Map<string, AgreementKind>(dataset.agreements.map((a) => [a.id, a.kind]));
  return { elements: buildElements(graph, encoding, kinds), encoding };
}

describe('buildElements', () => {
  it('makes one node per actor and one edge per pair, styled by agreement kind', () => {
    const { elements, encoding } = elementsOf(smallDataset());
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['a', 'b', '__proto__', 'constructor', 'lone']);
    const byId = new Map(elements.edges.map((e) => [e.data.id, e.data]));
    // a–b carries a bilateral (weight 1) and a soft-landing (weight 3): one mixed edge of weight 4, the widest.
    expect(byId.get(edgeId('a', 'b'))).toMatchObject({ weight: 4, lineKind: 'mixed', width: EDGE_WIDTH_RANGE[1] });
    expect(byId.get(edgeId('a', '__proto__'))).toMatchObject({
      weight: 1,
      lineKind: 'multilateral',
      lineStyle: 'dashed',
      width: EDGE_WIDTH_RANGE[0],
    });
    expect(byId.get(edgeId('b', 'constructor'))).toMatchObject({ lineKind: 'sister-city', lineStyle: 'dotted' });
    expect(elements.edges).toHaveLength(5);
    expect(elements.lineKinds).toEqual(['multilateral', 'sister-city', 'mixed']);
    expect(elements.nodes.find((n) => n.data.id === '__proto__')?.data.color).toBe(encoding.color.get('__proto__'));
  });

  it('carries saved positions only when the actors have them', () => {
    expect(elementsOf(smallDataset(false)).elements.nodes.every((n) => n.position === undefined)).toBe(true);
    expect(elementsOf(smallDataset(true)).elements.nodes.find((n) => n.data.id === 'lone')?.position).toEqual({
      x: 50,
      y: 200,
    });
  });
});

describe('createGraphRenderer (headless)', () => {
  it('draws every element with colours and line styles taken from the data', () => {
    const renderer = createGraphRenderer();
    const { elements } = elementsOf(smallDataset(true));
    renderer.update({ elements, epoch: 1 });
    const { cy } = renderer;
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.edges()).toHaveLength(5);
    const proto = cy.getElementById('__proto__');
    expect(proto.data('label')).toBe('Proto');
    const hex = proto.data('color') as string;
    const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    expect(proto.style('background-color')).toBe(rgb);
    // Dotted kinds are drawn as round dots: cytoscape's dashed style with the table's pattern and round caps.
    const dotted = cy.getElementById(edgeId('b', 'constructor'));
    expect([dotted.style('line-style'), dotted.style('line-cap')]).toEqual(['dashed', 'round']);
    expect(dotted.style('line-dash-pattern')).toBe(LINE_PATTERNS.dotted.dash.join(' '));
    expect(cy.getElementById(edgeId('a', 'b')).style('line-color')).toBe('rgb(154,154,154)');
    expect(LINE_ENCODINGS.mixed.color).toBe('#9A9A9A');
    renderer.destroy();
  });

  it('uses saved positions as they are instead of running a layout', () => {
    const onPlaced = vi.fn();
    const renderer = createGraphRenderer({ onPlaced });
    renderer.update({ elements: elementsOf(smallDataset(true)).elements, epoch: 1 });
    expect(renderer.cy.getElementById('lone').position()).toEqual({ x: 50, y: 200 });
    expect(renderer.cy.getElementById('b').position()).toEqual({ x: 100, y: 0 });
    expect(onPlaced).toHaveBeenCalledTimes(1);
    renderer.destroy();
  });

  it('gives every node a position of its own when none is saved (rings by partners), none on top of another', () => {
    const renderer = createGraphRenderer();
    renderer.update({ elements: elementsOf(smallDataset(false)).elements, epoch: 1 });
    const positions = renderer.cy.nodes().map((node) => node.position());
    const distinct = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(5);
    renderer.destroy();
  });

  it('keeps surviving nodes in place when a filter changes, and brings hidden ones back where they were', () => {
    const renderer = createGraphRenderer();
    const dataset = smallDataset(false);
    renderer.update({ elements: elementsOf(dataset).elements, epoch: 1 });
    const before = new Map(renderer.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    renderer.update({
      elements: elementsOf(dataset, { ...emptyFilters(), countries: ['FI', 'DK'] }).elements,
      epoch: 1,
    });
    expect(shownNodes(renderer.cy).map((n) => n.id())).toEqual(['a', 'b', 'constructor']);
    // The others stay, undrawn: hidden by display, not removed.
    const hidden = renderer.cy.nodes(`.${HIDDEN}`);
    expect(hidden.map((n) => n.id()).sort()).toEqual(['__proto__', 'lone']);
    for (const node of hidden) expect(node.style('display')).toBe('none');
    for (const node of renderer.cy.nodes()) expect(node.position()).toEqual(before.get(node.id()));
    renderer.update({ elements: elementsOf(dataset).elements, epoch: 1 });
    expect(renderer.cy.getElementById('__proto__').position()).toEqual(before.get('__proto__'));
    renderer.destroy();
  });

  it('forgets everything when the epoch (the loaded dataset) changes', () => {
    const renderer = createGraphRenderer();
    renderer.update({ elements: elementsOf(smallDataset(true)).elements, epoch: 1 });
    const other: Dataset = {
      format: 'alliance-graph@1',
      actors: [
        { id: 'x', label: 'X', kind: 'cluster', country: 'PL', x: 5, y: 6 },
        { id: 'y', label: 'Y', kind: 'cluster', country: 'LT', x: 7, y: 8 },
      ],
      agreements: [{ id: 'xy', kind: 'bilateral', parties: ['x', 'y'] }],
    };
    renderer.update({ elements: elementsOf(other).elements, epoch: 2 });
    expect(renderer.cy.nodes().map((n) => n.id())).toEqual(['x', 'y']);
    expect(renderer.cy.getElementById('x').position()).toEqual({ x: 5, y: 6 });
    renderer.destroy();
  });

  it('selects a node with its edges, reports taps, and clears on the background', () => {
    const onSelect = vi.fn();
    const renderer = createGraphRenderer({ onSelect });
    renderer.update({ elements: elementsOf(smallDataset(true)).elements, epoch: 1 });
    renderer.select('constructor');
    const { cy } = renderer;
    expect(cy.getElementById('constructor').hasClass('selected')).toBe(true);
    expect(
      cy
        .edges('.touching')
        .map((e) => e.id())
        .sort(),
    ).toEqual([edgeId('__proto__', 'constructor'), edgeId('a', 'constructor'), edgeId('b', 'constructor')].sort());
    renderer.select('no-such-actor');
    expect(cy.elements('.selected, .touching')).toHaveLength(0);
    cy.getElementById('__proto__').emit('tap');
    expect(onSelect).toHaveBeenLastCalledWith('__proto__');
    cy.emit('tap');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    renderer.destroy();
  });

  it('gives a node tap to one handler only: the one set with setNodeTap, else the selection', () => {
    const onSelect = vi.fn();
    const onCountry = vi.fn();
    const renderer = createGraphRenderer({ onSelect });
    renderer.update({ elements: elementsOf(smallDataset(true)).elements, epoch: 1 });
    renderer.setNodeTap(onCountry);
    renderer.cy.getElementById('a').emit('tap');
    expect(onCountry).toHaveBeenCalledExactlyOnceWith('a');
    expect(onSelect).not.toHaveBeenCalled();
    renderer.setNodeTap(null);
    renderer.cy.getElementById('a').emit('tap');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('a');
    expect(onCountry).toHaveBeenCalledTimes(1);
    renderer.destroy();
  });

  it('gives Enter on the keyboard’s node (tapNode) to the same one handler a tap goes to', () => {
    const onSelect = vi.fn();
    const onCountry = vi.fn();
    const renderer = createGraphRenderer({ onSelect });
    renderer.update({ elements: elementsOf(smallDataset(true)).elements, epoch: 1 });
    renderer.setNodeTap(onCountry);
    renderer.tapNode('b');
    expect(onCountry).toHaveBeenCalledExactlyOnceWith('b');
    expect(onSelect).not.toHaveBeenCalled();
    renderer.setNodeTap(null);
    renderer.tapNode('b');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('b');
    renderer.destroy();
  });
});

describe('createGraphRenderer with awkward ids', () => {
  it('treats __proto__, constructor and toString as ordinary ids', () => {
    const renderer = createGraphRenderer();
    const node = (id: string, x: number) => ({
      group: 'nodes' as const,
      data: { id, label: `label ${id}`, type: 'actor' as const, color: '#000000', size: 14 },
      position: { x, y: 0 },
    });
    const edge = (a: string, b: string) => ({
      group: 'edges' as const,
      data: {
        id: edgeId(a, b),
        source: a,
        target: b,
        weight: 1,
        width: 2,
        lineStyle: 'solid',
        lineColor: '#000000',
        lineKind: 'bilateral' as const,
      },
    });
    const ids = ['__proto__', 'constructor', 'toString'];
    renderer.update({
      elements: {
        nodes: ids.map((id, i) => node(id, i * 10)),
        edges: [edge('__proto__', 'constructor'), edge('constructor', 'toString')],
        lineKinds: ['bilateral'],
      },
      epoch: 1,
    });
    expect(renderer.cy.nodes().map((n) => n.id())).toEqual(ids);
    expect(renderer.cy.getElementById('__proto__').data('label')).toBe('label __proto__');
    expect(renderer.cy.getElementById('constructor').degree(false)).toBe(2);
    expect([...renderer.renderedPositions().keys()]).toEqual(ids);
    renderer.select('toString');
    expect(renderer.cy.getElementById('toString').hasClass('selected')).toBe(true);
    renderer.destroy();
  });
});
