// The bench:app target table from hand-made runs: medians, the met column, and app ÷ peer ratios.
import { describe, expect, it } from 'vitest';
import type { BundleReport } from '../../../bench/bundle';
import {
  formatTargetTable,
  met,
  ratio,
  targetRows,
  type AppRun,
  type CaseResult,
  type PeerRun,
} from '../../../bench/report';

const appRun = (patch: Partial<AppRun>): AppRun => ({
  firstPaint: 1000,
  interactive: 1800,
  analysis: 1500,
  filterYear: 100,
  filterSector: 120,
  filterCountry: 90,
  select: 50,
  layouts: { grouped: 200, concentric: 250, map: 400, country: 280, force: 150 },
  playFps: 10,
  playLongestFrame: 80,
  playYears: 4,
  panFrame: 15,
  panFrameP90: 20,
  longestTask: 90,
  longestTaskByPhase: { load: 90 },
  heapMB: 100,
  nodes: 5000,
  drawnEdges: 10000,
  totalEdges: 50000,
  ...patch,
});

const peerRun = (patch: Partial<PeerRun>): PeerRun => ({
  firstPaint: 2000,
  longestTask: 180,
  panFrame: 30,
  panFrameP90: 40,
  heapMB: 200,
  nodes: 5000,
  edges: 50000,
  ...patch,
});

const bundle = (gzipBytes: number): BundleReport => ({
  chunks: [{ file: 'assets/index.js', bytes: gzipBytes * 3, gzipBytes, initial: true }],
  initialGzipBytes: gzipBytes,
});

const row = (rows: ReturnType<typeof targetRows>, start: string) => {
  const found = rows.find((entry) => entry.measure.startsWith(start));
  if (!found) throw new Error(`no row ${start}`);
  return found;
};

describe('bench report: target table', () => {
  const large: CaseResult = {
    name: '5,000/50,000',
    // Medians: first paint 1,100 (three runs), longest task 150, pan frame (p90) 20, heap 100.
    app: [
      appRun({ firstPaint: 900, longestTask: 150 }),
      appRun({ firstPaint: 1100, longestTask: 60 }),
      appRun({ firstPaint: 1300, longestTask: 400 }),
    ],
    cytoscape: [peerRun({ firstPaint: 2000 }), peerRun({ firstPaint: 2400 })],
    sigma: [peerRun({ firstPaint: 550, longestTask: 300, panFrameP90: 10, heapMB: 50 })],
  };
  const sample: CaseResult = {
    name: 'sample',
    app: [appRun({ firstPaint: 500 }), appRun({ firstPaint: 700 })],
    cytoscape: [peerRun({ firstPaint: 1000 })],
    sigma: [],
  };
  const rows = targetRows(large, sample, bundle(320_000));

  it('takes the median over runs and says "no" when the median is above an at-most target', () => {
    const longest = row(rows, 'longest main-thread task');
    expect(longest.value).toBe(150);
    expect(met(longest)).toBe('no');
  });

  it('says "yes" when the median is within an at-most target, including exactly at the limit', () => {
    expect(met(row(rows, 'load → first paint'))).toBe('yes');
    expect(met({ measure: 'edge', value: 300, unit: 'ms', target: { limit: 300, atMost: true } })).toBe('yes');
  });

  it('treats year play as an at-least target: 10 frames/s meets 5, 4 frames/s does not', () => {
    const play = row(rows, 'year play');
    expect(play.target).toEqual({ limit: 5, atMost: false });
    expect(met(play)).toBe('yes');
    expect(met({ ...play, value: 4 })).toBe('no');
  });

  it('says "no" for a row that was not measured, and "–" for a row without a target', () => {
    expect(met({ measure: 'missing', value: NaN, unit: 'ms', target: { limit: 100, atMost: true } })).toBe('no');
    expect(met(row(rows, 'peak JS heap'))).toBe('–');
  });

  it('divides the app median by each peer median for first paint, longest task, pan frame (p90) and heap', () => {
    const first = row(rows, 'load → first paint');
    // 1,100 ÷ median(2,000, 2,400) = 1,100 ÷ 2,200; 1,100 ÷ 550.
    expect(ratio(first.value, first.cytoscape)).toBe('0.50×');
    expect(ratio(first.value, first.sigma)).toBe('2.00×');
    const longest = row(rows, 'longest main-thread task');
    expect(ratio(longest.value, longest.sigma)).toBe('0.50×');
    const pan = row(rows, 'pan/zoom frame');
    expect(ratio(pan.value, pan.cytoscape)).toBe('0.50×');
    expect(ratio(pan.value, pan.sigma)).toBe('2.00×');
    const heap = row(rows, 'peak JS heap');
    expect(ratio(heap.value, heap.sigma)).toBe('2.00×');
  });

  it('gives no ratio where the issue asks for none or a peer was not measured', () => {
    expect(row(rows, 'filter → repaint: year').cytoscape).toBeUndefined();
    expect(ratio(100, NaN)).toBe('–');
    expect(ratio(100, undefined)).toBe('–');
  });

  it('has one row per layout switch, each held to 300 ms', () => {
    const switches = rows.filter((entry) => entry.measure.startsWith('switch layout'));
    expect(switches.map((entry) => [entry.value, met(entry)])).toEqual([
      [200, 'yes'],
      [250, 'yes'],
      [400, 'no'],
      [280, 'yes'],
      [150, 'yes'],
    ]);
  });

  it('measures the sample as app first paint ÷ plain cytoscape in the same run, against 0.6×', () => {
    const ratioRow = row(rows, 'sample first paint');
    expect(ratioRow.value).toBeCloseTo(0.6);
    expect(met(ratioRow)).toBe('yes');
  });

  it('checks the initial JS against 300 kB gzip', () => {
    const js = row(rows, 'initial JS');
    expect(js.value).toBe(320);
    expect(met(js)).toBe('no');
  });

  it('prints one markdown line per row with the median, target, met and both ratios', () => {
    const table = formatTargetTable(rows, 'WebGL on SwiftShader, no GPU').split('\n');
    expect(table[0]).toBe(
      '| measure | app median | target | met | app ÷ cytoscape | app ÷ sigma (WebGL on SwiftShader, no GPU) |',
    );
    expect(table).toContain('| load → first paint | 1,100 ms | ≤ 1,200 ms | yes | 0.50× | 2.00× |');
    expect(table).toContain('| year play (play button, 3 year steps) | 10.0 frames/s | ≥ 5.0 frames/s | yes | – | – |');
    expect(table).toHaveLength(2 + rows.length);
  });
});
