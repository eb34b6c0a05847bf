// The world's country shapes (Natural Earth 1:50m via world-atlas), bundled so the map needs no network.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import countries110m from 'world-atlas/countries-110m.json';

export type CountryFeature = Feature<Geometry, { name: string }>;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const cache = new Map<string, CountryFeature[]>();

function decode(key: string, data: unknown): CountryFeature[] {
  const cached = cache.get(key);
  if (cached) return cached;
  const topology = data as CountriesTopology;
  const features = feature(topology, topology.objects.countries).features as CountryFeature[];
  cache.set(key, features);
  return features;
}

/** Every country shape at 1:50m (fine enough for Denmark's islands and the Baltic coast), decoded once. */
export const worldCountries = (): CountryFeature[] => decode('50m', countries50m);

/** The same at 1:110m, for countries far from the fitted frame, where detail would only cost drawing time. */
export const worldCountriesCoarse = (): CountryFeature[] => decode('110m', countries110m);
