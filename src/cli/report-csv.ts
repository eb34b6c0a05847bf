// `analyze --format csv`: the actors table as CSV (RFC 4180 quoting, spreadsheet formula guard).
import { ACTOR_METRIC_KEYS, type AnalysisResult, type ActorMetrics } from '../analysis/types';

export const ACTOR_COLUMNS: Array<keyof ActorMetrics> = ['id', 'label', 'country', ...ACTOR_METRIC_KEYS];

/**
 * One cell. Text from the data that starts like a formula (= + - @, tab, CR) gets a leading
 * apostrophe so a spreadsheet shows it instead of running it; numbers are written as they are.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function actorsCsv(result: AnalysisResult): string {
  const lines = [ACTOR_COLUMNS.join(',')];
  for (const row of result.actors) lines.push(ACTOR_COLUMNS.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
