// The redraw after a rest: every visible tie once, in drawing order, in slices that keep to the budget, the same strokes as one full drawing.
import { describe, expect, it } from 'vitest';
import { strokeBatches, type EdgeBatch } from '../../../src/render/edge-batches';
import {
  cullBatch,
  firstRestPace,
  restPieces,
  startRestDraw,
  visibleRect,
  type RestPace,
} from '../../../src/render/edge-rest-draw';

interface Stroke {
  color: string;
  width: number;
  alpha: number;
  dash: number[];
  segments: number[][];
}

/** A 2D context that records strokes (with their segments' coordinates), reads back and clears, and advances a clock per segment. */
function recordingContext(msPerSegment = 0) {
  const strokes: Stroke[] = [];
  const log: string[] = [];
  let segments: number[][] = [];
  let dash: number[] = [];
  const clock = { now: 0 };
  const context = {
    globalAlpha: 1,
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    setTransform: () => undefined,
    clearRect: () => void log.push('clear'),
    setLineDash: (next: number[]) => void (dash = [...next]),
    beginPath: () => void (segments = []),
    moveTo: (x: number, y: number) => void segments.push([x, y]),
    lineTo: (x: number, y: number) => void segments[segments.length - 1]!.push(x, y),
    quadraticCurveTo: (cx: number, cy: number, x: number, y: number) =>
      void segments[segments.length - 1]!.push(x, y, cx, cy),
    stroke() {
      clock.now += msPerSegment * segments.length;
      strokes.push({
        color: context.strokeStyle,
        width: context.lineWidth,
        alpha: context.globalAlpha,
        dash,
        segments,
      });
      log.push(`stroke ${segments.length}`);
    },
    getImageData: () => void log.push('read'),
  };
  return { context: context as unknown as CanvasRenderingContext2D, strokes, log, clock };
}

const batch = (color: string, width: number, coords: number[], extra: Partial<EdgeBatch> = {}): EdgeBatch => ({
  color,
  alpha: 0.75,
  dash: [],
  cap: 'butt',
  width,
  emphasis: 'normal',
  coords,
  ...extra,
});

/** `count` horizontal segments of length 10 in a column from y = 0. */
const column = (count: number, x = 0): number[] => Array.from({ length: count }, (_, i) => [x, i, x + 10, i]).flat();

/** Runs a redraw to its end with a queue of slices in place of animation frames; returns the slices' count. */
function runToEnd(options: Parameters<typeof startRestDraw>[0]): { slices: number; done: number } {
  const queue: Array<() => void> = [];
  let done = 0;
  startRestDraw({ ...options, later: (slice) => (queue.push(slice), () => undefined), done: () => void done++ });
  let slices = 0;
  while (queue.length > 0) {
    queue.shift()!();
    slices++;
  }
  return { slices, done };
}

const view = { zoom: 0.1, pan: { x: 0, y: 0 } };
const target = { width: 1000, height: 1000 } as HTMLCanvasElement;

/** Redraws a column of 10,000 segments costing 0.01 ms each on a 12 ms budget; returns the log ('read' ends a slice). */
function drawColumn(pace?: RestPace): string[] {
  const { context, log, clock } = recordingContext(0.01);
  runToEnd({
    target,
    context,
    viewport: view,
    ratio: 1,
    batches: [batch('#111111', 1, column(10_000))],
    arcs: false,
    under: () => undefined,
    done: () => undefined,
    budgetMs: 12,
    now: () => clock.now,
    ...(pace !== undefined ? { pace } : {}),
  });
  return log;
}

/** How many strokes each slice of a logged redraw made, in order. */
const strokesPerSlice = (log: readonly string[]): number[] =>
  log
    .join(' ')
    .split('read')
    .map((slice) => slice.match(/stroke (\d+)/g)?.length ?? 0);

