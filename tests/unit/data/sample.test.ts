// Checks the bundled sample (data/bsr-stars.json): provenance, coverage, validity, and prepared views that open as written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/model/validate';
import { AGREEMENT_KINDS, type Dataset } from '../../../src/model/types';
import { yearOf } from '../../../src/model/filter';
import { cleanState, parseQuery, QUERY_KEYS, stateContextFrom } from '../../../src/embed/codec';
import { splitQuery } from '../../../src/embed/query';
import { structuralProblems } from './structure';

const BSR_COUNTRIES = ['DK', 'EE', 'FI', 'DE', 'IS', 'LV', 'LT', 'NO', 'PL', 'SE'];
const text = readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8');
const loaded = parseDatasetText(text);
const dataset: Dataset = JSON.parse(text) as Dataset;
const changes = readFileSync(new URL('../../../data/CHANGES.md', import.meta.url), 'utf8');

/**
 * The warnings we chose (README.md, "Warnings, and why we keep them"): domestic ties that are kept because they are real
 * and show how national bodies feed the cross-border network. Any other warning is a mistake in the data.
 */
const CHOSEN_DOMESTIC_TIES = [
  'ie-call-2014',
  'scanbalt-member-biomedico',
  'scanbalt-member-bioteam-south',
  'scanbalt-member-medicon-valley',
  'icn-host-copcap',
  'icn-member-copenhagen-cleantech-cluster',
  'icn-member-clean',
  'icn-spirae-soft-landing',
  'cleantech-finland-finpro',
  'eas-cluster-support-2017',
  'latvian-clusters-network',
];
/** Successive projects of the same partners (README.md, same section): real, and never active in the same year. */
const CHOSEN_REPEATS = ['mobigoin-action'];

