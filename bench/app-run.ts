// One measured run of the built app: load, filters, select, every layout, three years played, pan/zoom with all ties.
import type { Page } from 'playwright-core';
import { panAndZoom } from './gestures';
import {
  DRAWN_COUNT,
  FIRST_PAINT_READY,
  FRAMES_START,
  FRAMES_STOP,
  marksScript,
  timeLayoutSwitch,
  timeRedraw,
  timeSelect,
  waitUntil,
} from './page-scripts';
import type { AppRun, LongTask, Mark, Phase } from './report';

/** The explorer's layouts in the order a reader might go through them, back to the one shown first. */
export const LAYOUT_SEQUENCE = ['grouped', 'concentric', 'map', 'country', 'force'] as const;
/** Year steps played (after the first year appears): the issue asks for three or more. */
const PLAYED_STEPS = 3;

export interface AppRunInput {
  page: Page;
  url: string;
  stopHeap: () => Promise<number>;
  timeoutMs: number;
  pick: { id: string; label: string };
  /** A sector and a country present in the dataset, for the filter timings. */
  sector: string;
  country: string;
  year: number;
  /** Only load (the sample: its first paint against plain cytoscape is what the table needs). */
  loadOnly: boolean;
}

/**
 * Clicks the first button whose text matches, inside the page: playwright's click waits for the page to answer
 * its actionability checks, which on a loaded machine timed out while the app was busy drawing. True if found.
 */
const clickButton = (text: RegExp): string => `
  (() => {
    const button = [...document.querySelectorAll('button')].find((b) => ${text.toString()}.test(b.textContent.trim()));
    if (button) button.click();
    return Boolean(button);
  })()
`;

const now = (page: Page): Promise<number> => page.evaluate('performance.now()') as Promise<number>;

/** The mean of a filter turned on and off again, each until the canvas has redrawn. */
async function filterTime(page: Page, on: string, off: string): Promise<number> {
  const applied = (await page.evaluate(timeRedraw(`setFilters(${on})`))) as number;
  const cleared = (await page.evaluate(timeRedraw(`setFilters(${off})`))) as number;
  return (applied + cleared) / 2;
}

/** Clicks the play button and records frames until PLAYED_STEPS more years have been drawn, then pauses. */
async function playYears(page: Page, timeoutMs: number): Promise<{ fps: number; longestFrame: number; years: number }> {
  const before = (await page.evaluate(DRAWN_COUNT)) as number;
  await page.evaluate(FRAMES_START);
  const started = await now(page);
  await page.evaluate(clickButton(/Play years/));
  // The first drawn mark is the first year; each further one a year step.
  await page.evaluate(waitUntil(`${DRAWN_COUNT} >= ${before + 1 + PLAYED_STEPS}`, timeoutMs, 100));
  const ended = await now(page);
  const intervals = (await page.evaluate(FRAMES_STOP)) as number[];
  await page.evaluate(clickButton(/Pause/));
  const years = ((await page.evaluate(DRAWN_COUNT)) as number) - before;
  return {
    fps: (intervals.length / (ended - started)) * 1000,
    longestFrame: intervals.length ? Math.max(...intervals) : NaN,
    years,
  };
}

/** A point on the canvas with no node within 24 px and nothing drawn over it (buttons, notes), for a drag that pans. */
const EMPTY_CANVAS_POINT = `
  (() => {
    const canvas = document.querySelector('.graph-canvas');
    const box = canvas.getBoundingClientRect();
    const nodes = window.__atlas ? window.__atlas.nodePositions() : [];
    for (let y = box.top + 14; y < box.bottom - 14; y += 12) {
      for (let x = box.left + 14; x < box.right - 14; x += 12) {
        if (!canvas.contains(document.elementFromPoint(x, y))) continue;
        if (nodes.every((node) => Math.hypot(node.x - x, node.y - y) > 24)) return { x, y };
      }
    }
    return { x: box.left + 14, y: box.top + 14 };
  })()
`;

