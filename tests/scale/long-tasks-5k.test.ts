// No freeze at 5,000 actors: load, every layout switch, filter clicks and three played years, each with no main-thread task over 250 ms.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_TASK_OBSERVER, DRAWN_COUNT, timeLayoutSwitch, waitUntil } from '../../bench/page-scripts';
import { startScaleSetup, type ScaleSetup } from '../e2e/scale-setup';

/** The bound: 100 ms is the target, 250 ms the margin for a noisy machine. */
const LONGEST_TASK_MS = 250;
const LAYOUTS = ['grouped', 'concentric', 'map', 'country', 'force'] as const;
const PLAYED_STEPS = 3;

interface LongTask {
  start: number;
  duration: number;
}

let setup: ScaleSetup;

beforeAll(async () => {
  setup = await startScaleSetup('scale-5k-long-tasks.json');
}, 120_000);

afterAll(() => setup?.close());

const now = (page: Page): Promise<number> => page.evaluate('performance.now()') as Promise<number>;

/**
 * Resolves once the main thread has been free for `ms`: no long task ended within the last `ms`, and timers
 * polled every 50 ms ran on time throughout. Slices of work queued behind a new picture are counted in its phase.
 */
const quietFor = (page: Page, ms: number): Promise<unknown> =>
  page.evaluate(
    waitUntil(
      `(() => {
        const t = performance.now();
        const late = t - (window.__quietPoll ?? t) > 120;
        window.__quietPoll = t;
        if (late || window.__quietSince === undefined) window.__quietSince = t;
        const lastEnd = Math.max(0, ...window.__longTasks.map((task) => task.start + task.duration));
        return t - window.__quietSince > ${ms} && t - lastEnd > ${ms};
      })()`,
      120_000,
      50,
    ),
  );

const resetQuiet = (page: Page): Promise<unknown> =>
  page.evaluate('window.__quietSince = undefined; window.__quietPoll = undefined;');

describe('a 5,000-actor network without freezes', () => {
  it('loads, switches through every layout, makes three filter changes and plays three years with no main-thread task over 250 ms', async () => {
    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(LONG_TASK_OBSERVER);
    const phases: Array<{ phase: string; from: number }> = [{ phase: 'load', from: 0 }];

    await page.goto(setup.appUrl);
    const interactive = `performance.getEntriesByName('atlas:drawn', 'mark').some((m) => m.detail && m.detail.nodes > 0 && !m.detail.preview)`;
    await page.evaluate(waitUntil(interactive, 120_000, 50));
    await page.evaluate(waitUntil(`performance.getEntriesByName('atlas:analysis-done', 'mark').length > 0`, 120_000));
    await resetQuiet(page);
    await quietFor(page, 1000);

    for (const layout of LAYOUTS) {
      phases.push({ phase: `layout → ${layout}`, from: await now(page) });
      await page.evaluate(timeLayoutSwitch(layout));
      await resetQuiet(page);
      await quietFor(page, 700);
    }

    // Filter clicks as a reader makes them: one year on and off again, then one sector left out.
    const year = page.getByRole('checkbox', { name: /Only agreements active in one year/ });
    const sector = page
      .getByRole('group', { name: /Sectors/ })
      .getByRole('checkbox')
      .first();
    for (const [phase, box] of [
      ['filter: one year', year],
      ['filter: all years', year],
      ['filter: a sector left out', sector],
    ] as const) {
      phases.push({ phase, from: await now(page) });
      const drawn = (await page.evaluate(DRAWN_COUNT)) as number;
      await box.click();
      await page.evaluate(waitUntil(`${DRAWN_COUNT} > ${drawn}`, 60_000, 50));
      await resetQuiet(page);
      await quietFor(page, 700);
    }

    phases.push({ phase: 'year play', from: await now(page) });
    const before = (await page.evaluate(DRAWN_COUNT)) as number;
    const clicked = await page.evaluate(
      `(() => { const b = [...document.querySelectorAll('button')].find((x) => /Play years/.test(x.textContent)); b?.click(); return Boolean(b); })()`,
    );
    expect(clicked).toBe(true);
    // The first drawn mark is the first year; each further one a played step.
    await page.evaluate(waitUntil(`${DRAWN_COUNT} >= ${before + 1 + PLAYED_STEPS}`, 120_000, 50));
    await page.evaluate(`[...document.querySelectorAll('button')].find((x) => /Pause/.test(x.textContent))?.click()`);
    await resetQuiet(page);
    await quietFor(page, 700);
    const end = await now(page);

    const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
    const report = phases.map(({ phase, from }, i) => {
      const to = phases[i + 1]?.from ?? end;
      const inside = tasks
        .filter((task) => task.start >= from && task.start < to)
        .map((task) => Math.round(task.duration));
      return { phase, longest: Math.max(0, ...inside), tasks: inside };
    });
    console.log(
      report
        .map((row) => `${row.phase}: longest ${row.longest} ms; tasks ${row.tasks.join(', ') || 'none'}`)
        .join('\n'),
    );
    const over = report.filter((row) => row.longest > LONGEST_TASK_MS).map((row) => `${row.phase}: ${row.longest} ms`);
    expect(over).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 300_000);
});
