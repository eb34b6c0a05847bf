// The derived graphs of format.md on a small hand-made dataset: projections, summed weights, every filter, the country graph.
import { describe, expect, it } from 'vitest';
import { activeInYear, applyFilters, effectiveSectors, actorIndex, yearOf } from '../../../src/model/filter';
import { buildActorGraph, buildCountryGraph, hubKey, type ActorGraph } from '../../../src/model/graph';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters, type Dataset, type Filters } from '../../../src/model/types';
import { validateDataset } from '../../../src/model/validate';

/*
 * fi1 (FI cluster, cleantech), fi2 (FI agency, ict), dk1 (DK cluster, cleantech), se1 (SE cluster, health),
 * ee1 (EE network, no sectors).
 * a1 fi1–dk1 bilateral cleantech 2011–open weight 2; a2 dk1–fi1 bilateral (no sectors) 2015–2016;
 * a3 fi1,dk1,se1,ee1 multilateral (no sectors) since 2010-05-01; a4 fi2–se1 export-promotion ict since 2018;
 * a5 fi1–fi2 other, until 2012-12-31.
 */
const dataset: Dataset = {
  format: 'alliance-graph@1',
  sectors: [
    { id: 'cleantech', label: 'Cleantech' },
    { id: 'ict', label: 'ICT' },
    { id: 'health', label: 'Health' },
  ],
  actors: [
    { id: 'fi1', label: 'FI one', kind: 'cluster', country: 'FI', sectors: ['cleantech'] },
    { id: 'fi2', label: 'FI two', kind: 'agency', country: 'FI', sectors: ['ict'] },
    { id: 'dk1', label: 'DK one', kind: 'cluster', country: 'DK', sectors: ['cleantech'] },
    { id: 'se1', label: 'SE one', kind: 'cluster', country: 'SE', sectors: ['health'] },
    { id: 'ee1', label: 'EE one', kind: 'network', country: 'EE' },
  ],
  agreements: [
    {
      id: 'a1',
      kind: 'bilateral',
      parties: ['fi1', 'dk1'],
      sectors: ['cleantech'],
      since: 2011,
      until: null,
      weight: 2,
    },
    { id: 'a2', kind: 'bilateral', parties: ['dk1', 'fi1'], since: 2015, until: 2016 },
    { id: 'a3', kind: 'multilateral', parties: ['fi1', 'dk1', 'se1', 'ee1'], since: '2010-05-01' },
    { id: 'a4', kind: 'export-promotion', parties: ['fi2', 'se1'], sectors: ['ict'], since: 2018 },
    { id: 'a5', kind: 'other', parties: ['fi1', 'fi2'], until: '2012-12-31' },
  ],
};

const filters = (partial: Partial<Filters>): Filters => ({ ...emptyFilters(), ...partial });

/** Edges as "a–b weight" strings, endpoints sorted, for readable comparisons. */
function edges(graph: ActorGraph): string[] {
  return graph
    .mapEdges((_edge, attributes, source, target) => `${[source, target].sort().join('–')} ${attributes.weight}`)
    .sort();
}

