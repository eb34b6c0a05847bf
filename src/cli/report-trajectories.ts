// `analyze --years FROM-TO`: the trajectories as JSON, as CSV (one row per actor and year) or as md (top 5 per year).
import type { Trajectories } from '../analysis/trajectories';
import { csvDocument, csvLine } from '../model/exports/csv';
import { ACTOR_COLUMNS } from './report-csv';
import { mdText } from './report-md';

/** The md report's actors per year: enough to see who leads and who rises without a page per year. */
export const TRAJECTORY_MD_TOP = 5;

/** `year` first, then the columns of `analyze --format csv`, so the same spreadsheet formulas work per year. */
export function trajectoriesCsv(result: Trajectories): string {
  const lines = [csvLine(['year', ...ACTOR_COLUMNS])];
  for (const { year, actors } of result.years) {
    for (const row of actors) lines.push(csvLine([year, ...ACTOR_COLUMNS.map((column) => row[column])]));
  }
  return csvDocument(lines);
}

export function trajectoriesMarkdown(result: Trajectories, title: string): string {
  const first = result.years[0]?.year;
  const last = result.years.at(-1)?.year;
  const lines = [`# ${mdText(title || 'Alliance network')}: trajectories ${first}–${last}`, ''];
  for (const { year, actors, notes } of result.years) {
    lines.push(`## ${year}`, '');
    for (const note of notes ?? []) lines.push(`> Note: ${mdText(note)}`, '');
    // A passing agreement always joins two passing actors, so no degree at all means no agreement that year.
    if (actors.every((actor) => actor.degree === 0)) {
      lines.push(
        actors.length === 0
          ? '_No actor passes the filters._'
          : `_No passing agreement in ${year}_ (${actors.length} actors, all isolated).`,
        '',
      );
      continue;
    }
    const top = [...actors]
      .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)
      .slice(0, TRAJECTORY_MD_TOP);
    lines.push(
      '| Actor | Country | Partners | Betweenness | PageRank |',
      '| --- | --- | --- | --- | --- |',
      ...top.map(
        (a) =>
          `| ${mdText(a.label)} | ${mdText(a.country)} | ${a.degree} | ${a.betweenness.toFixed(3)} | ${a.pagerank === null ? '–' : a.pagerank.toFixed(3)} |`,
      ),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderTrajectories(result: Trajectories, format: 'json' | 'csv' | 'md', title: string): string {
  if (format === 'csv') return trajectoriesCsv(result);
  if (format === 'md') return trajectoriesMarkdown(result, title);
  return `${JSON.stringify(result, null, 2)}\n`;
}
