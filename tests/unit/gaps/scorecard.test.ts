// Country scorecard figures on the hand-made fixture, every value worked out by hand in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysedSectors, analysisScope } from '../../../src/analysis/scope';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import {
  countryScorecard,
  countryScorecards,
  csvCell,
  scorecardsCsv,
  singlePointsOfFailure,
} from '../../../src/analysis/scorecard';
import { fixture } from './fixture';

// Betweenness of the fixture's actor graph, normalised by (n-1)(n-2)/2 = 10 pairs:
// ee1 lies on lv1–ee2, lv1–fi2, lv1–se1, lv1–fi1 (4); ee2 on lv1–se1, ee1–se1, fi2–se1, fi1–se1 (4);
// fi2 on lv1–fi1, ee1–fi1, ee2–fi1, fi1–se1 (4); so 0.4 each and 0 for the leaves.
const betweenness = new Map([
  ['ee1', 0.4],
  ['ee2', 0.4],
  ['fi2', 0.4],
  ['lv1', 0],
  ['se1', 0],
  ['fi1', 0],
]);
// Clusters in no agreement with an agency: only fi2 shares a4 with the agency fi1.
const exportLinkGaps = ['ee1', 'ee2', 'lv1', 'se1'];

describe('analysedSectors (the denominator)', () => {
  it('takes the sectors marked target, or the picked ones', () => {
    expect(analysedSectors(fixture(), emptyFilters())).toEqual(['health', 'cleantech', 'digital']);
    expect(analysedSectors(fixture(), { ...emptyFilters(), sectors: ['transport'] })).toEqual(['transport']);
  });
});

describe('countryScorecard', () => {
  const filters = emptyFilters();
  const dataset = fixture();
  const context = { targetSectors: analysedSectors(dataset, filters), betweenness, exportLinkGaps };
  const scope = analysisScope(dataset, filters);

  it('gives Estonia all three target sectors with a foreign partner', () => {
    const card = countryScorecard(scope, 'EE', context);
    expect(card).toEqual({
      code: 'EE',
      actors: 2,
      agreements: 4, // a1, a2, a3, a5
      targetSectors: ['health', 'cleantech', 'digital'],
      // a1 health (LV), a2 cleantech (FI), a3 health+digital from its parties (SE)
      sectorsWithForeignPartner: ['health', 'cleantech', 'digital'],
      targetShare: 1,
      partnerCountries: ['FI', 'LV', 'SE'],
      bilateral: 3, // a1, a3, a5
      multilateral: 1, // a2
      topActors: [
        { id: 'ee1', betweenness: 0.4 },
        { id: 'ee2', betweenness: 0.4 },
      ],
      singlePointsOfFailure: [
        { actor: 'ee1', country: 'EE', cutsOff: ['LV'] },
        { actor: 'ee2', country: 'EE', cutsOff: ['SE'] },
        { actor: 'fi2', country: 'FI', cutsOff: ['FI'] },
        { actor: 'lv1', country: 'LV', cutsOff: ['LV'] },
        { actor: 'se1', country: 'SE', cutsOff: ['SE'] },
      ],
      exportLinkGaps: ['ee1', 'ee2'],
    });
  });

  it('gives Finland one of three: its EE tie hangs on fi2 alone, a2 survives losing either Estonian', () => {
    const card = countryScorecard(scope, 'FI', context);
    expect(card.targetShare).toBeCloseTo(1 / 3, 12);
    expect(card.sectorsWithForeignPartner).toEqual(['cleantech']);
    expect([card.bilateral, card.multilateral, card.agreements]).toEqual([1, 1, 2]);
    expect(card.singlePointsOfFailure).toEqual([{ actor: 'fi2', country: 'FI', cutsOff: ['EE'] }]);
    expect(card.exportLinkGaps).toEqual([]);
    expect(card.topActors).toEqual([
      { id: 'fi2', betweenness: 0.4 },
      { id: 'fi1', betweenness: 0 },
    ]);
  });

  it('lists every country, sorted by code', () => {
    const cards = countryScorecards(scope, context);
    expect(cards.map((card) => [card.code, card.targetShare])).toEqual([
      ['EE', 1],
      ['FI', 1 / 3],
      ['LV', 1 / 3],
      ['SE', 2 / 3],
    ]);
  });

  it('follows the sector filter: under health, a2 and a4 drop out', () => {
    const healthFilters = { ...emptyFilters(), sectors: ['health'] };
    const onlyHealth = analysisScope(dataset, healthFilters);
    const card = countryScorecard(onlyHealth, 'EE', {
      ...context,
      targetSectors: analysedSectors(dataset, healthFilters),
    });
    expect(card.partnerCountries).toEqual(['LV', 'SE']);
    expect(card.targetShare).toBe(1);
    expect(card.agreements).toBe(3);
  });
});