describe('startRestDraw', () => {
  it('strokes every tie once, in the full drawing order and looks, over several slices each ending with a read-back', () => {
    const batches = [batch('#111111', 2, column(2500)), batch('#222222', 3, column(1200, 50))];
    const { context, strokes, log, clock } = recordingContext(0.003);
    const { slices, done } = runToEnd({
      target,
      context,
      viewport: view,
      ratio: 1,
      batches,
      arcs: false,
      under: () => undefined,
      done: () => undefined,
      budgetMs: 3,
      now: () => clock.now,
    });
    expect(done).toBe(1);
    expect(slices).toBeGreaterThan(1);
    expect(log.filter((entry) => entry === 'read')).toHaveLength(slices);
    const whole = recordingContext();
    strokeBatches(whole.context, batches, false, 0.1);
    const flat = (list: Stroke[]) => list.flatMap(({ segments, ...look }) => segments.map((s) => ({ ...look, s })));
    expect(flat(strokes)).toEqual(flat(whole.strokes));
  });

  it('keeps each slice near its budget once it has measured the cost of a segment', () => {
    // 12 ms at 0.01 ms a segment is 1,200 segments: one piece of 1,000 per slice after the first guess.
    const perSlice = strokesPerSlice(drawColumn()).slice(1, -1);
    for (const strokes of perSlice) expect(strokes).toBe(1);
  });

  it('starts a redraw at the pace the redraws before it measured, when they share one', () => {
    const pace = firstRestPace();
    const firstSlices = [0, 1].map(() => strokesPerSlice(drawColumn(pace))[0]);
    // The first guess (0.003 ms a segment) lets the first draw's first slice stroke 4 pieces of 1,000 (40 ms at the
    // real 0.01 ms); the second draw starts at the measured pace: one piece, 10 ms.
    expect(firstSlices).toEqual([4, 1]);
    expect(pace.msPerSegment).toBeCloseTo(0.01);
  });

  it('clears and draws what lies under the ties in the first slice only', () => {
    const { context, log, clock } = recordingContext(0.01);
    let under = 0;
    runToEnd({
      target,
      context,
      viewport: view,
      ratio: 1,
      batches: [batch('#111111', 1, column(5000))],
      arcs: false,
      under: () => void under++,
      done: () => undefined,
      budgetMs: 10,
      now: () => clock.now,
    });
    expect(under).toBe(1);
    expect(log[0]).toBe('clear');
    expect(log.filter((entry) => entry === 'clear')).toHaveLength(1);
  });

  it('draws what lies over the ties (the preview’s nodes) once, after the last stroke of the last slice', () => {
    const { context, log, clock } = recordingContext(0.01);
    const result = runToEnd({
      target,
      context,
      viewport: view,
      ratio: 1,
      batches: [batch('#111111', 1, column(5000))],
      arcs: false,
      under: () => undefined,
      over: () => void log.push('over'),
      done: () => undefined,
      budgetMs: 10,
      now: () => clock.now,
    });
    expect(result.slices).toBeGreaterThan(1);
    expect(log.filter((entry) => entry === 'over')).toHaveLength(1);
    expect(log.slice(-2)).toEqual(['over', 'read']);
  });

  it('draws nothing more and never finishes once cancelled', () => {
    const { context, strokes } = recordingContext(0.01);
    const queue: Array<() => void> = [];
    let done = 0;
    const job = startRestDraw({
      target,
      context,
      viewport: view,
      ratio: 1,
      batches: [batch('#111111', 1, column(5000))],
      arcs: false,
      under: () => undefined,
      done: () => void done++,
      later: (slice) => {
        queue.push(slice);
        return () => void queue.splice(queue.indexOf(slice), 1);
      },
      budgetMs: 1,
      now: () => 0,
    });
    queue.shift()!();
    const drawn = strokes.length;
    job.cancel();
    expect(queue).toHaveLength(0);
    expect(strokes).toHaveLength(drawn);
    expect(done).toBe(0);
  });
});

describe('restPieces', () => {
  it('splits hairline batches into pieces and keeps a batch wider than a pixel whole', () => {
    const thin = batch('#111111', 2, column(2500));
    const wide = batch('#222222', 2, column(2500));
    expect(restPieces([thin], false, 0.1, 1000).map(({ from, to }) => [from, to])).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
    // 2 model units at scale 1 are 2 px: one stroke, whose overlaps blend as the full drawing's do.
    expect(restPieces([wide], false, 1, 1000).map(({ from, to }) => [from, to])).toEqual([[0, 2500]]);
  });
});

describe('cullBatch', () => {
  const rect = { x1: 0, y1: 0, x2: 100, y2: 100 };

  it('keeps segments inside or crossing the view (with the margin) and drops those wholly outside', () => {
    const inside = [10, 10, 20, 20];
    const crossing = [-50, 50, 150, 50];
    const nearEdge = [101, 0, 101, 50];
    const outside = [200, 200, 300, 300];
    const culled = cullBatch(batch('#111111', 1, [...inside, ...crossing, ...nearEdge, ...outside]), false, rect, 2);
    expect(culled.coords).toEqual([...inside, ...crossing, ...nearEdge]);
  });

  it('keeps an arc whose ends lie outside but whose control point bends it into the view', () => {
    const arc = [-20, -20, 200, -20, 90, 60];
    expect(cullBatch(batch('#111111', 1, arc), true, rect, 1).coords).toEqual(arc);
    expect(cullBatch(batch('#111111', 1, [-20, -20, 200, -20, 90, -30]), true, rect, 1).coords).toEqual([]);
  });

  it('reads the view rectangle from zoom and pan', () => {
    expect(visibleRect({ zoom: 2, pan: { x: -100, y: 40 } }, 800, 600)).toEqual({ x1: 50, y1: -20, x2: 450, y2: 280 });
  });
});
