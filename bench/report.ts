// Formats the app benchmark: the target table (median, target, met, app ÷ each peer), then the details behind it.
import type { BundleReport } from './bundle';

export interface Mark {
  time: number;
  detail: { nodes?: number; edges?: number; totalEdges?: number; preview?: boolean } | null;
}
export interface LongTask {
  start: number;
  duration: number;
}

/** Parts of an app run, for telling which one holds the longest task. */
export type Phase = 'load' | 'filters' | 'layouts' | 'play' | 'pan';

export interface AppRun {
  /** Navigation to the first painted picture of the network (the plain-canvas preview for large ones). */
  firstPaint: number;
  /** Navigation to the first frame drawn by cytoscape, from which clicks, hover and drag work. */
  interactive: number;
  analysis: number;
  filterYear: number;
  filterSector: number;
  filterCountry: number;
  select: number;
  /** Layout picker value → ms from the click to the new layout painted. */
  layouts: Record<string, number>;
  /** Animation frames painted per second while the play button stepped through the years. */
  playFps: number;
  playLongestFrame: number;
  /** Years drawn during the measured play (the first year and each step). */
  playYears: number;
  /** Median frame interval while panning and zooming with every tie drawn. */
  panFrame: number;
  panFrameP90: number;
  /** Over the whole run: load, filters, layout switches, play and pan. */
  longestTask: number;
  longestTaskByPhase: Partial<Record<Phase, number>>;
  heapMB: number;
  nodes: number;
  drawnEdges: number;
  totalEdges: number;
}

/** A peer renderer's run: the figures the issue compares (first paint, longest task, pan frame, heap). */
export interface PeerRun {
  firstPaint: number;
  longestTask: number;
  panFrame: number;
  panFrameP90: number;
  heapMB: number;
  nodes: number;
  edges: number;
}

export interface CaseResult {
  name: string;
  app: AppRun[];
  cytoscape: PeerRun[];
  sigma: PeerRun[];
}

export function median(values: number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}

type Unit = 'ms' | 'fps' | 'kB' | 'MB' | '×';

export interface TargetRow {
  measure: string;
  /** The app's median (NaN when not measured). */
  value: number;
  unit: Unit;
  /** The target: at most (`atMost`) or at least this value; absent for rows kept only for a ratio. */
  target?: { limit: number; atMost: boolean };
  /** The peers' medians for the same measure, where the issue asks for the ratio. */
  cytoscape?: number;
  sigma?: number;
}

/** "yes" when the median meets its target, "no" when it misses it or was not measured, "–" without a target. */
export function met(row: TargetRow): 'yes' | 'no' | '–' {
  if (!row.target) return '–';
  if (!Number.isFinite(row.value)) return 'no';
  return (row.target.atMost ? row.value <= row.target.limit : row.value >= row.target.limit) ? 'yes' : 'no';
}

/** app ÷ peer as "0.42×", or "–" when either is missing. */
export function ratio(value: number, peer: number | undefined): string {
  return peer !== undefined && Number.isFinite(value) && Number.isFinite(peer) && peer > 0
    ? `${(value / peer).toFixed(2)}×`
    : '–';
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'not measured';
  if (unit === 'ms') return `${Math.round(value).toLocaleString('en')} ms`;
  if (unit === 'fps') return `${value.toFixed(1)} frames/s`;
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  return `${value.toFixed(2)}×`;
}

const LAYOUT_NAMES: Record<string, string> = {
  grouped: 'grouped',
  concentric: 'rings',
  map: 'map',
  country: 'countries',
  force: 'force',
};

const of = <T>(runs: T[], pick: (run: T) => number): number => median(runs.map(pick));
const ms = (limit: number) => ({ limit, atMost: true });

/**
 * The table for one network (targets are set for 5,000 / 50,000), the sample's first paint against
 * plain cytoscape in the same run, and the initial JS.
 */