/** Turns on "Show all ties" and resolves when the canvas has drawn every tie. */
async function showAllTies(page: Page, timeoutMs: number): Promise<void> {
  const before = (await page.evaluate(DRAWN_COUNT)) as number;
  if (!(await page.evaluate(clickButton(/^Show all ties$/)))) return;
  const everyTie = `performance.getEntriesByName('atlas:drawn', 'mark').slice(${before}).some((mark) => mark.detail && mark.detail.edges > 0 && mark.detail.edges === mark.detail.totalEdges)`;
  await page.evaluate(waitUntil(everyTie, timeoutMs, 100));
}

export async function runApp(input: AppRunInput): Promise<AppRun> {
  const { page, timeoutMs } = input;
  const phases: Array<{ phase: Phase; from: number }> = [{ phase: 'load', from: 0 }];
  await page.goto(input.url);
  await page.evaluate(waitUntil(FIRST_PAINT_READY, timeoutMs, 50));
  const live = `${marksScript('atlas:drawn')}.find((mark) => mark.detail && mark.detail.nodes > 0 && !mark.detail.preview)`;
  await page.evaluate(waitUntil(`Boolean(${live})`, timeoutMs, 50));
  await page.evaluate(waitUntil(`${marksScript('atlas:analysis-done')}.length > 0`, timeoutMs, 100));
  const drawn = (await page.evaluate(marksScript('atlas:drawn'))) as Mark[];
  const first = drawn.find((mark) => (mark.detail?.nodes ?? 0) > 0)!;
  const interactive = (await page.evaluate(live)) as Mark;
  const [loaded] = (await page.evaluate(marksScript('atlas:dataset-loaded'))) as Mark[];
  const [analysed] = (await page.evaluate(marksScript('atlas:analysis-done'))) as Mark[];
  const run: AppRun = {
    firstPaint: first.time,
    interactive: interactive.time,
    analysis: analysed && loaded ? analysed.time - loaded.time : NaN,
    filterYear: NaN,
    filterSector: NaN,
    filterCountry: NaN,
    select: NaN,
    layouts: {},
    playFps: NaN,
    playLongestFrame: NaN,
    playYears: 0,
    panFrame: NaN,
    panFrameP90: NaN,
    longestTask: NaN,
    longestTaskByPhase: {},
    heapMB: NaN,
    nodes: first.detail?.nodes ?? 0,
    drawnEdges: first.detail?.edges ?? 0,
    totalEdges: first.detail?.totalEdges ?? 0,
  };
  if (!input.loadOnly) {
    phases.push({ phase: 'filters', from: await now(page) });
    run.filterYear = await filterTime(page, `{ year: ${input.year} }`, '{ year: null }');
    run.filterSector = await filterTime(page, `{ sectors: [${JSON.stringify(input.sector)}] }`, '{ sectors: [] }');
    run.filterCountry = await filterTime(
      page,
      `{ countries: [${JSON.stringify(input.country)}] }`,
      '{ countries: [] }',
    );
    run.select = (await page.evaluate(timeSelect(input.pick.id, input.pick.label))) as number;
    await page.evaluate('window.__atlasPerf.selectActor(null)');
    phases.push({ phase: 'layouts', from: await now(page) });
    for (const layout of LAYOUT_SEQUENCE)
      run.layouts[layout] = (await page.evaluate(timeLayoutSwitch(layout))) as number;
    phases.push({ phase: 'play', from: await now(page) });
    const play = await playYears(page, timeoutMs);
    run.playFps = play.fps;
    run.playLongestFrame = play.longestFrame;
    run.playYears = play.years;
    await page.evaluate(timeRedraw('setFilters({ year: null })')).catch(() => undefined);
    phases.push({ phase: 'pan', from: await now(page) });
    await showAllTies(page, timeoutMs);
    const pan = await panAndZoom(page, (await page.evaluate(EMPTY_CANVAS_POINT)) as { x: number; y: number });
    run.panFrame = pan.median;
    run.panFrameP90 = pan.p90;
  }
  const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
  run.longestTask = Math.max(0, ...tasks.map((task) => task.duration));
  phases.forEach(({ phase, from }, i) => {
    const to = phases[i + 1]?.from ?? Infinity;
    const inside = tasks.filter((task) => task.start >= from && task.start < to);
    run.longestTaskByPhase[phase] = Math.max(0, ...inside.map((task) => task.duration));
  });
  run.heapMB = await input.stopHeap();
  return run;
}
