// Where the bump chart draws everything, in pixels: shared by the on-screen chart and the SVG/PNG export, so they match.
import type { BumpData, BumpSeries } from './bump-data';

/** Marker shapes: lines of one country share its colour, so the second, third… of a country get another shape. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];

export interface SeriesStyle {
  color: string;
  shape: Shape;
}

export interface PlacedPoint {
  year: number;
  rank: number;
  value: number | null;
  x: number;
  y: number;
  /** Ranked below the chart's last rank: drawn hollow in the band under the chart. */
  out: boolean;
  /**
   * Drawn with a marker: every year when years are far enough apart, else only where a run starts or ends, leaves the
   * chart, or changes rank (a marker every 9 pixels would blur the lines into beads).
   */
  marked: boolean;
}

/** Years at least this far apart get a marker each. */
const MARK_EVERY = 12;

export interface PlacedSeries {
  series: BumpSeries;
  style: SeriesStyle;
  /** The drawn years, in order; a year without a tie breaks the line. */
  points: PlacedPoint[];
  /** Runs of consecutive drawn years, each one polyline. */
  runs: PlacedPoint[][];
  /** The label right of the chart (null in a narrow frame, where a list beneath names the lines). */
  label: { x: number; y: number; text: string; anchorY: number } | null;
}

export interface BumpLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** y of the band for ranks past the last drawn rank. */
  outY: number;
  ranks: Array<{ rank: number; y: number }>;
  ticks: Array<{ year: number; x: number }>;
  series: PlacedSeries[];
  /** Horizontal distance between two years. */
  step: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Room for the labels right of the chart; 0 leaves them out. */
  labelWidth: number;
  /** Ranks drawn (1..rows); worse ranks go to the band under them. */
  rows?: number;
}

/** Font size of labels and axes, and the least vertical distance between two labels. */
export const FONT_SIZE = 12;
const LABEL_GAP = 15;
/** Average width of a character at FONT_SIZE, to cut labels that would not fit (no text measuring in pure code). */
const CHAR_WIDTH = 6.6;
const MARGIN = { left: 34, top: 14, right: 14, bottom: 30 };

/** Text cut to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * Labels at the wanted heights, moved apart so no two are closer than `gap` and all stay within [low, high]: down from
 * the top first, then, if the last ran past `high`, back up from the bottom. Input and output are in the same order.
 */
export function nudge(wanted: readonly number[], gap: number, low: number, high: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((entry) => entry.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? low : placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? high : placed[k + 1]! - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((entry, k) => (out[entry.i] = placed[k]!));
  return out;
}

/** A year step for the axis labels so that they are at least `room` pixels apart. */
function tickStep(step: number, room: number): number {
  for (const every of [1, 2, 5, 10, 20, 25, 50, 100]) if (every * step >= room) return every;
  return 200;
}

/** The whole chart at a size; `styles` gives each series' colour and marker, in the same order as `data.series`. */
export function layoutBump(data: BumpData, styles: readonly SeriesStyle[], options: LayoutOptions): BumpLayout {
  const rows = options.rows ?? 10;
  const { width, height } = options;
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 40, width - MARGIN.right - options.labelWidth),
    bottom: Math.max(MARGIN.top + 60, height - MARGIN.bottom),
  };
  // rows ranks plus the band under them, each a row of equal height.
  const rowHeight = (plot.bottom - plot.top) / (rows + 0.5);
  const yOf = (rank: number): number => plot.top + (rank - 0.5) * rowHeight;
  const outY = yOf(rows + 0.75);
  const years = data.years;
  const step = years.length > 1 ? (plot.right - plot.left) / (years.length - 1) : 0;
  const xOf = (index: number): number => (years.length > 1 ? plot.left + index * step : (plot.left + plot.right) / 2);

  // Actors tied in a year would draw one over the other: spread them a few pixels apart, in series order.
  // A large tie (nine actors sharing rank 1 by degree) stays within its row: the spread is at most 0.7 of it.
  const dodgeFor = (size: number): number => (size < 2 ? 0 : Math.min(4, (rowHeight * 0.7) / (size - 1)));
  const offsets = data.series.map(() => new Array<number>(years.length).fill(0));
  years.forEach((_, t) => {
    const byRank = new Map<number, number[]>();
    data.series.forEach((series, s) => {
      const point = series.points[t]!;
      if (!point.present || point.rank === null || point.rank > rows) return;
      byRank.set(point.rank, [...(byRank.get(point.rank) ?? []), s]);
    });
    for (const group of byRank.values())
      group.forEach((s, k) => (offsets[s]![t] = (k - (group.length - 1) / 2) * dodgeFor(group.length)));
  });

  const placed = data.series.map((series, s): PlacedSeries => {
    const points: PlacedPoint[] = [];
    const runs: PlacedPoint[][] = [];
    let run: PlacedPoint[] = [];
    series.points.forEach((point, t) => {
      if (!point.present || point.rank === null) {
        if (run.length > 0) runs.push(run);
        run = [];
        return;
      }
      const out = point.rank > rows;
      const placedPoint = {
        year: point.year,
        rank: point.rank,
        value: point.value,
        x: xOf(t),
        y: out ? outY : yOf(point.rank) + offsets[s]![t]!,
        out,
        marked: true,
      };
      points.push(placedPoint);
      run.push(placedPoint);
    });
    if (run.length > 0) runs.push(run);
    if (step < MARK_EVERY) {
      for (const each of runs) {
        each.forEach((point, k) => {
          const before = each[k - 1];
          const after = each[k + 1];
          point.marked = point.out || before?.rank !== point.rank || after?.rank !== point.rank;
        });
      }
    }
    return { series, style: styles[s]!, points, runs, label: null };
  });

  if (options.labelWidth > 0) {
    const anchors = placed.map((entry) => entry.points[entry.points.length - 1]?.y ?? yOf(entry.series.finalRank));
    const ys = nudge(anchors, LABEL_GAP, plot.top, plot.bottom);
    const maxChars = Math.max(4, Math.floor((options.labelWidth - 22) / CHAR_WIDTH));
    placed.forEach((entry, s) => {
      entry.label = {
        x: plot.right + 18,
        y: ys[s]!,
        anchorY: anchors[s]!,
        text: cut(`${entry.series.finalRank}. ${entry.series.label}`, maxChars),
      };
    });
  }

  const every = tickStep(step || 1, 44);
  const ticks = years.map((year, t) => ({ year, x: xOf(t) })).filter(({ year }) => year % every === 0);
  // A short range may hold no round year: then its first year is labelled.
  if (ticks.length === 0 && years.length > 0) ticks.push({ year: years[0]!, x: xOf(0) });
  return {
    width,
    height,
    plot,
    outY,
    ranks: Array.from({ length: rows }, (_, k) => ({ rank: k + 1, y: yOf(k + 1) })),
    ticks,
    series: placed,
    step,
  };
}

