// Words the UI uses for kinds, metrics and encodings, in one place so every panel says the same thing.
import type { ColorBy, MetricName } from '../embed/view-state';
import type { ActorKind, AgreementKind } from '../model/types';

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  cluster: 'Cluster organisation',
  agency: 'Export or investment agency',
  programme: 'Programme',
  network: 'Network of clusters',
  other: 'Other',
};

export const AGREEMENT_KIND_LABELS: Readonly<Record<AgreementKind, string>> = {
  bilateral: 'Bilateral',
  multilateral: 'Multilateral',
  'soft-landing': 'Soft landing',
  'export-promotion': 'Export promotion',
  'sister-city': 'Sister city',
  other: 'Other',
};

export const METRIC_LABELS: Readonly<Record<MetricName, string>> = {
  degree: 'Partners (degree)',
  strength: 'Tie strength (summed weight)',
  degreeCentrality: 'Degree centrality',
  betweenness: 'Betweenness (broker role)',
  closeness: 'Closeness',
  eigenvector: 'Eigenvector centrality',
  pagerank: 'PageRank',
  constraint: 'Constraint (low = broker)',
  crossBorderPartners: 'Partners abroad',
};

export const COLOR_BY_LABELS: Readonly<Record<ColorBy, string>> = {
  country: 'Country',
  sector: 'Sector (first listed)',
  kind: 'Kind of actor',
  community: 'Community (Louvain)',
  ...METRIC_LABELS,
};

/** A link target from data, only when it is a plain web address: never `javascript:` or other schemes. */
export function safeHref(url: string | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "2011–2015", "since 2011", "until 2015" or "" from an agreement's years (dates shown as written). */
export function yearsText(since: number | string | undefined, until: number | string | null | undefined): string {
  const from = since === undefined ? null : String(since);
  const to = until === undefined || until === null ? null : String(until);
  if (from !== null && to !== null) return from === to ? from : `${from}–${to}`;
  if (from !== null) return `since ${from}`;
  if (to !== null) return `until ${to}`;
  return '';
}