export function targetRows(large: CaseResult | null, sample: CaseResult | null, bundle: BundleReport): TargetRow[] {
  const rows: TargetRow[] = [];
  if (large) {
    const { app, cytoscape, sigma } = large;
    rows.push(
      {
        measure: 'longest main-thread task, load through filters, layout switches, play and pan',
        value: of(app, (r) => r.longestTask),
        unit: 'ms',
        target: ms(100),
        cytoscape: of(cytoscape, (r) => r.longestTask),
        sigma: of(sigma, (r) => r.longestTask),
      },
      {
        measure: 'load → interactive (clicks work)',
        value: of(app, (r) => r.interactive),
        unit: 'ms',
        target: ms(2000),
      },
      {
        measure: 'load → first paint',
        value: of(app, (r) => r.firstPaint),
        unit: 'ms',
        target: ms(1200),
        cytoscape: of(cytoscape, (r) => r.firstPaint),
        sigma: of(sigma, (r) => r.firstPaint),
      },
      { measure: 'filter → repaint: year', value: of(app, (r) => r.filterYear), unit: 'ms', target: ms(150) },
      { measure: 'filter → repaint: sector', value: of(app, (r) => r.filterSector), unit: 'ms', target: ms(150) },
      { measure: 'filter → repaint: country', value: of(app, (r) => r.filterCountry), unit: 'ms', target: ms(150) },
    );
    for (const [key, name] of Object.entries(LAYOUT_NAMES)) {
      rows.push({
        measure: `switch layout → ${name} (to the new picture)`,
        value: of(app, (r) => r.layouts[key] ?? NaN),
        unit: 'ms',
        target: ms(300),
      });
    }
    rows.push(
      {
        measure: 'year play (play button, 3 year steps)',
        value: of(app, (r) => r.playFps),
        unit: 'fps',
        target: { limit: 5, atMost: false },
      },
      {
        // The 90th percentile: the median frame is the cheap one (a moved copy of the drawing), not the redraw a reader waits for.
        measure: 'pan/zoom frame with all ties shown (90th percentile)',
        value: of(app, (r) => r.panFrameP90),
        unit: 'ms',
        target: ms(33),
        cytoscape: of(cytoscape, (r) => r.panFrameP90),
        sigma: of(sigma, (r) => r.panFrameP90),
      },
      { measure: 'analysis end to end', value: of(app, (r) => r.analysis), unit: 'ms', target: ms(2000) },
      {
        measure: 'peak JS heap (main thread)',
        value: of(app, (r) => r.heapMB),
        unit: 'MB',
        cytoscape: of(cytoscape, (r) => r.heapMB),
        sigma: of(sigma, (r) => r.heapMB),
      },
    );
  }
  if (sample) {
    rows.push({
      measure: 'sample first paint ÷ plain cytoscape (same run)',
      value: of(sample.app, (r) => r.firstPaint) / of(sample.cytoscape, (r) => r.firstPaint),
      unit: '×',
      target: { limit: 0.6, atMost: true },
    });
  }
  rows.push({
    measure: 'initial JS (gzip)',
    value: bundle.initialGzipBytes / 1000,
    unit: 'kB',
    target: { limit: 300, atMost: true },
  });
  return rows;
}

function targetText(row: TargetRow): string {
  if (!row.target) return '–';
  return `${row.target.atMost ? '≤' : '≥'} ${formatValue(row.target.limit, row.unit)}`;
}

/** The target table as markdown; `sigmaNote` goes into the sigma column's header (e.g. its WebGL renderer). */
export function formatTargetTable(rows: TargetRow[], sigmaNote: string): string {
  const lines = [
    `| measure | app median | target | met | app ÷ cytoscape | app ÷ sigma (${sigmaNote}) |`,
    '|---|---:|---|---|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.measure} | ${formatValue(row.value, row.unit)} | ${targetText(row)} | ${met(row)} | ` +
        `${ratio(row.value, row.cytoscape)} | ${ratio(row.value, row.sigma)} |`,
    );
  }
  return lines.join('\n');
}

export interface ReportMeta {
  runs: number;
  peerRuns: number;
  minutes: number;
  load: number[];
  commit: string;
  date: string;
  /** The WebGL renderer sigma's page got, e.g. SwiftShader. */
  sigmaWebgl: string;
}

