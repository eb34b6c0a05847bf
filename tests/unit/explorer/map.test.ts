// @vitest-environment jsdom
// The map layout and basemap: positions follow coordinates, shapes are drawn, the layer follows pan and zoom.
import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../../src/render/map/map-layout';
import { createBasemapLayer, syncBasemap } from '../../../src/render/map/basemap';
import { fitProjection, MAP_FRAME } from '../../../src/render/map/projection';
import { worldCountries, worldCountriesCoarse } from '../../../src/render/map/world';
import { GEO_SPACING, geoSpacingFor, MIN_GEO_SPACING } from '../../../src/render/layouts/geographic';
import { generateDataset } from '../../../src/model/generate';

const cities = [
  { id: 'helsinki', lon: 24.94, lat: 60.17 },
  { id: 'stockholm', lon: 18.07, lat: 59.33 },
  { id: 'oslo', lon: 10.75, lat: 59.91 },
  { id: 'tallinn', lon: 24.75, lat: 59.44 },
  { id: 'riga', lon: 24.1, lat: 56.95 },
  { id: 'copenhagen', lon: 12.57, lat: 55.68 },
];

describe('mapLayout', () => {
  const { positions, projection } = mapLayout(cities);
  const at = (id: string) => positions.get(id)!;

  it('puts a more easterly city further right and a more northerly one higher up', () => {
    expect(at('helsinki').x).toBeGreaterThan(at('stockholm').x);
    expect(at('stockholm').x).toBeGreaterThan(at('copenhagen').x);
    expect(at('copenhagen').x).toBeGreaterThan(at('oslo').x);
    expect(at('oslo').y).toBeLessThan(at('tallinn').y);
    expect(at('tallinn').y).toBeLessThan(at('riga').y);
  });

  it('fits the actors inside the frame, and lone cities sit exactly on their projected point', () => {
    for (const p of positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(MAP_FRAME.margin - 1);
      expect(p.x).toBeLessThanOrEqual(MAP_FRAME.width - MAP_FRAME.margin + 1);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(MAP_FRAME.height);
    }
    const [x, y] = projection([10.75, 59.91])!;
    expect(at('oslo')).toEqual({ x, y });
  });

  it('spreads actors of one city so none overlap', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `hki-${i}`, lon: 24.94, lat: 60.17 }));
    const layout = mapLayout([...many, ...cities]);
    const points = [...layout.positions.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(30);
  });

  it('fits the core of the actors, so a few far-away partners do not shrink the region', () => {
    const far = [
      { id: 'boston', lon: -71.06, lat: 42.36 },
      { id: 'shanghai', lon: 121.47, lat: 31.23 },
    ];
    const layout = mapLayout([...cities, ...cities.map((c) => ({ ...c, id: `${c.id}-2` })), ...far]);
    expect(layout.core.has('helsinki')).toBe(true);
    expect(layout.core.has('boston')).toBe(false);
    expect(layout.positions.get('boston')!.x).toBeLessThan(0);
    expect(layout.positions.get('shanghai')!.x).toBeGreaterThan(MAP_FRAME.width);
  });

  it('keeps 5,000 actors near their own places instead of pushing them into one disc', () => {
    const { actors } = generateDataset({ actors: 5000, agreements: 0, seed: 1 });
    const places = actors.map((a) => ({ id: a.id, lon: a.lon!, lat: a.lat! }));
    const layout = mapLayout(places);
    const projection5k = fitProjection(places);
    const moves = places.map((p) => {
      const [x, y] = projection5k([p.lon, p.lat])!;
      const at5k = layout.positions.get(p.id)!;
      return Math.hypot(at5k.x - x, at5k.y - y);
    });
    const mean = moves.reduce((sum, move) => sum + move, 0) / moves.length;
    // At the sample's spacing the crowd was pushed ~490 units on average (a disc over half the frame);
    // shrunk spacing and bounded passes keep it within a few node widths of home.
    expect(geoSpacingFor(places.length)).toBe(MIN_GEO_SPACING);
    expect(mean).toBeLessThan(3 * MIN_GEO_SPACING);
    expect(Math.max(...moves)).toBeLessThan(MAP_FRAME.width / 8);
  });

  it('keeps the full spacing for a few hundred actors and spreads a crowd at one country centre on a spiral', () => {
    expect(geoSpacingFor(191)).toBe(GEO_SPACING);
    const crowd = Array.from({ length: 300 }, (_, i) => ({ id: `lv-${i}`, lon: 24.6, lat: 56.9 }));
    const points = [...mapLayout(crowd).positions.values()];
    const spacing = geoSpacingFor(crowd.length);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(spacing * 0.99);
  });

  it('still fits a single actor (no zero-size extent)', () => {
    const projection1 = fitProjection([{ lon: 24.94, lat: 60.17 }]);
    const [x, y] = projection1([24.94, 60.17])!;
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});

describe('basemap', () => {
  it('draws the country shapes near the actors, tints occupied countries, and follows pan and zoom', () => {
    const container = document.createElement('div');
    container.appendChild(document.createElement('canvas'));
    const projection = fitProjection(cities);
    const layer = createBasemapLayer(container, projection, worldCountries(), { occupied: cities });
    expect(container.firstChild).toBe(layer.svg); // under the canvas
    const shapes = [...layer.svg.querySelectorAll('path')];
    expect(shapes.length).toBe(layer.shapes);
    expect(shapes.length).toBeGreaterThan(20);
    const names = shapes.map((s) => s.getAttribute('data-name'));
    expect(names).toEqual(expect.arrayContaining(['Finland', 'Sweden', 'Estonia', 'Latvia', 'Denmark', 'Norway']));
    expect(names).not.toContain('Australia');
    const fill = (name: string) => shapes.find((s) => s.getAttribute('data-name') === name)!.getAttribute('fill');
    expect(fill('Finland')).not.toBe(fill('Belarus'));
    expect(layer.svg.getAttribute('aria-hidden')).toBe('true');
    // Far countries come from the coarse set, once each.
    const world = createBasemapLayer(document.createElement('div'), projection, worldCountries(), {
      farFeatures: worldCountriesCoarse(),
    });
    const worldNames = [...world.svg.querySelectorAll('path')].map((s) => s.getAttribute('data-name'));
    expect(worldNames).toContain('United States of America');
    expect(worldNames.filter((n) => n === 'Finland')).toHaveLength(1);
    syncBasemap(layer, { x: 12, y: -7 }, 0.5);
    expect(layer.group.getAttribute('transform')).toBe('translate(12,-7) scale(0.5)');
  });
});