const isHttpUrl = (value: string | undefined): boolean => {
  if (value === undefined) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

describe('the sample dataset data/bsr-stars.json', () => {
  it('validates with no errors', () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    expect(structuralProblems(dataset)).toEqual([]);
  });

  it('has only the warnings we chose: the documented domestic ties and one successor project', () => {
    const warned = loaded.warnings.map((warning) => {
      const index = Number(/^\/agreements\/(\d+)$/.exec(warning.pointer)?.[1] ?? -1);
      const kind = /domestic/.test(warning.message)
        ? 'domestic'
        : /same kind, parties and sectors/.test(warning.message)
          ? 'repeat'
          : warning.message;
      return `${dataset.agreements[index]?.id ?? warning.pointer}: ${kind}`;
    });
    expect(warned.sort()).toEqual(
      [...CHOSEN_DOMESTIC_TIES.map((id) => `${id}: domestic`), ...CHOSEN_REPEATS.map((id) => `${id}: repeat`)].sort(),
    );
  });

  it('cites at least one source with a public http(s) URL for every actor and agreement', () => {
    const urlOf = new Map((dataset.sources ?? []).map((source) => [source.id, source.url]));
    const unsourced = [...dataset.actors, ...dataset.agreements]
      .filter((record) => !(record.sources ?? []).some((id) => isHttpUrl(urlOf.get(id))))
      .map((record) => record.id);
    expect(unsourced).toEqual([]);
    // Every source is used and every source has a URL: no dead entries in the list.
    const cited = new Set([...dataset.actors, ...dataset.agreements].flatMap((record) => record.sources ?? []));
    expect((dataset.sources ?? []).filter((source) => !cited.has(source.id) || !isHttpUrl(source.url))).toEqual([]);
  });

  it('meets the coverage asked of the sample: actors, agreements, countries, kinds, target sectors', () => {
    expect(dataset.actors.length).toBeGreaterThanOrEqual(60);
    expect(dataset.agreements.length).toBeGreaterThanOrEqual(100);
    const countries = new Set(dataset.actors.map((actor) => actor.country));
    expect(countries.size).toBeGreaterThanOrEqual(12);
    expect(BSR_COUNTRIES.filter((code) => !countries.has(code))).toEqual([]);
    const kinds = new Set(dataset.agreements.map((agreement) => agreement.kind));
    expect(AGREEMENT_KINDS.filter((kind) => !kinds.has(kind))).toEqual([]);
    const targets = (dataset.sectors ?? []).filter((sector) => sector.target === true).map((sector) => sector.id);
    expect(targets.sort()).toEqual(['cleantech', 'digital', 'health', 'transport']);
    // Agencies and soft-landing programmes are there, not only clusters.
    expect(dataset.actors.filter((actor) => actor.kind === 'agency').length).toBeGreaterThanOrEqual(10);
    expect(dataset.actors.filter((actor) => actor.kind === 'programme').length).toBeGreaterThanOrEqual(3);
  });

  it('gives title, description, version, asOf and licence, and data/CHANGES.md opens with this version', () => {
    expect(dataset.title).toBeTruthy();
    expect(dataset.asOf).toMatch(/^\d{4}-\d{2}$/);
    expect(dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    // The newest entry of the record of changes is the edition in the file, with the same asOf.
    const firstEntry = /^## (\S+) \((\d{4}-\d{2})\)/m.exec(changes);
    expect(firstEntry?.slice(1)).toEqual([dataset.version, dataset.asOf]);
    // Every page the newest entry cites is one of the file's sources.
    const newest = changes.split(/^## /m)[1] ?? '';
    const cited = [...newest.matchAll(/https?:\/\/[^\s,;)]+/g)].map((match) => match[0]);
    const known = new Set((dataset.sources ?? []).map((source) => source.url));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((url) => !known.has(url))).toEqual([]);
    expect(dataset.license).toBe('CC-BY-4.0');
    expect(dataset.description?.length ?? 0).toBeGreaterThan(200);
  });

  it('marks illustrative records in their notes and says how many in the description', () => {
    const illustrative = dataset.agreements.filter((agreement) => agreement.notes?.startsWith('illustrative: '));
    expect(illustrative.length).toBeGreaterThan(0);
    expect(dataset.description).toContain(`${illustrative.length} agreements`);
    // "illustrative" never appears in the middle of a note: a reader scanning for the prefix finds them all.
    const hidden = dataset.agreements.filter(
      (agreement) => /illustrative/i.test(agreement.notes ?? '') && !agreement.notes?.startsWith('illustrative: '),
    );
    expect(hidden.map((agreement) => agreement.id)).toEqual([]);
    // The format's own field says the same as the notes, record by record.
    const flagged = dataset.agreements.filter((agreement) => agreement.evidence === 'illustrative');
    expect(flagged.map((agreement) => agreement.id)).toEqual(illustrative.map((agreement) => agreement.id));
  });

  it('dates every agreement except the two left undated on purpose, and tells a story over 2006-2019', () => {
    const undated = dataset.agreements.filter((agreement) => agreement.since === undefined);
    expect(undated.every((agreement) => agreement.notes?.startsWith('Undated on purpose'))).toBe(true);
    expect(undated).toHaveLength(2);
    const activeIn = (year: number): number =>
      dataset.agreements.filter((agreement) => {
        const since = yearOf(agreement.since);
        const until = yearOf(agreement.until);
        return (since === null || since <= year) && (until === null || until >= year);
      }).length;
    // The network grows: clearly more active ties in 2018 than in 2010, and in 2010 than in 2006.
    expect(activeIn(2010)).toBeGreaterThan(activeIn(2006));
    expect(activeIn(2018)).toBeGreaterThan(activeIn(2010) + 20);
  });

  it('places actors with a city at city level, and only those', () => {
    const mismatched = dataset.actors.filter(
      (actor) => (actor.city !== undefined) !== (actor.lat !== undefined && actor.lon !== undefined),
    );
    expect(mismatched.map((actor) => actor.id)).toEqual([]);
  });

  it('has five to eight prepared views whose links open exactly as written', () => {
    const views = dataset.views ?? [];
    expect(views.length).toBeGreaterThanOrEqual(5);
    expect(views.length).toBeLessThanOrEqual(8);
    const context = stateContextFrom(dataset);
    for (const view of views) {
      const keys = [...splitQuery(view.state).keys()];
      expect(
        keys.filter((key) => !(QUERY_KEYS as readonly string[]).includes(key)),
        view.id,
      ).toEqual([]);
      const parsed = parseQuery(view.state);
      // Cleaning against the dataset drops unknown ids and clamps years: nothing may change for a prepared view.
      expect(cleanState(parsed, context), view.id).toMatchObject(parsed);
    }
  });
});