/** The whole report: target table for the largest network measured, then the peers and the details per network. */
export function formatReport(results: CaseResult[], bundle: BundleReport, meta: ReportMeta): string {
  const sample = results.find((entry) => entry.name === 'sample') ?? null;
  const generated = results.filter((entry) => entry.name !== 'sample');
  const large = generated[generated.length - 1] ?? null;
  const software = /swiftshader|llvmpipe|software/i.test(meta.sigmaWebgl);
  const sigmaNote = software ? 'WebGL on SwiftShader, no GPU' : `WebGL: ${meta.sigmaWebgl}`;
  const lines: string[] = [];
  lines.push(
    `App benchmark, ${meta.date}, commit ${meta.commit}: medians of ${meta.runs} app runs and ${meta.peerRuns} runs of each peer, ` +
      `${meta.minutes.toFixed(1)} min, load average (1/5/15 min) at the end ${meta.load.map((v) => v.toFixed(2)).join(' / ')}.`,
  );
  lines.push('');
  lines.push(
    `Targets at ${large?.name ?? '(no generated network measured)'} (the issue's targets are for 5,000/50,000).`,
  );
  lines.push('');
  lines.push(formatTargetTable(targetRows(large, sample, bundle), sigmaNote));
  lines.push('');
  lines.push(
    `Peers: plain cytoscape 3.35 with its defaults (default stylesheet, \`grid\` layout, every tie; canvas, as the app); ` +
      `sigma.js 4.0.4 with hideEdgesOnMove and hideLabelsOnMove at the app's first positions, every tie, WebGL: ${meta.sigmaWebgl}` +
      `${software ? ' — software rendering: this machine has no GPU, so sigma’s figures here are not what it does on one' : ''}. ` +
      'Year play: animation frames painted per second while the play button steps through the years ' +
      '(each year held 0.9 s by design); its longest frame is in the details.',
  );
  lines.push('');
  lines.push(
    '| network | nodes | ties drawn / total | first paint: app / cytoscape / sigma | longest task: app / cytoscape / sigma | pan frame (median, p90): app / cytoscape / sigma | heap: app / cytoscape / sigma |',
  );
  lines.push('|---|---|---|---|---|---|---|');
  const msOf = (value: number): string => formatValue(value, 'ms');
  for (const { name, app, cytoscape, sigma } of results) {
    const trio = (pickApp: (r: AppRun) => number, pickPeer: (r: PeerRun) => number, unit: Unit): string =>
      [of(app, pickApp), of(cytoscape, pickPeer), of(sigma, pickPeer)].map((v) => formatValue(v, unit)).join(' / ');
    const pan = (runs: Array<{ panFrame: number; panFrameP90: number }>): string =>
      `${msOf(of(runs, (r) => r.panFrame))}, ${msOf(of(runs, (r) => r.panFrameP90))}`;
    lines.push(
      `| ${name} | ${of(app, (r) => r.nodes)} | ${of(app, (r) => r.drawnEdges).toLocaleString('en')} / ${of(app, (r) => r.totalEdges).toLocaleString('en')} | ` +
        `${trio(
          (r) => r.firstPaint,
          (r) => r.firstPaint,
          'ms',
        )} | ${trio(
          (r) => r.longestTask,
          (r) => r.longestTask,
          'ms',
        )} | ` +
        `${pan(app)} / ${pan(cytoscape)} / ${pan(sigma)} | ${trio(
          (r) => r.heapMB,
          (r) => r.heapMB,
          'MB',
        )} |`,
    );
  }
  lines.push('');
  lines.push(
    '| network | longest task: load / filters / layouts / play / pan | select → repaint | play: years drawn, longest frame | layout switches (ms): grouped / rings / map / countries / force |',
  );
  lines.push('|---|---|---|---|---|');
  for (const { name, app } of results) {
    const phases = (['load', 'filters', 'layouts', 'play', 'pan'] as const)
      .map((phase) => msOf(of(app, (r) => r.longestTaskByPhase[phase] ?? NaN)))
      .join(' / ');
    const layouts = Object.keys(LAYOUT_NAMES)
      .map((key) => msOf(of(app, (r) => r.layouts[key] ?? NaN)))
      .join(' / ');
    lines.push(
      `| ${name} | ${phases} | ${msOf(of(app, (r) => r.select))} | ${of(app, (r) => r.playYears)}, ${msOf(of(app, (r) => r.playLongestFrame))} | ${layouts} |`,
    );
  }
  lines.push('');
  lines.push('| chunk | loaded | size | gzip |');
  lines.push('|---|---|---|---|');
  for (const chunk of bundle.chunks) {
    lines.push(
      `| ${chunk.file} | ${chunk.initial ? 'initially' : 'on demand / worker'} | ${(chunk.bytes / 1000).toFixed(1)} kB | ${(chunk.gzipBytes / 1000).toFixed(1)} kB |`,
    );
  }
  return lines.join('\n');
}
