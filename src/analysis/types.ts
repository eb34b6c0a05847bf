// The plain result types of the analysis (docs/analysis.md): what analyzeDataset returns and the CLI prints.
import type { Projection } from '../model/types';

/** The per-actor figures of analysis.md, in its order: the columns of every actors table (CLI CSV, app export). */
export const ACTOR_METRIC_KEYS = [
  'degree',
  'strength',
  'degreeCentrality',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'constraint',
  'community',
  'crossBorderPartners',
] as const satisfies ReadonlyArray<keyof ActorMetrics>;

/** Per actor metrics on the actor graph after filters (analysis.md, "Per actor"). */
export interface ActorMetrics {
  id: string;
  label: string;
  country: string;
  degree: number;
  strength: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  /** null where the power iteration does not converge (the reason is in AnalysisResult.notes). */
  eigenvector: number | null;
  /** null where the power iteration does not converge (never seen in practice: PageRank always contracts). */
  pagerank: number | null;
  /** Burt's constraint; null for an isolated actor (NetworkX gives NaN). */
  constraint: number | null;
  community: number;
  crossBorderPartners: number;
}

/** Per country figures on the country graph (analysis.md, "Per country"). */
export interface CountryMetrics {
  code: string;
  actors: number;
  agreements: number;
  crossBorderAgreements: number;
  partnerCountries: number;
  strength: number;
  betweenness: number;
  pagerank: number | null;
}

/** Summary of one analysed sector. */
export interface SectorSummary {
  id: string;
  /** Passing actors whose `sectors` list the sector. */
  actors: number;
  /** Passing agreements whose effective sectors include the sector. */
  agreements: number;
  /** Countries with at least one actor in the sector. */
  countries: number;
}

/** Coverage of one sector in one country (analysis.md, "coverage"). */
export interface CountryCoverage {
  country: string;
  actors: number;
  agreements: number;
  partnerCountries: number;
}

export interface SectorCoverage {
  sector: string;
  countries: CountryCoverage[];
}

export interface CountryPairGap {
  sector: string;
  countries: [string, string];
  score: number;
}

export interface IsolatedActor {
  sector: string;
  actor: string;
}

export interface Recommendation {
  actor: string;
  partner: string;
  score: number;
  reason: string;
}

export interface AnalysisResult {
  dataset: { title: string; actors: number; agreements: number; warnings: number };
  filters: {
    sectors: string[];
    countries: string[];
    year: number | null;
    projection: Projection;
    actorKinds?: string[];
    agreementKinds?: string[];
  };
  actors: ActorMetrics[];
  countries: CountryMetrics[];
  sectors: SectorSummary[];
  gaps: CountryPairGap[];
  isolated: IsolatedActor[];
  exportLinkGaps: string[];
  recommendations: Recommendation[];
  /** Present only when something needs saying, e.g. why `eigenvector` is null. */
  notes?: string[];
}

/** Progress and cancellation hooks shared by the long computations. */
export interface RunControl {
  /** Called with a fraction in [0, 1] now and then. */
  onProgress?: (fraction: number) => void;
  /** Set `cancelled` (or pass an AbortSignal) to stop; the computation then throws a CancelledError. */
  signal?: { cancelled: boolean } | AbortSignal;
}

/** Thrown by a computation that was cancelled through its signal. */
export class CancelledError extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'CancelledError';
  }
}

export function isCancelled(signal: RunControl['signal']): boolean {
  if (signal === undefined) return false;
  return 'aborted' in signal ? signal.aborted : signal.cancelled;
}

export function throwIfCancelled(signal: RunControl['signal']): void {
  if (isCancelled(signal)) throw new CancelledError();
}
