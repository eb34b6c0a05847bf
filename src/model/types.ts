// The typed records of the `alliance-graph@1` format (docs/format.md), typed once for every layer.

export const FORMAT_ID = 'alliance-graph@1' as const;

export const ACTOR_KINDS = ['cluster', 'agency', 'programme', 'network', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const AGREEMENT_KINDS = [
  'bilateral',
  'multilateral',
  'soft-landing',
  'export-promotion',
  'sister-city',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['active', 'ended', 'planned'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** How a record is known: `documented` by its sources (the default), or `illustrative` (assigned by the compiler). */
export const EVIDENCE_LEVELS = ['documented', 'illustrative'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** A year as an integer, or a `YYYY-MM-DD` date that counts by its year. */
export type YearOrDate = number | string;

/** Unknown keys are kept (and warned about), so every record may carry extras. */
export type Extras = { [key: string]: unknown };

export interface Source {
  id: string;
  title?: string;
  url?: string;
  accessed?: string;
}

export interface Sector {
  id: string;
  label: string;
  target?: boolean;
  color?: string;
}

export interface Country {
  code: string;
  label?: string;
  lat?: number;
  lon?: number;
  region?: string;
}

export interface Actor {
  id: string;
  label: string;
  kind: ActorKind;
  country: string;
  sectors?: string[];
  city?: string;
  lat?: number;
  lon?: number;
  url?: string;
  founded?: number;
  members?: number;
  sources?: string[];
  notes?: string;
  evidence?: EvidenceLevel;
  x?: number;
  y?: number;
}

export interface Agreement {
  id: string;
  kind: AgreementKind;
  parties: string[];
  label?: string;
  sectors?: string[];
  since?: YearOrDate;
  until?: YearOrDate | null;
  status?: AgreementStatus;
  weight?: number;
  sources?: string[];
  notes?: string;
  evidence?: EvidenceLevel;
}

export interface View {
  id: string;
  title: string;
  state: string;
  caption?: string;
}

export interface Dataset {
  format: typeof FORMAT_ID;
  title?: string;
  description?: string;
  /** The edition of the dataset (free text, e.g. "2.0.0"); format.md "Values". */
  version?: string;
  asOf?: string;
  license?: string;
  sources?: Source[];
  sectors?: Sector[];
  countries?: Country[];
  actors: Actor[];
  agreements: Agreement[];
  views?: View[];
}

/** One problem found while loading: where (a JSON Pointer) and what, in plain words. */
export interface Problem {
  severity: 'error' | 'warning';
  pointer: string;
  message: string;
}

/** The result of loading a file: a dataset (possibly with warnings), or the list of errors. */
export type LoadResult =
  { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

/** The filters of format.md; an empty list means "no filter on this". */
export interface Filters {
  sectors: string[];
  countries: string[];
  actorKinds: ActorKind[];
  agreementKinds: AgreementKind[];
  year: number | null;
  /** Leave out illustrative actors and agreements (`evidence: "illustrative"`), as if they were not in the file. */
  documentedOnly: boolean;
}

/** How agreements become edges: every pair of parties (clique) or a node per multi-party agreement (hub). */
export const PROJECTIONS = ['clique', 'hub'] as const;
export type Projection = (typeof PROJECTIONS)[number];

export const emptyFilters = (): Filters => ({
  sectors: [],
  countries: [],
  actorKinds: [],
  agreementKinds: [],
  year: null,
  documentedOnly: false,
});
