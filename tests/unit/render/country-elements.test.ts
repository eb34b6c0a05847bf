// The country view's elements (render/country-elements.ts): one node per country sized by actors and placed by geography, edges by agreements.
import { describe, expect, it } from 'vitest';
import { buildCountryGraph } from '../../../src/model/graph';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { createGraphRenderer } from '../../../src/render/adapter';
import { HUB_COLOR, OKABE_ITO, OTHER_COLOR, TOL_MUTED } from '../../../src/render/encoding';
import {
  COUNTRY_COLOR,
  COUNTRY_EDGE_RANGE,
  COUNTRY_MIN_SCALE,
  COUNTRY_NODE_RANGE,
  countryCodeOf,
  countryKey,
  countryMapPositions,
  countryViewElements,
} from '../../../src/render/country-elements';
import { sqrtScale } from '../../../src/render/elements';
import { countryInfo } from '../../../src/model/countries';
import { fitProjection } from '../../../src/render/map/projection';

const dataset: Dataset = {
  format: 'alliance-graph@1',
  countries: [{ code: 'XA', label: 'Atlantis' }],
  actors: [
    { id: 'f1', label: 'F1', kind: 'cluster', country: 'FI' },
    { id: 'f2', label: 'F2', kind: 'cluster', country: 'FI' },
    { id: 'f3', label: 'F3', kind: 'cluster', country: 'FI' },
    { id: 'f4', label: 'F4', kind: 'cluster', country: 'FI' },
    { id: 's1', label: 'S1', kind: 'agency', country: 'SE' },
    { id: 'n1', label: 'N1', kind: 'cluster', country: 'NO' },
    { id: 'x1', label: 'X1', kind: 'cluster', country: 'XA' },
  ],
  agreements: [
    { id: 'a', kind: 'bilateral', parties: ['f1', 's1'] },
    { id: 'b', kind: 'bilateral', parties: ['f2', 's1'] },
    { id: 'c', kind: 'multilateral', parties: ['f3', 's1', 'n1'] },
    { id: 'd', kind: 'bilateral', parties: ['f4', 'x1'] },
  ],
};

/** Each actor at its country's centroid, as the map places actors without their own lat/lon (Atlantis has none). */
const actorPlaces = dataset.actors.flatMap((actor) => {
  const centroid = countryInfo(actor.country, dataset).centroid;
  return centroid ? [{ id: actor.id, lat: centroid[0], lon: centroid[1] }] : [];
});
const positions = countryMapPositions(dataset, actorPlaces);

describe('countryMapPositions', () => {
  it("puts each country at its centroid in the actors' map projection (the one the basemap is drawn in)", () => {
    const project = fitProjection(actorPlaces);
    for (const code of ['FI', 'SE', 'NO']) {
      const [lat, lon] = countryInfo(code, dataset).centroid!;
      const [x, y] = project([lon, lat])!;
      expect(positions.get(countryKey(code))!.x).toBeCloseTo(x, 6);
      expect(positions.get(countryKey(code))!.y).toBeCloseTo(y, 6);
    }
  });

  it('leaves out a country without a known centroid', () => {
    expect(positions.has(countryKey('XA'))).toBe(false);
    expect(positions.size).toBe(3);
  });
});

