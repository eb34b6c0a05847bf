// `analyze --format csv`: the actors table as CSV (RFC 4180 quoting, spreadsheet formula guard).
import { ACTOR_METRIC_KEYS, type AnalysisResult, type ActorMetrics } from '../analysis/types';
import { csvDocument, csvLine } from '../model/exports/csv';

export const ACTOR_COLUMNS: Array<keyof ActorMetrics> = ['id', 'label', 'country', ...ACTOR_METRIC_KEYS];

// One cell writer for every CSV the app and the command line give to spreadsheets (quoting, formula guard).
export { csvCell } from '../model/exports/csv';

export function actorsCsv(result: AnalysisResult): string {
  const lines = [csvLine(ACTOR_COLUMNS)];
  for (const row of result.actors) lines.push(csvLine(ACTOR_COLUMNS.map((column) => row[column])));
  return csvDocument(lines);
}