/** The URLs of the sources a record cites. */
const sourceUrls = (record: { sources?: string[] }): string[] => {
  const urlOf = new Map((dataset.sources ?? []).map((source) => [source.id, source.url ?? '']));
  return (record.sources ?? []).map((id) => urlOf.get(id) ?? '');
};
const actorById = (id: string) => dataset.actors.find((actor) => actor.id === id);
const agreementById = (id: string) => dataset.agreements.find((agreement) => agreement.id === id);

// Each correction of data/CHANGES.md, pinned so that it cannot quietly come back.
describe('corrections to the sample after the fact check (data/CHANGES.md)', () => {
  it('records Fondazione Torino Wireless, renamed Piemonte Innova in 2022, as one actor with all its agreements', () => {
    const named = dataset.actors.filter((actor) =>
      /torino wireless|piemonte innova/i.test(`${actor.label} ${actor.notes ?? ''}`),
    );
    expect(named.map((actor) => actor.id)).toEqual(['torino-wireless']);
    const foundation = named[0];
    expect(foundation?.label).toBe('Fondazione Torino Wireless');
    expect(foundation?.notes).toMatch(/Piemonte Innova on 19 October 2022/);
    expect(sourceUrls(foundation ?? {}).some((url) => url.includes('comune.torino.it'))).toBe(true);
    // The ESCP-4i projects it coordinated or signed all point at the one record.
    for (const id of ['mobigoin', 'mobigoin-action', 'escp-mou-2019']) {
      expect(agreementById(id)?.parties, id).toContain('torino-wireless');
    }
    expect(dataset.agreements.filter((agreement) => agreement.parties.includes('piemonte-innova'))).toEqual([]);
  });

  it('dates the Baltic Cleantech Alliance from 2016, when Cleantech Latvia documents it in St Petersburg', () => {
    const alliance = agreementById('baltic-cleantech-alliance');
    expect(alliance?.since).toBe(2016);
    expect(sourceUrls(alliance ?? {}).some((url) => url.includes('cleantechlatvia.com/lv/2016/03/24/'))).toBe(true);
  });

  it('ends the three-country coordination of EUSBSR Priority Area Innovation in 2013, before VINNOVA took it over', () => {
    const coordination = agreementById('eusbsr-pa-innovation');
    expect(coordination?.until).toBe(2013);
    expect(sourceUrls(coordination ?? {})).toContain('https://www.bsrstars.se/goodbye-from-stardust/');
  });

  it('dates NAOCA from its founding in Copenhagen in November 2012, citing the Iceland Ocean Cluster for the year', () => {
    const alliance = agreementById('naoca');
    expect(alliance?.since).toBe(2012);
    expect(sourceUrls(alliance ?? {})).toContain(
      'https://sjavarklasinn.is/en/fostering-a-rising-tide-community-of-ocean-based-companies/',
    );
    expect(alliance?.notes).toMatch(/19-20 November 2012/);
  });

  it('counts as programmes only soft-landing houses and centres (Culminatum is an agency)', () => {
    expect(actorById('culminatum')?.kind).toBe('agency');
    const softLanding = new Set(
      dataset.agreements
        .filter((agreement) => agreement.kind === 'soft-landing')
        .flatMap((agreement) => agreement.parties),
    );
    const others = dataset.actors.filter((actor) => actor.kind === 'programme' && !softLanding.has(actor.id));
    expect(others.map((actor) => actor.id)).toEqual([]);
  });
});