describe('countryViewElements', () => {
  const elements = countryViewElements(buildCountryGraph(dataset, emptyFilters()), dataset, positions);
  const node = (code: string) => elements.nodes.find((n) => n.data.id === countryKey(code))!;

  it('draws every country in one colour that no category and neither grey (Other, hubs) uses elsewhere', () => {
    expect(new Set(elements.nodes.map((n) => n.data.color))).toEqual(new Set([COUNTRY_COLOR]));
    const taken = [...OKABE_ITO, ...TOL_MUTED, OTHER_COLOR, HUB_COLOR].map((c) => c.toLowerCase());
    expect(taken).not.toContain(COUNTRY_COLOR.toLowerCase());
  });
  const edge = (a: string, b: string) =>
    elements.edges.find(
      (e) => [e.data.source, e.data.target].sort().join() === [countryKey(a), countryKey(b)].sort().join(),
    )!;

  it('keys countries apart from actors, so an actor whose id is a country code keeps its own node', () => {
    const ids = elements.nodes.map((n) => n.data.id);
    expect(ids).not.toContain('FI');
    expect(ids.map(countryCodeOf).sort()).toEqual(['FI', 'NO', 'SE', 'XA']);
    for (const e of elements.edges) expect(ids).toEqual(expect.arrayContaining([e.data.source, e.data.target]));
  });

  it("is a map of countries, each weighted by its actors, for the fit to the map's core", () => {
    expect(elements.map).toBe('countries');
    expect(node('FI').data.weight).toBe(4);
    expect(node('SE').data.weight).toBe(1);
  });

  it('sizes countries by their actors (area grows with the count)', () => {
    expect(node('FI').data.size).toBe(COUNTRY_NODE_RANGE[1]);
    expect(node('SE').data.size).toBeCloseTo(
      COUNTRY_NODE_RANGE[0] + (COUNTRY_NODE_RANGE[1] - COUNTRY_NODE_RANGE[0]) * 0.5,
      1,
    );
    expect(node('FI').data.label).toBe('Finland (4)');
    expect(node('XA').data.label).toBe('Atlantis (1)');
  });

  it('gives each country its code and count as the shorter label a crowded map falls back on', () => {
    expect(node('FI').data.shortLabel).toBe('FI (4)');
    expect(node('NO').data.shortLabel).toBe('NO (1)');
    expect(node('XA').data.shortLabel).toBe('XA (1)');
  });

  it('weights edges by the number of agreements between two countries', () => {
    expect(edge('FI', 'SE').data.weight).toBe(3);
    expect(edge('FI', 'SE').data.width).toBe(COUNTRY_EDGE_RANGE[1]);
    expect(edge('SE', 'NO').data.weight).toBe(1);
    expect(edge('FI', 'SE').data.width).toBeGreaterThan(edge('SE', 'NO').data.width);
    expect(elements.edges).toHaveLength(4); // FI-SE, FI-NO, SE-NO, FI-XA
  });

  it('places countries by geography (Finland east of Sweden east of Norway) and unknown places below', () => {
    const x = (code: string) => node(code).position!.x;
    expect(x('FI')).toBeGreaterThan(x('SE'));
    expect(x('SE')).toBeGreaterThan(x('NO'));
    const lowest = Math.max(...['FI', 'SE', 'NO'].map((c) => node(c).position!.y));
    expect(node('XA').position!.y).toBeGreaterThan(lowest);
  });

  it('widens ties with the same square-root scale as the actor view (sqrtScale from 0 agreements)', () => {
    expect(edge('SE', 'NO').data.width).toBe(sqrtScale(1, 0, 3, COUNTRY_EDGE_RANGE));
    expect(sqrtScale(1, 0, 4, [1, 9])).toBe(5);
    expect(sqrtScale(3, 3, 3, [1.5, 7])).toBe(1.5);
    expect(sqrtScale(-2, 0, 0, [22, 72])).toBe(22);
  });
});

describe('country symbols at a whole-world zoom', () => {
  it('keep on screen the size they have at COUNTRY_MIN_SCALE when zoomed out past it, and grow with the zoom above it', () => {
    const elements = countryViewElements(buildCountryGraph(dataset, emptyFilters()), dataset, positions);
    const renderer = createGraphRenderer();
    renderer.update({ elements, epoch: 1 });
    const finland = renderer.cy.getElementById(countryKey('FI'));
    const onScreen = (): number => finland.renderedWidth();
    const zoomTo = (level: number): void => {
      renderer.cy.zoom(level);
    };
    zoomTo(1);
    expect(onScreen()).toBeCloseTo(COUNTRY_NODE_RANGE[1], 1);
    zoomTo(COUNTRY_MIN_SCALE);
    const atLeast = onScreen();
    expect(atLeast).toBeCloseTo(COUNTRY_NODE_RANGE[1] * COUNTRY_MIN_SCALE, 1);
    // At the sample's world fit (~0.14) a plain node would be a third of that; the symbol keeps its size.
    zoomTo(0.14);
    expect(onScreen()).toBeCloseTo(atLeast, 1);
    zoomTo(2);
    expect(onScreen()).toBeCloseTo(COUNTRY_NODE_RANGE[1] * 2, 1);
    renderer.destroy();
  });
});
