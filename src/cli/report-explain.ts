// `analyze --explain ID`: one actor's betweenness split by country pair, as JSON, CSV rows or sentences.
import type { Brokerage } from '../analysis/brokerage';
import { csvDocument, csvLine } from '../model/exports/csv';

export interface ExplainReport extends Brokerage {
  /** Normalised betweenness, the number `analyze` reports for the actor. */
  betweenness: number;
}

const percent = (share: number): string => `${(share * 100).toFixed(share >= 0.1 ? 0 : 1)} %`;

/** Sentences for a briefing: where the actor brokers, the largest country pairs first. */
export function explainMarkdown(report: ExplainReport, name: (code: string) => string): string {
  const lines = [`# Where ${report.actor} brokers`, ''];
  if (report.byCountryPair.length === 0) {
    lines.push('It lies on no shortest path between two other actors: its betweenness is 0.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Betweenness ${report.betweenness.toPrecision(4)} (normalised); ${report.unnormalised.toPrecision(6)} ` +
      'shortest-path shares between other actors pass through it, split by the countries of the two ends:',
    '',
  );
  for (const entry of report.byCountryPair) {
    const [a, b] = entry.countries;
    const between = a === b ? `within ${name(a)}` : `between ${name(a)} and ${name(b)}`;
    lines.push(`- ${percent(entry.share)} ${between} (${entry.pairs.toPrecision(6)})`);
  }
  return `${lines.join('\n')}\n`;
}

/** One row per country pair: the two codes, the sum and the share. */
export function explainCsv(report: ExplainReport): string {
  const rows = [csvLine(['actor', 'country_a', 'country_b', 'pairs', 'share'])];
  for (const entry of report.byCountryPair) {
    rows.push(
      csvLine([report.actor, entry.countries[0], entry.countries[1], String(entry.pairs), String(entry.share)]),
    );
  }
  return csvDocument(rows);
}
