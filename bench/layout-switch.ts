// `npx tsx bench/layout-switch.ts <built app dir>... [--rounds N] [--profile]`: each layout switch at 5,000 actors, timed, with its long tasks.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generateDataset } from '../src/model/generate';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { LONG_TASK_OBSERVER, timeLayoutSwitch, waitUntil } from './page-scripts';
import type { LongTask } from './report';

/** The bench's order (bench/app-run.ts), back to the one shown first. */
const SEQUENCE = ['grouped', 'concentric', 'map', 'country', 'force'] as const;
const DATA = '/tmp/layouts18/g5000.json';
/** App functions whose inclusive time is printed for each switch. */
const WATCH = [
  'ExplorerGraph',
  'update',
  'sync',
  'place',
  'applyPositions',
  'applyLayout',
  'bendArcs',
  'fitCentres',
  'setEdges',
  'levelOfDetail',
  'placeElements',
  'groupedLayout',
  'concentricLayout',
  'countryViewElements',
  'countryGraphFrom',
  'attachBasemap',
  'drawBasemapLayer',
  'scenesFromWire',
  'scheduleLabelPlacement',
  'placeLabels',
  'setClass',
  'applyHighlight',
  'redraw',
  'draw',
  'renderFn',
  'build',
  'preview',
  'addMissingNodes',
  'step',
];

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 3) || 3;
const profiling = args.includes('--profile');
const dirs = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds');

/** Per built chunk, the source module of each line (unminified builds mark modules with //#region). */
function regionsOf(dir: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const file of readdirSync(join(dir, 'assets')).filter((name) => name.endsWith('.js'))) {
    let current = '(chunk)';
    const lines = readFileSync(join(dir, 'assets', file), 'utf8').split('\n');
    byFile.set(
      file,
      lines.map((line) => {
        const match = /^\/\/#region (.+)$/.exec(line);
        if (match) current = match[1]!.replace(/^.*node_modules\//, 'node_modules/');
        else if (line.startsWith('//#endregion')) current = '(chunk)';
        return current;
      }),
    );
  }
  return byFile;
}

/** Self time per source module (and top functions) in [from, to] of the page clock. */
function breakdown(profile: Profile, offset: number, from: number, to: number, regions: Map<string, string[]>): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  let time = profile.startTime;
  const own = new Map<string, number>();
  const app = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    const at = time / 1000 + offset;
    if (at < from || at > to) return;
    const node = byId.get(id)!;
    const file = node.callFrame.url.split('/').pop() ?? '';
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    const key = `${node.callFrame.functionName || '(anon)'} [${regions.get(file)?.[node.callFrame.lineNumber] ?? file}]`;
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    own.set(key, (own.get(key) ?? 0) + ms);
    // Inclusive time per function name (once per sample), to read the call tree's heavy branches.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        app.set(name, (app.get(name) ?? 0) + ms);
      }
    }
  });
  const top = (map: Map<string, number>, n: number): string =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, ms]) => `${key} ${Math.round(ms)}`)
      .join('; ');
  const watch = [...app].filter(([name]) => WATCH.includes(name)).map(([name, ms]) => `${name} ${Math.round(ms)}`);
  return `    self: ${top(own, 8)}\n    inclusive: ${top(app, 12)}\n    app: ${watch.join('; ')}`;
}

async function switchOnce(
  page: Page,
  layout: string,
): Promise<{ ms: number; longest: number; from: number; to: number }> {
  const from = (await page.evaluate('performance.now()')) as number;
  const ms = (await page.evaluate(timeLayoutSwitch(layout))) as number;
  // Let the tasks that follow the new picture (labels, the basemap) finish before the next switch.
  await page.waitForTimeout(1500);
  const to = (await page.evaluate('performance.now()')) as number;
  const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
  const inside = tasks.filter((task) => task.start >= from && task.start < to);
  return { ms, longest: Math.max(0, ...inside.map((task) => task.duration)), from, to };
}

async function main(): Promise<void> {
  if (!existsSync(DATA)) {
    mkdirSync('/tmp/layouts18', { recursive: true });
    writeFileSync(DATA, JSON.stringify(generateDataset({ actors: 5000, agreements: 50000, seed: 1 })));
  }
  const mounts: Record<string, string> = { '/data/': '/tmp/layouts18' };
  dirs.forEach((dir, i) => (mounts[`/app${i}/`] = resolve(dir)));
  const { server, origin } = await startStaticServer(mounts);
  const browser = await launchChromium();
  const results = new Map<string, Record<string, Array<{ ms: number; longest: number }>>>();
  try {
    // Builds alternate within each round, so both see the same minutes of a shared machine.
    for (let round = 0; round < rounds; round++) {
      for (const [i, dir] of dirs.entries()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.addInitScript(LONG_TASK_OBSERVER);
        const cdp = profiling ? await context.newCDPSession(page) : null;
        let startedAt = 0;
        await page.goto(`${origin}/app${i}/?data=${origin}/data/g5000.json`);
        await page.evaluate(waitUntil(`window.__explorer && window.__explorer.shown() === 'force'`, 180_000, 100));
        await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 4000));
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
          await cdp.send('Profiler.start');
          startedAt = (await page.evaluate('performance.now()')) as number;
        }
        const own = results.get(dir) ?? {};
        results.set(dir, own);
        const spans: Array<{ layout: string; from: number; to: number }> = [];
        for (const layout of SEQUENCE) {
          const result = await switchOnce(page, layout);
          (own[layout] ??= []).push(result);
          spans.push({ layout, from: result.from, to: result.to });
          process.stdout.write(
            `round ${round} ${dir} → ${layout}: ${Math.round(result.ms)} ms, longest task ${Math.round(result.longest)} ms (load ${loadavg()[0]!.toFixed(2)})\n`,
          );
        }
        if (cdp) {
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
          // The profile's clock is not the page's: its start is matched to the page time read right after it.
          const offset = startedAt - profile.startTime / 1000;
          const regions = regionsOf(dir);
          for (const span of spans)
            process.stdout.write(`  ${span.layout}:\n${breakdown(profile, offset, span.from, span.to, regions)}\n`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const [dir, own] of results) {
    const cells = SEQUENCE.map(
      (layout) =>
        `${layout} ${Math.round(median((own[layout] ?? []).map((r) => r.ms)))} ms (task ${Math.round(median((own[layout] ?? []).map((r) => r.longest)))})`,
    );
    process.stdout.write(`median ${dir}: ${cells.join(', ')}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `layout-switch failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
