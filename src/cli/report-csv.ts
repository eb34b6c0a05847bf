// `analyze --format csv`: the actors table as CSV (RFC 4180 quoting, spreadsheet formula guard).
import type { Robustness } from '../analysis/robustness';
import { ACTOR_METRIC_KEYS, type AnalysisResult, type ActorMetrics } from '../analysis/types';
import { csvDocument, csvLine } from '../model/exports/csv';

export const ACTOR_COLUMNS: Array<keyof ActorMetrics> = ['id', 'label', 'country', ...ACTOR_METRIC_KEYS];

// One cell writer for every CSV the app and the command line give to spreadsheets (quoting, formula guard).
export { csvCell } from '../model/exports/csv';

/** With `--robustness`: the top 10's status, worst rank and the agreement behind it; empty for the other actors. */
export const ROBUSTNESS_COLUMNS = ['robustness', 'robustnessWorstRank', 'robustnessWorstAgreement'] as const;

export function actorsCsv(result: AnalysisResult, rank: Robustness | null = null): string {
  const byActor = new Map((rank?.actors ?? []).map((entry) => [entry.actor, entry]));
  const lines = [csvLine([...ACTOR_COLUMNS, ...(rank === null ? [] : ROBUSTNESS_COLUMNS)])];
  for (const row of result.actors) {
    const cells: unknown[] = ACTOR_COLUMNS.map((column) => row[column]);
    if (rank !== null) {
      const entry = byActor.get(row.id);
      cells.push(entry?.status ?? null, entry?.worstRank ?? null, entry?.worstAgreement ?? null);
    }
    lines.push(csvLine(cells));
  }
  return csvDocument(lines);
}