describe('settled weaker points of the fact check (data/CHANGES.md)', () => {
  it('records FinChi from its founding in 2005 and as a Finpro subsidiary from 2009 until Business Finland took over', () => {
    expect(actorById('finchi')?.founded).toBe(2005);
    const owned = agreementById('finpro-finchi');
    expect(owned?.parties).toEqual(['finpro', 'finchi']);
    expect([owned?.since, owned?.until]).toEqual(['2009-01-01', 2017]);
    expect(sourceUrls(owned ?? {})).toContain('https://finchi.cn/AboutUs.html');
  });

  it("counts Poznań University of Life Sciences among StarDust's partners", () => {
    expect(agreementById('stardust')?.parties).toContain('poznan-uls');
  });

  it('records Comfort in Living with its two documented partners, not as an illustrative tie', () => {
    const pilot = agreementById('stardust-comfort-in-living');
    expect(pilot?.parties).toEqual(['poznan-uls', 'idc-west-sweden']);
    expect(pilot?.evidence).toBeUndefined();
    expect(sourceUrls(pilot ?? {})).toContain('https://www.vinnova.se/p/comfort-in-living-horizon-2020/');
  });

  it('gives the ICN soft landing of Spirae the parties its source names (not the Colorado cluster)', () => {
    expect(agreementById('icn-spirae-soft-landing')?.parties).toEqual([
      'copenhagen-capacity',
      'copenhagen-cleantech-cluster',
    ]);
  });

  it('places Region Skåne at the Kristianstad address of its keep.eu record', () => {
    expect(actorById('region-skane')).toMatchObject({ city: 'Kristianstad', lat: 56.03, lon: 14.16 });
  });

  it('says that ScanBalt was initiated in 2001, not formed as an association then', () => {
    expect(actorById('scanbalt')?.notes).toMatch(/Founded 2001 means initiated/);
  });

  it('dates the International Cancer Cluster Showcase from 2012, its first edition if the 6th was in 2017', () => {
    const showcase = agreementById('iccs');
    expect(showcase?.since).toBe(2012);
    expect(showcase?.notes).toMatch(/6th edition was held in 2017/);
  });

  it('keeps 2011 for the Golden Bridge organisation and notes its programme running by October 2010', () => {
    const bridge = actorById('golden-bridge');
    expect(bridge?.founded).toBe(2011);
    expect(bridge?.notes).toMatch(/already running in October 2010/);
  });

  it('cites AdPack² and its partners on primary pages before the staging-host copy of the award post', () => {
    const staging = 'adpack2-award';
    for (const record of [agreementById('adpack2'), ...['packaging-cluster', 'scs-cluster'].map(actorById)]) {
      const sources = record?.sources ?? [];
      expect(sources.indexOf('scs-adpack2'), record?.id).toBeGreaterThanOrEqual(0);
      expect(sources.indexOf('scs-adpack2'), record?.id).toBeLessThan(sources.indexOf(staging));
    }
    const award = (dataset.sources ?? []).find((source) => source.id === staging);
    expect(award?.title).toMatch(/temporary ECCP host/);
  });

  it('cites the ESCP-4i launch on the ECCP platform, not on a temporary staging host', () => {
    const launch = (dataset.sources ?? []).find((source) => source.id === 'escp4i-launch');
    expect(new URL(launch?.url ?? 'http://x').hostname).toBe('www.clustercollaboration.eu');
  });

  it('says in its notes why a multilateral agreement records only two parties', () => {
    const unexplained = dataset.agreements.filter(
      (agreement) =>
        agreement.kind === 'multilateral' &&
        agreement.parties.length === 2 &&
        !/only (these|the) two|with two known parties/i.test(agreement.notes ?? ''),
    );
    expect(unexplained.map((agreement) => agreement.id)).toEqual([]);
  });

  it('ends every Innovation Express call and project, and BaltSe@nioR by 2019, so none shows as active in 2024', () => {
    const open = dataset.agreements.filter(
      (agreement) => /innovation express/i.test(agreement.label ?? '') && (yearOf(agreement.until) ?? 9999) > 2019,
    );
    expect(open.map((agreement) => agreement.id)).toEqual([]);
    expect(agreementById('baltsenior')?.until).toBe(2019);
  });
});

