// The rule cases of format.md as data: each breaks the spec's example in one place; shared by the rule and schema tests.
import { example } from './helpers';

type Example = ReturnType<typeof example>;
export interface Case {
  rule: string;
  /** Breaks the example in place (its return value is ignored). */
  breakIt: (d: Example) => unknown;
  /** Validate this instead of the example. */
  replaceWith?: unknown;
  pointer: string;
  message: RegExp;
}

export const cases: Case[] = [
  {
    rule: 'not an object',
    breakIt: () => null,
    replaceWith: [1, 2],
    pointer: '',
    message: /must hold one JSON object.*not a list/,
  },
  {
    rule: 'format missing',
    breakIt: (d) => delete d.format,
    pointer: '',
    message: /missing "format".*add "format": "alliance-graph@1"/,
  },
  {
    rule: 'format different',
    breakIt: (d) => (d.format = 'alliance-graph@2'),
    pointer: '/format',
    message: /reads files in the format "alliance-graph@1", but "format" is the text "alliance-graph@2"/,
  },
  {
    rule: 'actors missing',
    breakIt: (d) => delete (d as { actors?: unknown }).actors,
    pointer: '',
    message: /missing "actors"/,
  },
  {
    rule: 'required key missing in a record',
    breakIt: (d) => delete d.actors[1]?.label,
    pointer: '/actors/1',
    message: /^actor "clean-denmark" is missing "label", which every actor needs/,
  },
  {
    rule: 'wrong type',
    breakIt: (d) => (d.actors[0]!.lat = '60.17'),
    pointer: '/actors/0/lat',
    message: /"lat" of actor "cleantech-finland" must be a latitude between -90 and 90, not the text "60.17"/,
  },
  {
    rule: 'version that is not text',
    breakIt: (d) => (d.version = 2),
    pointer: '/version',
    message: /^"version" of the file must be text, not 2/,
  },
  {
    rule: 'a record that is not an object',
    breakIt: (d) => d.agreements.push('x' as never),
    pointer: '/agreements/2',
    message: /each entry of "agreements" must be one agreement written as an object/,
  },
  {
    rule: 'ids list of the wrong type',
    breakIt: (d) => (d.agreements[0]!.parties = 'cleantech-finland'),
    pointer: '/agreements/0/parties',
    message: /must be a list of ids/,
  },
  {
    rule: 'duplicate id',
    breakIt: (d) => d.actors.push({ ...d.actors[1]!, label: 'CLEAN again' }),
    pointer: '/actors/3/id',
    message: /actor id "clean-denmark" is used twice \(first at \/actors\/1\)/,
  },
  {
    rule: 'duplicate country code',
    breakIt: (d) => d.countries.push({ code: 'FI' }),
    pointer: '/countries/1/code',
    message: /country code "FI" is used twice/,
  },
  {
    rule: 'unknown country',
    breakIt: (d) => (d.actors[2]!.country = 'Latvia'),
    pointer: '/actors/2/country',
    message: /unknown country "Latvia" \(did you mean "LV"\?\)/,
  },
  {
    rule: 'unknown sector (actor)',
    breakIt: (d) => (d.actors[0]!.sectors = ['clentech']),
    pointer: '/actors/0/sectors/0',
    message: /refers to unknown sector "clentech" \(did you mean "cleantech"\?\)/,
  },
  {
    rule: 'unknown sector (agreement)',
    breakIt: (d) => (d.agreements[0]!.sectors = ['cleantech', 'ict']),
    pointer: '/agreements/0/sectors/1',
    message: /agreement "fi-dk-cleantech-2011" refers to unknown sector "ict"/,
  },
  {
    rule: 'unknown party',
    breakIt: (d) => (d.agreements[0]!.parties = ['cleantech-finland', 'clean-dk']),
    pointer: '/agreements/0/parties/1',
    message: /unknown actor "clean-dk" \(did you mean "clean-denmark"\?\)/,
  },
  {
    rule: 'unknown source (actor)',
    breakIt: (d) => (d.actors[0]!.sources = ['bsr-stars-brochur']),
    pointer: '/actors/0/sources/0',
    message: /unknown source "bsr-stars-brochur" \(did you mean "bsr-stars-brochure"\?\)/,
  },
  {
    rule: 'unknown source (agreement)',
    breakIt: (d) => (d.agreements[1]!.sources = ['interview']),
    pointer: '/agreements/1/sources/0',
    message: /agreement "bsr-stars" refers to unknown source "interview"/,
  },
  {
    rule: 'fewer than two distinct parties',
    breakIt: (d) => (d.agreements[1]!.parties = ['cleantech-finland']),
    pointer: '/agreements/1/parties',
    message: /needs at least two different parties, but it has 1/,
  },
  {
    rule: 'bilateral with other than two',
    breakIt: (d) => (d.agreements[0]!.parties = ['cleantech-finland', 'clean-denmark', 'latvian-it-cluster']),
    pointer: '/agreements/0/parties',
    message: /bilateral, so it needs exactly two parties, but it lists 3/,
  },
  {
    rule: 'same party twice',
    breakIt: (d) => (d.agreements[1]!.parties = ['cleantech-finland', 'clean-denmark', 'cleantech-finland']),
    pointer: '/agreements/1/parties/2',
    message: /lists party "cleantech-finland" twice/,
  },
  {
    rule: 'since after until',
    breakIt: (d) => (d.agreements[0]!.until = 2009),
    pointer: '/agreements/0/since',
    message: /starts \(since 2011\) after it ends \(until 2009\)/,
  },
  {
    rule: 'since after until, as dates',
    breakIt: (d) => Object.assign(d.agreements[0]!, { since: '2011-05-02', until: '2011-05-01' }),
    pointer: '/agreements/0/since',
    message: /starts \(since "2011-05-02"\) after it ends/,
  },
  {
    rule: 'year outside 1800–2200',
    breakIt: (d) => (d.agreements[1]!.since = 2201),
    pointer: '/agreements/1/since',
    message: /must be a year between 1800 and 2200 or a date written YYYY-MM-DD, not 2201/,
  },
  {
    rule: 'a date that does not exist',
    breakIt: (d) => (d.agreements[1]!.since = '2011-02-29'),
    pointer: '/agreements/1/since',
    message: /not a real date: "2011-02-29"/,
  },
  {
    rule: 'founded year outside range',
    breakIt: (d) => (d.actors[0]!.founded = 1799),
    pointer: '/actors/0/founded',
    message: /whole year between 1800 and 2200, not 1799/,
  },
  {
    rule: 'lat out of range',
    breakIt: (d) => (d.countries[0]!.lat = 90.5),
    pointer: '/countries/0/lat',
    message: /latitude between -90 and 90, not 90.5/,
  },
  {
    rule: 'lon out of range',
    breakIt: (d) => (d.actors[0]!.lon = -180.01),
    pointer: '/actors/0/lon',
    message: /longitude between -180 and 180, not -180.01/,
  },
  {
    rule: 'weight zero',
    breakIt: (d) => (d.agreements[0]!.weight = 0),
    pointer: '/agreements/0/weight',
    message: /must be a positive number, not 0/,
  },
  {
    rule: 'weight infinite (1e999 parses to Infinity)',
    breakIt: (d) => (d.agreements[0]!.weight = Infinity),
    pointer: '/agreements/0/weight',
    message: /must be a positive number, not a number too large to use/,
  },
  {
    rule: 'empty id',
    breakIt: (d) => (d.sectors[1]!.id = ''),
    pointer: '/sectors/1/id',
    message: /must be a non-empty id, not empty text ""/,
  },
  {
    rule: 'id over 200 characters',
    breakIt: (d) => (d.views[0]!.id = 'v'.repeat(201)),
    pointer: '/views/0/id',
    message: /an id of at most 200 characters \(this one has 201\)/,
  },
  {
    rule: 'empty label',
    breakIt: (d) => (d.actors[2]!.label = '  '),
    pointer: '/actors/2/label',
    message: /"label" of actor "latvian-it-cluster" must be a non-empty text/,
  },
  {
    rule: 'actor kind',
    breakIt: (d) => (d.actors[2]!.kind = 'Cluster'),
    pointer: '/actors/2/kind',
    message: /must be one of "cluster", "agency", "programme", "network", "other".*did you mean "cluster"/,
  },
  {
    rule: 'agreement kind',
    breakIt: (d) => (d.agreements[1]!.kind = 'softlanding'),
    pointer: '/agreements/1/kind',
    message: /one of "bilateral", "multilateral".*did you mean "soft-landing"/,
  },
  {
    rule: 'status',
    breakIt: (d) => (d.agreements[1]!.status = 'finished'),
    pointer: '/agreements/1/status',
    message: /must be one of "active", "ended", "planned", not the text "finished"/,
  },
  {
    rule: 'agreement evidence level',
    breakIt: (d) => (d.agreements[1]!.evidence = 'assumed'),
    pointer: '/agreements/1/evidence',
    message: /must be one of "documented", "illustrative", not the text "assumed"/,
  },
  {
    rule: 'actor evidence level',
    breakIt: (d) => (d.actors[2]!.evidence = 'Illustrative'),
    pointer: '/actors/2/evidence',
    message: /must be one of "documented", "illustrative".*did you mean "illustrative"/,
  },
  {
    rule: 'country code not upper case',
    breakIt: (d) => (d.countries[0]!.code = 'fi'),
    pointer: '/countries/0/code',
    message: /two-letter upper-case code such as "FI".*did you mean "FI"/,
  },
];
