// Pan and zoom as a reader does it (mouse drag and wheel through CDP), timed by the page's own animation frames.
import type { Page } from 'playwright-core';
import { FRAMES_START, FRAMES_STOP } from './page-scripts';

export interface FrameStats {
  /** Median time between painted frames while the gesture ran (ms). */
  median: number;
  p90: number;
  longest: number;
  frames: number;
}

/** Percentile (0–1) of a list, nearest rank; NaN when empty. */
export function percentile(values: number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export function frameStats(intervals: number[]): FrameStats {
  return {
    median: percentile(intervals, 0.5),
    p90: percentile(intervals, 0.9),
    longest: intervals.length ? Math.max(...intervals) : NaN,
    frames: intervals.length,
  };
}

/**
 * Drags the view from `from` (a point on the canvas with no node under it, so the drag pans rather than
 * moving a node) 240 px over 24 steps and back, then zooms in and out with six wheel steps at the same point.
 */
export async function panAndZoom(page: Page, from: { x: number; y: number }): Promise<FrameStats> {
  await page.evaluate(FRAMES_START);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 24; step++) await page.mouse.move(from.x + step * 10, from.y + step * 6);
  for (let step = 23; step >= 0; step--) await page.mouse.move(from.x + step * 10, from.y + step * 6);
  await page.mouse.up();
  for (const delta of [-120, -120, -120, 120, 120, 120]) {
    await page.mouse.wheel(0, delta);
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => done(null)))');
  }
  const intervals = (await page.evaluate(FRAMES_STOP)) as number[];
  return frameStats(intervals);
}