/** The SVG path of a marker centred on (x, y) with radius r: the same in the chart and the exports. */
export function markerPath(shape: Shape, x: number, y: number, r: number): string {
  const n = (value: number): string => String(Math.round(value * 100) / 100);
  switch (shape) {
    case 'circle':
      return `M${n(x - r)},${n(y)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
    case 'square':
      return `M${n(x - r * 0.9)},${n(y - r * 0.9)}h${n(r * 1.8)}v${n(r * 1.8)}h${n(-r * 1.8)}Z`;
    case 'triangle':
      return `M${n(x)},${n(y - r * 1.15)}L${n(x + r * 1.1)},${n(y + r * 0.8)}L${n(x - r * 1.1)},${n(y + r * 0.8)}Z`;
    case 'triangle-down':
      return `M${n(x)},${n(y + r * 1.15)}L${n(x + r * 1.1)},${n(y - r * 0.8)}L${n(x - r * 1.1)},${n(y - r * 0.8)}Z`;
    case 'diamond':
      return `M${n(x)},${n(y - r * 1.2)}L${n(x + r * 1.2)},${n(y)}L${n(x)},${n(y + r * 1.2)}L${n(x - r * 1.2)},${n(y)}Z`;
    case 'cross': {
      const a = r * 0.45;
      return (
        `M${n(x - a)},${n(y - r)}h${n(2 * a)}v${n(r - a)}h${n(r - a)}v${n(2 * a)}h${n(a - r)}v${n(r - a)}` +
        `h${n(-2 * a)}v${n(a - r)}h${n(a - r)}v${n(-2 * a)}h${n(r - a)}Z`
      );
    }
  }
}

/** Each series' style: its country's colour, and the next shape for each further line of the same colour. */
export function seriesStyles(series: readonly BumpSeries[], colorOf: (country: string) => string): SeriesStyle[] {
  const used = new Map<string, number>();
  return series.map((entry) => {
    const color = colorOf(entry.country);
    const k = used.get(color) ?? 0;
    used.set(color, k + 1);
    return { color, shape: SHAPES[k % SHAPES.length]! };
  });
}

/** "x, y x, y …" of a run, for a polyline. */
export const pointsAttribute = (run: readonly PlacedPoint[]): string =>
  run.map((point) => `${Math.round(point.x * 100) / 100},${Math.round(point.y * 100) / 100}`).join(' ');
