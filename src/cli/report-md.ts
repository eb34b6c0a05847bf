// `analyze --format md`: a short readable report (top actors, countries, gaps, recommendations) to paste into a briefing.
import type { Robustness } from '../analysis/robustness';
import type { AnalysisResult } from '../analysis/types';
import { groupedInteger } from '../model/number-text';

/**
 * Data text shown as text: the characters that make emphasis, links, code, HTML or table cells are
 * escaped, line breaks flattened, and a start that would make a heading or list item neutralised.
 */
export function mdText(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+[.)])/, '$1\\$2');
}

const fixed = (value: number | null, digits = 3): string => (value === null ? '–' : value.toFixed(digits));

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._', ''];
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/** `--robustness`: the top 10 by the metric and how far one removed agreement can push each down. */
function robustnessSection(rank: Robustness): string[] {
  return [
    `## Rank robustness (top ${rank.actors.length} by ${rank.metric})`,
    '',
    rank.exact
      ? `Each of the ${groupedInteger(rank.removed)} passing agreements removed in turn.`
      : `${groupedInteger(rank.passingAgreements)} passing agreements: only the ${groupedInteger(rank.removed)} that involve one of the top 10 were removed in turn.`,
    '',
    ...table(
      ['Actor', 'Rank', 'Worst rank', 'Without', 'Status'],
      rank.actors.map((entry) => [
        mdText(entry.label),
        String(entry.rank),
        String(entry.worstRank),
        entry.worstAgreementLabel === null ? '–' : mdText(entry.worstAgreementLabel),
        entry.status,
      ]),
    ),
  ];
}

export function markdownReport(result: AnalysisResult, top = 10, rank: Robustness | null = null): string {
  const label = new Map(result.actors.map((a) => [a.id, a.label]));
  const name = (id: string): string => mdText(label.get(id) ?? id);
  const f = result.filters;
  const scope = [
    f.sectors.length > 0 ? `sectors ${f.sectors.map(mdText).join(', ')}` : 'all sectors',
    f.countries.length > 0 ? `countries ${f.countries.map(mdText).join(', ')}` : 'all countries',
    f.year === null ? 'all years' : `year ${f.year}`,
    `${f.projection} projection`,
  ].join('; ');
  const lines = [
    `# ${mdText(result.dataset.title || 'Alliance network')}: analysis`,
    '',
    `${result.actors.length} actors and ${result.countries.length} countries in view (${scope}); the file has ` +
      `${result.dataset.actors} actors, ${result.dataset.agreements} agreements and ${result.dataset.warnings} warnings.`,
    '',
    ...(result.notes ?? []).map((note) => `> Note: ${mdText(note)}`),
    '## Most central actors (by betweenness)',
    '',
    ...table(
      ['Actor', 'Country', 'Partners', 'Cross-border partners', 'Betweenness', 'PageRank', 'Community'],
      [...result.actors]
        .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree)
        .slice(0, top)
        .map((a) => [
          mdText(a.label),
          mdText(a.country),
          String(a.degree),
          String(a.crossBorderPartners),
          fixed(a.betweenness),
          fixed(a.pagerank),
          String(a.community),
        ]),
    ),
    '## Countries (by cross-border agreements)',
    '',
    ...table(
      ['Country', 'Actors', 'Agreements', 'Cross-border', 'Partner countries', 'Betweenness'],
      [...result.countries]
        .sort((a, b) => b.crossBorderAgreements - a.crossBorderAgreements || (a.code < b.code ? -1 : 1))
        .slice(0, top)
        .map((c) => [
          mdText(c.code),
          String(c.actors),
          String(c.agreements),
          String(c.crossBorderAgreements),
          String(c.partnerCountries),
          fixed(c.betweenness),
        ]),
    ),
    '## Sectors',
    '',
    ...table(
      ['Sector', 'Actors', 'Agreements', 'Countries', 'Country-pair gaps', 'Actors without a cross-border tie'],
      result.sectors.map((s) => [
        mdText(s.id),
        String(s.actors),
        String(s.agreements),
        String(s.countries),
        String(result.gaps.filter((g) => g.sector === s.id).length),
        String(result.isolated.filter((i) => i.sector === s.id).length),
      ]),
    ),
    '## Largest gaps (country pairs with actors in the sector but no agreement in it)',
    '',
    ...table(
      ['Sector', 'Countries', 'Score (actors × actors)'],
      [...result.gaps]
        .sort((a, b) => b.score - a.score)
        .slice(0, top)
        .map((g) => [mdText(g.sector), g.countries.map(mdText).join(' – '), String(g.score)]),
    ),
    `## Clusters without a tie to an export agency: ${result.exportLinkGaps.length}`,
    '',
    result.exportLinkGaps.length === 0
      ? '_None._'
      : result.exportLinkGaps.slice(0, top).map(name).join(', ') + (result.exportLinkGaps.length > top ? ', …' : ''),
    '',
    '## Suggested partners (best scores)',
    '',
    ...table(
      ['Actor', 'Suggested partner', 'Score', 'Why'],
      [...result.recommendations]
        .sort((a, b) => b.score - a.score)
        .slice(0, top)
        .map((r) => [name(r.actor), name(r.partner), fixed(r.score, 2), mdText(r.reason)]),
    ),
    ...(rank === null ? [] : robustnessSection(rank)),
  ];
  return `${lines.join('\n')}\n`;
}
