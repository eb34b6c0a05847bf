// The world's country shapes (Natural Earth 1:50m via world-atlas), bundled so the map needs no network.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';

export type CountryFeature = Feature<Geometry, { name: string }>;

let cache: CountryFeature[] | null = null;

/** Every country shape (1:50m: fine enough for Denmark's islands and the Baltic coast), decoded once. */
export function worldCountries(): CountryFeature[] {
  if (cache) return cache;
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  cache = feature(topology, topology.objects.countries).features as CountryFeature[];
  return cache;
}
