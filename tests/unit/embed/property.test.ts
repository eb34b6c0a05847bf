// Property tests of the link codec: garbage never throws, and any valid state survives a trip through a link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_COLUMNS } from '../../../src/embed/clean';
import { QUERY_KEYS, cleanState, parseQuery, serializeState, type StateContext } from '../../../src/embed/codec';
import { COLOR_BYS, LAYOUTS, METRICS, VIEW_MODES, type ViewState } from '../../../src/embed/view-state';
import { ACTOR_KINDS, AGREEMENT_KINDS } from '../../../src/model/types';

/** Ids of any characters, astral ones included; the format only asks for 1 to 200 characters. */
const id = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'a,b', 'Øresund', 'x&y=z', '%41', '+'),
);
const ids = fc.uniqueArray(id, { minLength: 2, maxLength: 8 });

interface World {
  actors: string[];
  countries: string[];
  sectors: string[];
  agreements: string[];
  views: string[];
  years: [number, number];
}

const world: fc.Arbitrary<World> = fc
  .record({
    actors: ids,
    countries: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), { minLength: 1, maxLength: 6 }),
    sectors: ids,
    agreements: ids,
    views: ids,
    low: fc.integer({ min: 1800, max: 2100 }),
    span: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ low, span, ...rest }) => ({ ...rest, years: [low, low + span] }));

const contextOf = (w: World): StateContext => ({
  actorIds: new Set(w.actors),
  countryCodes: new Set(w.countries),
  sectorIds: new Set(w.sectors),
  agreementIds: new Set(w.agreements),
  viewIds: new Set(w.views),
  yearRange: w.years,
});

const orNull = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { nil: null });
const subset = (values: readonly string[]) => fc.shuffledSubarray([...values]);
const decimal = (low: number, high: number, digits: number) =>
  fc.integer({ min: low * 10 ** digits, max: high * 10 ** digits }).map((n) => n / 10 ** digits);

/** A state that is valid for the world: every id exists there, every number is in range and link-rounded. */
const validState = (w: World): fc.Arbitrary<ViewState> => {
  const year = fc.integer({ min: w.years[0], max: w.years[1] });
  const actor = fc.constantFrom(...w.actors);
  return fc
    .record({
      data: orNull(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })),
      view: fc.constantFrom(...VIEW_MODES),
      layout: fc.constantFrom(...LAYOUTS),
      projection: fc.constantFrom('clique' as const, 'hub' as const),
      filters: fc.record({
        sectors: subset(w.sectors),
        countries: subset(w.countries),
        actorKinds: fc.shuffledSubarray([...ACTOR_KINDS]),
        agreementKinds: fc.shuffledSubarray([...AGREEMENT_KINDS]),
        year: orNull(year),
        documentedOnly: fc.boolean(),
      }),
      color: fc.constantFrom(...COLOR_BYS),
      size: fc.constantFrom(...METRICS),
      selected: orNull(actor),
      country: orNull(fc.constantFrom(...w.countries)),
      agreement: orNull(fc.constantFrom(...w.agreements)),
      focus: orNull(actor),
      hops: fc.constantFrom(1 as const, 2 as const),
      path: orNull(
        fc.shuffledSubarray(w.actors, { minLength: 2, maxLength: 2 }).map(([a, b]) => [a, b] as [string, string]),
      ),
      sector: orNull(fc.constantFrom(...w.sectors)),
      compare: orNull(fc.tuple(year, year)),
      camera: orNull(fc.record({ x: decimal(-5000, 5000, 1), y: decimal(-5000, 5000, 1), zoom: decimal(0.01, 50, 3) })),
      sort: orNull(
        fc.record({
          key: fc.constantFrom(...SORT_COLUMNS),
          direction: fc.constantFrom('ascending' as const, 'descending' as const),
        }),
      ),
      find: orNull(
        fc.record({
          country: fc.constantFrom('', ...w.countries),
          kind: fc.constantFrom('', ...ACTOR_KINDS),
          text: fc.string({ unit: 'grapheme', maxLength: 20 }),
        }),
      ).map((find) => (find !== null && find.country === '' && find.kind === '' && find.text === '' ? null : find)),
      gap: orNull(fc.tuple(fc.constantFrom(...w.countries), fc.constantFrom(...w.countries))),
      cell: orNull(fc.tuple(fc.constantFrom(...w.sectors), fc.constantFrom(...w.countries))),
      legend: orNull(fc.boolean()),
      panel: fc.constantFrom('warnings' as const, null),
      range: orNull(
        fc
          .tuple(decimal(-1000, 1000, 6), decimal(0, 1000, 6))
          .filter(([, span]) => span > 0)
          .map(([low, span]) => [low, Number((low + span).toFixed(6))] as [number, number])
          .filter(([low, high]) => low < high),
      ),
      whatif: fc.array(
        fc
          .record({
            kind: fc.constantFrom(...AGREEMENT_KINDS),
            parties: fc.shuffledSubarray(w.actors, { minLength: 2 }),
            sectors: subset(w.sectors),
          })
          .map((spec) => (spec.kind === 'bilateral' ? { ...spec, parties: spec.parties.slice(0, 2) } : spec)),
        { maxLength: 3 },
      ),
      embed: fc.boolean(),
      story: orNull(fc.constantFrom('custom', ...w.views)),
      step: fc.integer({ min: 1, max: 1000 }),
    })
    .map((state) => ({ ...state, step: state.story === null ? 1 : state.step }));
};

const worldAndState = world.chain((w) => validState(w).map((state) => ({ w, state })));

describe('link codec properties', () => {
  it('serialize(clean(parse(serialize(s)))) is serialize(s) for any valid state', () => {
    fc.assert(
      fc.property(worldAndState, ({ w, state }) => {
        const link = serializeState(state);
        expect(serializeState(cleanState(parseQuery(link), contextOf(w)))).toBe(link);
      }),
      { numRuns: 400 },
    );
  });

  it('gives back the very same state (not just the same link)', () => {
    fc.assert(
      fc.property(worldAndState, ({ w, state }) => {
        expect(cleanState(parseQuery(serializeState(state)), contextOf(w))).toEqual(state);
      }),
      { numRuns: 400 },
    );
  });

  const fragment = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...QUERY_KEYS, '__proto__', 'constructor', '=', '&', ',', '%', '%E0%A4%A', '%00', '+', '?'),
  );
  const garbage = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(fc.tuple(fragment, fragment), { maxLength: 12 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  );

  it('never throws on garbage, and what it gives back is clean and stable', () => {
    fc.assert(
      fc.property(world, garbage, (w, query) => {
        const state = cleanState(parseQuery(query), contextOf(w));
        const link = serializeState(state);
        expect(serializeState(cleanState(parseQuery(link), contextOf(w)))).toBe(link);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the query keys it reads apart from Object.prototype', () => {
    fc.assert(
      fc.property(garbage, (query) => {
        parseQuery(query);
        expect(Object.prototype).not.toHaveProperty('view');
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