describe('the test dataset', () => {
  it('is valid', () => {
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

describe('actor graph projections', () => {
  it('clique: one edge per pair, weights of repeated pairs summed', () => {
    const graph = buildActorGraph(dataset, emptyFilters());
    expect(graph.order).toBe(5);
    expect(edges(graph)).toEqual([
      'dk1–ee1 1',
      'dk1–fi1 4', // a1 (2) + a2 (1) + a3 (1)
      'dk1–se1 1',
      'ee1–fi1 1',
      'ee1–se1 1',
      'fi1–fi2 1',
      'fi1–se1 1',
      'fi2–se1 1',
    ]);
    expect(graph.getEdgeAttribute('fi1', 'dk1', 'agreements')).toEqual(['a1', 'a2', 'a3']);
  });

  it('hub: agreements with three or more parties become nodes joined to each party with weight 1', () => {
    const graph = buildActorGraph(dataset, emptyFilters(), 'hub');
    const hub = hubKey('a3');
    expect(graph.order).toBe(6);
    expect(graph.getNodeAttributes(hub)).toEqual({ nodeType: 'agreement', label: 'a3', agreementKind: 'multilateral' });
    expect(graph.neighbors(hub).sort()).toEqual(['dk1', 'ee1', 'fi1', 'se1']);
    expect(graph.getEdgeAttribute('fi1', 'dk1', 'weight')).toBe(3); // a1 (2) + a2 (1); a3 goes through the hub
    expect(graph.hasEdge('se1', 'ee1')).toBe(false);
    expect(graph.size).toBe(7);
  });
});

describe('filters', () => {
  it('sector: effective sectors come from the parties when an agreement lists none', () => {
    const byId = actorIndex(dataset);
    const [a1, a2, a3, a4, a5] = dataset.agreements as [never, never, never, never, never];
    expect(effectiveSectors(a1, byId)).toEqual(['cleantech']);
    expect(effectiveSectors(a2, byId)).toEqual(['cleantech']);
    expect(effectiveSectors(a3, byId).sort()).toEqual(['cleantech', 'health']);
    expect(effectiveSectors(a4, byId)).toEqual(['ict']);
    expect(effectiveSectors(a5, byId).sort()).toEqual(['cleantech', 'ict']);
  });

  it('sector health: a3 passes through its parties, and its parties pass as partners', () => {
    const graph = buildActorGraph(dataset, filters({ sectors: ['health'] }));
    expect(graph.nodes().sort()).toEqual(['dk1', 'ee1', 'fi1', 'se1']);
    expect(edges(graph)).toEqual(['dk1–ee1 1', 'dk1–fi1 1', 'dk1–se1 1', 'ee1–fi1 1', 'ee1–se1 1', 'fi1–se1 1']);
  });

  it('sector ict: a4 by its own sectors, a5 by its parties’ sectors', () => {
    const graph = buildActorGraph(dataset, filters({ sectors: ['ict'] }));
    expect(graph.nodes().sort()).toEqual(['fi1', 'fi2', 'se1']);
    expect(edges(graph)).toEqual(['fi1–fi2 1', 'fi2–se1 1']);
  });

  it('country: agreements keep their parties in the wanted countries; a4 falls to one party and drops out', () => {
    const filtered = applyFilters(dataset, filters({ countries: ['FI', 'DK'] }));
    expect(filtered.agreements.map((p) => [p.agreement.id, p.parties])).toEqual([
      ['a1', ['fi1', 'dk1']],
      ['a2', ['dk1', 'fi1']],
      ['a3', ['fi1', 'dk1']],
      ['a5', ['fi1', 'fi2']],
    ]);
    expect(edges(buildActorGraph(dataset, filters({ countries: ['FI', 'DK'] })))).toEqual(['dk1–fi1 4', 'fi1–fi2 1']);
  });

  it('actor kind: only clusters; the multilateral keeps three parties', () => {
    const graph = buildActorGraph(dataset, filters({ actorKinds: ['cluster'] }));
    expect(graph.nodes().sort()).toEqual(['dk1', 'fi1', 'se1']);
    expect(edges(graph)).toEqual(['dk1–fi1 4', 'dk1–se1 1', 'fi1–se1 1']);
  });

  it('a multilateral agreement cut to fewer than two parties drops out', () => {
    const filtered = applyFilters(dataset, filters({ actorKinds: ['agency', 'network'] }));
    expect(filtered.actors.map((a) => a.id)).toEqual(['fi2', 'ee1']);
    expect(filtered.agreements).toEqual([]);
    const hubGraph = buildActorGraph(dataset, filters({ actorKinds: ['agency', 'network'] }), 'hub');
    expect(hubGraph.order).toBe(2);
    expect(hubGraph.size).toBe(0);
  });

  it('a multilateral cut to three parties is still a hub', () => {
    const graph = buildActorGraph(dataset, filters({ countries: ['DK', 'SE', 'EE'] }), 'hub');
    expect(graph.neighbors(hubKey('a3')).sort()).toEqual(['dk1', 'ee1', 'se1']);
  });

  it('agreement kind: actors stay, only the bilateral ties remain', () => {
    const graph = buildActorGraph(dataset, filters({ agreementKinds: ['bilateral'] }));
    expect(graph.order).toBe(5);
    expect(edges(graph)).toEqual(['dk1–fi1 3']);
  });

  it.each([
    [2009, ['a5']],
    [2010, ['a3', 'a5']],
    [2012, ['a1', 'a3', 'a5']],
    [2013, ['a1', 'a3']],
    [2016, ['a1', 'a2', 'a3']],
    [2017, ['a1', 'a3']],
    [2018, ['a1', 'a3', 'a4']],
  ])('year %i: active agreements by since/until, dates by their year, until null open', (year, ids) => {
    expect(applyFilters(dataset, filters({ year })).agreements.map((p) => p.agreement.id)).toEqual(ids);
  });

  it('reads years from integers and YYYY-MM-DD dates', () => {
    expect(yearOf(2011)).toBe(2011);
    expect(yearOf('2012-12-31')).toBe(2012);
    expect(yearOf(null)).toBeNull();
    expect(yearOf(undefined)).toBeNull();
    expect(activeInYear({ id: 'x', kind: 'other', parties: [], since: '2012-06-01', until: null }, 2012)).toBe(true);
  });
});

describe('country graph', () => {
  it('weights each country pair by the number of agreements joining them', () => {
    const graph = buildCountryGraph(dataset, emptyFilters());
    expect(graph.nodes().sort()).toEqual(['DK', 'EE', 'FI', 'SE']);
    expect(graph.getNodeAttribute('FI', 'actors')).toBe(2);
    const weights = graph.mapEdges((_e, a, s, t) => `${[s, t].sort().join('–')} ${a.weight}`).sort();
    expect(weights).toEqual(['DK–EE 1', 'DK–FI 3', 'DK–SE 1', 'EE–FI 1', 'EE–SE 1', 'FI–SE 2']);
  });

  it('gives each pair the agreements whose parties span both countries, in agreement order (generated, 300 actors)', () => {
    const generated = generateDataset({ actors: 300, agreements: 1500, seed: 7 });
    const country = new Map(generated.actors.map((actor) => [actor.id, actor.country]));
    // Counted the plain way: every agreement's set of countries, every pair in it.
    const expected = new Map<string, string[]>();
    for (const agreement of generated.agreements) {
      const countries = [...new Set(agreement.parties.map((party) => country.get(party)!))].sort();
      for (let i = 0; i < countries.length; i++) {
        for (let j = i + 1; j < countries.length; j++) {
          const key = `${countries[i]}–${countries[j]}`;
          expected.set(key, [...(expected.get(key) ?? []), agreement.id]);
        }
      }
    }
    const graph = buildCountryGraph(generated, emptyFilters());
    const drawn = new Map(graph.mapEdges((_e, a, s, t) => [[s, t].sort().join('–'), a.agreements] as const));
    expect(generated.agreements.some((agreement) => agreement.parties.length > 2)).toBe(true);
    expect(drawn).toEqual(expected);
    graph.forEachEdge((_e, a) => expect(a.weight).toBe(a.agreements.length));
  });

  it('follows the filters (year 2013: a1 and a3 only)', () => {
    const graph = buildCountryGraph(dataset, filters({ year: 2013 }));
    expect(graph.getEdgeAttribute('DK', 'FI', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute('FI', 'SE', 'weight')).toBe(1);
  });
});
