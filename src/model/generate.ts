// Generates large, realistic, seeded `alliance-graph@1` datasets for benchmarks and tests: pure and deterministic.
import { mulberry32 } from './random';
import { countryInfo } from './countries';
import { FORMAT_ID, type Actor, type ActorKind, type Agreement, type AgreementKind, type Dataset } from './types';

export interface GenerateOptions {
  /** Number of actors (≥ 0; ≥ 2 when any agreement is asked for). */
  actors: number;
  /** Number of agreements (≥ 0). */
  agreements: number;
  /** Any integer; the same seed always gives the same dataset. */
  seed: number;
}

export { mulberry32 };

/** The sectors of the bundled sample (data/bsr-stars.json), so generated data colours and filters the same way. */
export const GENERATED_SECTORS = [
  { id: 'health', label: 'Health & well-being', target: true },
  { id: 'cleantech', label: 'Cleantech & energy', target: true },
  { id: 'transport', label: 'Sustainable transport', target: true },
  { id: 'digital', label: 'Digital business services', target: true },
  { id: 'ict', label: 'ICT & electronics' },
  { id: 'maritime', label: 'Maritime & blue economy' },
  { id: 'food', label: 'Food' },
  { id: 'life-science', label: 'Life science' },
  { id: 'bioeconomy', label: 'Bioeconomy, paper & packaging' },
  { id: 'manufacturing', label: 'Manufacturing & materials' },
  { id: 'creative', label: 'Creative industries' },
] as const;
/** Relative frequency of each sector above: the four targets are the most common, as in a programme's portfolio. */
const SECTOR_WEIGHTS = [14, 14, 10, 12, 10, 7, 7, 6, 5, 8, 4];

/** Countries and their relative weight: a few large countries, Europe-heavy (names and centroids from countries.ts). */
const COUNTRY_WEIGHTS: ReadonlyArray<readonly [code: string, weight: number]> = (
  'DE 16 SE 9 FI 8 DK 7 PL 8 NO 5 EE 3 LV 3 LT 3 IS 1 FR 10 IT 7 ES 7 NL 5 BE 3 AT 3 CZ 3 GB 4 IE 1 PT 2 ' +
  'CH 2 HU 2 SK 1 SI 1 US 6 CA 2 CN 3 JP 1 KR 1 SG 1 IN 1 BR 1'
)
  .split(' ')
  .flatMap((word, index, words) => (index % 2 === 0 ? [[word, Number(words[index + 1])] as const] : []));

const ACTOR_KINDS: readonly ActorKind[] = ['cluster', 'agency', 'programme', 'network', 'other'];
const ACTOR_KIND_WEIGHTS = [78, 9, 6, 4, 3];
const KIND_NOUN: Record<ActorKind, string> = {
  cluster: 'Cluster',
  agency: 'Agency',
  programme: 'Programme',
  network: 'Network',
  other: 'Institute',
};

/**
 * Share of each agreement kind other than bilateral (bilateral takes the rest, about 79 %). Multilaterals
 * are few (2 %) because each adds every pair of its parties to the clique projection: at 4 % with a
 * heavier tail, 5,000 actors / 50,000 agreements gave ~129k ties, far denser than real alliance maps.
 */
const OTHER_KIND_SHARES: ReadonlyArray<readonly [AgreementKind, number]> = [
  ['multilateral', 0.02],
  ['soft-landing', 0.05],
  ['export-promotion', 0.08],
  ['sister-city', 0.03],
  ['other', 0.03],
];