describe('open-ended and Nordic Innovation House records (data/CHANGES.md)', () => {
  it('counts VINNOVA, which chaired it, among the parties of Nordic Innovation House Silicon Valley', () => {
    const house = agreementById('nih-silicon-valley');
    expect(house?.parties).toContain('vinnova');
    expect(sourceUrls(house ?? {}).some((url) => url.includes('nordicinnovation.org'))).toBe(true);
  });

  it('keeps one founding year where sources differ and notes the other (Mobile Heights, BalticNet-PlasmaTec, Torino Wireless)', () => {
    expect(actorById('mobile-heights')?.founded).toBe(2009);
    expect(actorById('mobile-heights')?.notes).toMatch(/2007.*2009.*2008/);
    expect(actorById('balticnet-plasmatec')?.founded).toBe(2006);
    expect(actorById('balticnet-plasmatec')?.notes).toMatch(/gives 2008/);
    expect(actorById('torino-wireless')?.founded).toBe(2003);
    expect(actorById('torino-wireless')?.notes).toMatch(/since 2002/);
  });

  it("gives Cleantech Finland no founding year: 2008 was a change of owner, and Sitra's programme began it", () => {
    const network = actorById('cleantech-finland');
    expect(network?.founded).toBeUndefined();
    expect(network?.notes).toMatch(/2008 is when ownership moved/);
    expect(sourceUrls(network ?? {}).some((url) => url.startsWith('https://sitra.fi/'))).toBe(true);
  });

  it('says in the notes of every dated agreement without an end that no end is stated', () => {
    const silent = dataset.agreements.filter(
      (agreement) =>
        agreement.since !== undefined &&
        (agreement.until === undefined || agreement.until === null) &&
        !/No end is stated in the sources read/.test(agreement.notes ?? ''),
    );
    expect(silent.map((agreement) => agreement.id)).toEqual([]);
  });
});

describe('edition 2.1.0: Tenerrdis in ICN, and fewer illustrative ties (data/CHANGES.md)', () => {
  it("dates Tenerrdis's ICN membership from 2011, citing the ICN's own news page of the 4th Managers Meeting", () => {
    const membership = agreementById('icn-member-tenerrdis');
    expect(membership?.since).toBe(2011);
    expect(membership?.notes).toMatch(/4th ICN Managers Meeting.*26-27 October 2011/);
    expect(new URL(sourceUrls(membership ?? {})[0] ?? 'http://none').hostname).toBe(
      'www.internationalcleantechnetwork.com',
    );
  });

  it('records Renewable Energy Hamburg, welcomed at the same meeting, as an ICN member from 2011', () => {
    expect(agreementById('icn-member-eehh')).toMatchObject({ parties: ['icn', 'eehh'], since: 2011 });
    expect(sourceUrls(agreementById('icn-member-eehh') ?? {})).toContain(
      'https://www.erneuerbare-energien-hamburg.de/de/news/details/zweite-mitgliederversammlung-des-clusters-erneuerbare-energien-hamburg.html',
    );
  });

  it('keeps illustrative agreements at no more than 10 % of all, with no example Innovation Express pairs left', () => {
    const illustrative = dataset.agreements.filter((agreement) => agreement.evidence === 'illustrative');
    expect(illustrative.length / dataset.agreements.length).toBeLessThanOrEqual(0.1);
    // Every Innovation Express project left names partners its source names: none is a stand-in pair.
    const projects = dataset.agreements.filter(
      (agreement) => /^Innovation Express/.test(agreement.label ?? '') || /^ie-20\d\d-/.test(agreement.id),
    );
    expect(projects.map((agreement) => agreement.id).sort()).toEqual(
      ['ie-automotive', 'ie-bridging', 'ie-food-packaging', 'ie-match-lng', 'ie-misics', 'ie-side-streams'].sort(),
    );
    expect(projects.filter((agreement) => agreement.evidence === 'illustrative')).toEqual([]);
  });

  it('adds the documented projects 5FOREXCELLENCE, COOLSWEEP and Global Vision with the partners their sources name', () => {
    expect(agreementById('five-for-excellence')).toMatchObject({
      parties: ['latvian-it-cluster', 'netport', 'itl', 'vidzeme-planning-region', 'latvian-logistics-association'],
      since: '2016-01-01',
      until: '2017-09-30',
    });
    expect(agreementById('coolsweep')?.parties).toEqual(
      expect.arrayContaining([
        'oreec',
        'lombardy-energy',
        'aclima',
        'green-tech-styria',
        'copenhagen-cleantech-cluster',
      ]),
    );
    expect(sourceUrls(agreementById('coolsweep') ?? {})[0]).toMatch(/^http:\/\/cordis\.europa\.eu\//);
    expect(agreementById('global-vision')).toMatchObject({ since: 2011, until: 2013 });
    for (const id of ['five-for-excellence', 'coolsweep', 'global-vision', 'icn-member-eehh'])
      expect(agreementById(id)?.evidence).toBeUndefined();
  });
});