describe('singlePointsOfFailure', () => {
  it('spares an actor when a second agreement keeps the tie', () => {
    const dataset = fixture();
    // A second EE–LV tie through ee2: neither Estonian is now needed for LV, but lv1 still is.
    dataset.agreements.push({ id: 'a6', kind: 'bilateral', parties: ['ee2', 'lv1'] });
    const spofs = singlePointsOfFailure(analysisScope(dataset, emptyFilters()), 'LV');
    expect(spofs).toEqual([{ actor: 'lv1', country: 'LV', cutsOff: ['EE'] }]);
  });

  it('treats ids like __proto__ as plain ids', () => {
    const dataset = fixture();
    dataset.actors.push({ id: '__proto__', label: 'Proto', kind: 'cluster', country: 'LT' });
    dataset.agreements.push({ id: 'constructor', kind: 'bilateral', parties: ['__proto__', 'lv1'] });
    const spofs = singlePointsOfFailure(analysisScope(dataset, emptyFilters()), 'LT');
    expect(spofs).toEqual([
      { actor: '__proto__', country: 'LT', cutsOff: ['LV'] },
      { actor: 'lv1', country: 'LV', cutsOff: ['LV'] },
    ]);
  });
});

describe('CSV', () => {
  it('quotes and defuses formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('Plain')).toBe('Plain');
  });

  it('writes one row per country with the header first', () => {
    const dataset = fixture();
    const scope = analysisScope(dataset, emptyFilters());
    const cards = countryScorecards(scope, { targetSectors: ['health'], betweenness, exportLinkGaps });
    const labels = new Map(dataset.actors.map((actor) => [actor.id, actor.label]));
    const csv = scorecardsCsv(
      cards.slice(2, 3),
      (code) => (code === 'LV' ? '=Latvia' : code),
      (id) => labels.get(id) ?? id,
    );
    const lines = csv.split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFcode,country,actors,agreements,')).toBe(true);
    expect(lines[1]).toBe(
      "LV,'=Latvia,1,1,health,health,1,1,EE,1,0,Latvian Health (0.000),Latvian Health → EE; Estonian Health Cluster → EE,Latvian Health",
    );
    expect(lines[2]).toBe('');
  });
});

describe('singlePointsOfFailure against the definition, by brute force', () => {
  /** Partner countries of c still joined by an agreement once `removed` is taken out of every agreement. */
  function partnersWithout(dataset: Dataset, c: string, removed: string | null): Set<string> {
    const country = new Map(dataset.actors.map((a) => [a.id, a.country]));
    const out = new Set<string>();
    for (const agreement of dataset.agreements) {
      const rest = [...new Set(agreement.parties)].filter((p) => p !== removed);
      if (rest.length < 2) continue;
      const codes = new Set(rest.map((p) => country.get(p)!));
      if (codes.has(c)) for (const d of codes) if (d !== c) out.add(d);
    }
    return out;
  }

  it('finds exactly the actors whose removal cuts a partner country off', () => {
    const countries = ['AA', 'BB', 'CC'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...countries), { minLength: 2, maxLength: 7 }),
        fc.array(fc.uniqueArray(fc.nat(6), { minLength: 2, maxLength: 4 }), { maxLength: 6 }),
        (actorCountries, agreementParties) => {
          const dataset: Dataset = {
            format: 'alliance-graph@1',
            actors: actorCountries.map((code, i) => ({ id: `x${i}`, label: `X${i}`, kind: 'cluster', country: code })),
            agreements: agreementParties
              .map((parties, i) => ({
                id: `g${i}`,
                kind: 'multilateral' as const,
                parties: parties.filter((p) => p < actorCountries.length).map((p) => `x${p}`),
              }))
              .filter((a) => a.parties.length >= 2),
          };
          const scope = analysisScope(dataset, emptyFilters());
          for (const c of countries) {
            const before = partnersWithout(dataset, c, null);
            const expected = new Map<string, string[]>();
            for (const actor of dataset.actors) {
              const after = partnersWithout(dataset, c, actor.id);
              const lost = [...before].filter((d) => !after.has(d)).sort();
              if (lost.length > 0) expected.set(actor.id, lost);
            }
            const found = new Map(singlePointsOfFailure(scope, c).map((s) => [s.actor, s.cutsOff]));
            expect(found).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