/** Picks an index with probability proportional to its weight (weights are small fixed tables). */
function weightedIndex(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let pick = random() * total;
  for (let index = 0; index < weights.length; index++) {
    pick -= weights[index] ?? 0;
    if (pick < 0) return index;
  }
  return weights.length - 1;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Throws a plain-words error when the options cannot make a valid dataset. */
function checkOptions({ actors, agreements, seed }: GenerateOptions): void {
  for (const [name, value] of [
    ['actors', actors],
    ['agreements', agreements],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got ${value}`);
  }
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  if (agreements > 0 && actors < 2) throw new Error('an agreement needs two parties: ask for at least 2 actors');
}

/** Actors spread over the countries with a skew, 1–3 sectors each, kinds mostly clusters, jittered around the centroid. */
function makeActors(count: number, random: () => number): Actor[] {
  const countryWeights = COUNTRY_WEIGHTS.map(([, weight]) => weight);
  const countries = COUNTRY_WEIGHTS.map(([code]) => countryInfo(code));
  const actors: Actor[] = [];
  for (let index = 0; index < count; index++) {
    const { code, name: countryLabel, centroid } = countries[weightedIndex(countryWeights, random)] ?? countries[0]!;
    const [lat, lon] = centroid ?? [0, 0];
    const kind = ACTOR_KINDS[weightedIndex(ACTOR_KIND_WEIGHTS, random)] ?? 'cluster';
    const sectorCount = 1 + weightedIndex([55, 32, 13], random);
    const sectors = new Set<string>();
    while (sectors.size < sectorCount) sectors.add(GENERATED_SECTORS[weightedIndex(SECTOR_WEIGHTS, random)]!.id);
    const first = GENERATED_SECTORS.find((sector) => sectors.has(sector.id))!;
    const number = index + 1;
    actors.push({
      id: `${code.toLowerCase()}-${kind}-${number}`,
      label: `${first.label} ${KIND_NOUN[kind]} ${countryLabel} ${number}`,
      kind,
      country: code,
      sectors: [...sectors],
      lat: round2(clamp(lat + (random() - 0.5) * 4, -89, 89)),
      lon: round2(clamp(lon + (random() - 0.5) * 6, -179, 179)),
      founded: 1990 + Math.floor(random() * 25),
    });
  }
  return actors;
}

/** Party choice: preferential attachment (an actor is drawn in proportion to its ties + 1), mostly within a shared sector. */
class Attachment {
  private readonly all: number[] = [];
  private readonly bySector = new Map<string, number[]>();

  constructor(
    private readonly actors: readonly Actor[],
    private readonly random: () => number,
  ) {
    actors.forEach((actor, index) => this.add(index));
  }

  /** Counts one more tie for the actor: it becomes that much likelier to be drawn again. */
  add(index: number): void {
    this.all.push(index);
    for (const sector of this.actors[index]?.sectors ?? []) {
      const list = this.bySector.get(sector);
      if (list) list.push(index);
      else this.bySector.set(sector, [index]);
    }
  }

  /** Draws an actor, from `sector` when given (falls back to everyone when the sector has no one). */
  draw(sector?: string): number {
    const list = (sector === undefined ? undefined : this.bySector.get(sector)) ?? this.all;
    return list[Math.floor(this.random() * list.length)] ?? 0;
  }
}

/** The year an agreement starts: 2000–2020, more of them in later years as cluster policy spread. */
const drawSince = (random: () => number): number => 2000 + Math.floor(Math.sqrt(random()) * 21);

/** Builds a dataset of exactly `actors` actors and `agreements` agreements; the same options always give the same result. */
export function generateDataset(options: GenerateOptions): Dataset {
  checkOptions(options);
  const random = mulberry32(options.seed);
  const actors = makeActors(options.actors, random);
  const attach = new Attachment(actors, random);
  const agencies = actors.flatMap((actor, index) =>
    actor.kind === 'agency' || actor.kind === 'programme' ? [index] : [],
  );
  const covered = new Uint8Array(actors.length);
  // Uncovered actors in a random order: the bilaterals join each of them to the network first.
  const uncovered = actors.map((_, index) => index);
  for (let index = uncovered.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [uncovered[index], uncovered[other]] = [uncovered[other]!, uncovered[index]!];
  }
  const nextUncovered = (): number | undefined => {
    while (uncovered.length > 0) {
      const candidate = uncovered.pop()!;
      if (!covered[candidate]) return candidate;
    }
    return undefined;
  };
  const seenPairs = new Set<string>();

  /** A partner for `from`: a shared sector 70 % of the time, another country 85 % of the time, a new pair if possible. */
  const partnerOf = (from: number, sector: string | undefined): number => {
    const own = actors[from]!;
    let fallback = -1;
    for (let attempt = 0; attempt < 24; attempt++) {
      const candidate = attach.draw(random() < 0.7 ? sector : undefined);
      if (candidate === from) continue;
      if (fallback < 0) fallback = candidate;
      if (actors[candidate]!.country === own.country && random() < 0.85) continue;
      if (seenPairs.has(from < candidate ? `${from} ${candidate}` : `${candidate} ${from}`)) continue;
      return candidate;
    }
    return fallback >= 0 ? fallback : (from + 1) % actors.length;
  };

  const kinds = agreementKinds(options.agreements, options.actors, random);
  const agreementsOut: Agreement[] = [];
  kinds.forEach((kind, index) => {
    const seedActor = kind === 'bilateral' ? (nextUncovered() ?? attach.draw()) : attach.draw();
    const first =
      (kind === 'soft-landing' || kind === 'export-promotion') && agencies.length > 0
        ? agencies[Math.floor(random() * agencies.length)]!
        : seedActor;
    const ownSectors = actors[first]!.sectors ?? [];
    const sector = ownSectors[Math.floor(random() * ownSectors.length)];
    const size = partySize(kind, actors.length, random);
    const parties = [first];
    const members = new Set(parties);
    if (first !== seedActor && size > 1) {
      parties.push(seedActor);
      members.add(seedActor);
    }
    for (let guard = 0; parties.length < size && guard < size * 20; guard++) {
      const uncoveredPick = kind !== 'bilateral' && random() < 0.3 ? nextUncovered() : undefined;
      const candidate = uncoveredPick ?? partnerOf(first, sector);
      if (members.has(candidate)) continue;
      members.add(candidate);
      parties.push(candidate);
    }
    // Rarely the draws keep hitting the same few actors (tiny datasets): fill up in index order.
    for (let candidate = 0; parties.length < size && candidate < actors.length; candidate++) {
      if (!members.has(candidate)) {
        members.add(candidate);
        parties.push(candidate);
      }
    }
    for (const party of parties) {
      covered[party] = 1;
      attach.add(party);
    }
    if (parties.length === 2) {
      const [a, b] = parties as [number, number];
      seenPairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
    }
    agreementsOut.push(
      makeAgreement(
        kind,
        index + 1,
        parties.map((party) => actors[party]!.id),
        sector,
        random,
      ),
    );
  });

  return {
    format: FORMAT_ID,
    title: `Synthetic alliance network (${options.actors} actors, ${options.agreements} agreements, seed ${options.seed})`,
    description:
      'Generated by `npm run generate` for tests and benchmarks. Names, places and ties are synthetic: ' +
      'they describe no real organisation.',
    license: 'CC0-1.0',
    sectors: GENERATED_SECTORS.map((sector) => ({ ...sector })),
    actors,
    agreements: agreementsOut,
  };
}

/** Exactly `count` kinds in a shuffled order: bilateral the majority, all kinds present once there are enough. */
function agreementKinds(count: number, actorCount: number, random: () => number): AgreementKind[] {
  const kinds: AgreementKind[] = [];
  for (const [kind, share] of OTHER_KIND_SHARES) {
    // A multilateral needs three distinct parties; with two actors every agreement is bilateral.
    if (kind === 'multilateral' && actorCount < 3) continue;
    const wanted = count >= 20 ? Math.max(1, Math.round(count * share)) : Math.floor(count * share);
    for (let index = 0; index < wanted; index++) kinds.push(kind);
  }
  while (kinds.length < count) kinds.push('bilateral');
  for (let index = kinds.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [kinds[index], kinds[other]] = [kinds[other]!, kinds[index]!];
  }
  return kinds;
}

/** Number of parties: 2 for bilateral, 3–30 (heavy-tailed: mostly 3–5, about 5 % with 10 or more) for multilateral, 2–4 for the others. */
function partySize(kind: AgreementKind, actorCount: number, random: () => number): number {
  if (kind === 'bilateral') return 2;
  if (kind === 'multilateral') return Math.min(actorCount, 3 + Math.floor(27 * random() ** 24));
  return Math.min(actorCount, 2 + weightedIndex([70, 22, 8], random));
}

const KIND_LABEL: Record<AgreementKind, string> = {
  bilateral: 'cooperation MoU',
  multilateral: 'joint initiative',
  'soft-landing': 'soft-landing programme',
  'export-promotion': 'export promotion',
  'sister-city': 'twin-region tie',
  other: 'project',
};

function makeAgreement(
  kind: AgreementKind,
  number: number,
  parties: string[],
  sector: string | undefined,
  random: () => number,
): Agreement {
  const since = drawSince(random);
  const sectorLabel = GENERATED_SECTORS.find((entry) => entry.id === sector)?.label ?? 'Cross-sector';
  const agreement: Agreement = {
    id: `${kind}-${number}`,
    kind,
    label: `${sectorLabel} ${KIND_LABEL[kind]} ${number}`,
    parties,
  };
  // Most ties name their sector; the rest take their parties' sectors (format.md "effective sectors").
  if (sector !== undefined && random() < 0.8) agreement.sectors = [sector];
  agreement.since = since;
  if (random() < 0.3) agreement.until = Math.min(2024, since + 1 + Math.floor(random() * 8));
  return agreement;
}
