// `npx tsx bench/profile-tasks.ts [actors] [agreements] [load]`: which code runs in each long task of one bench:app run (CPU profile of an unminified build, kept as bench/output/tasks.cpuprofile).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { build } from 'vite';
import { generateDataset } from '../src/model/generate';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';
import { runApp } from './app-run';
import { LONG_TASK_OBSERVER } from './page-scripts';
import type { LongTask } from './report';

const ROOT = resolve(import.meta.dirname, '..');

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Per built chunk, a lookup from a profile frame's line and column to its source module. The chunks are built
 * with source maps; the unminified output no longer marks modules with comments.
 */
function regionsOf(dir: string): Map<string, (line: number, column: number) => string> {
  const byFile = new Map<string, (line: number, column: number) => string>();
  for (const file of readdirSync(join(dir, 'assets')).filter((name) => name.endsWith('.js'))) {
    const mapFile = join(dir, 'assets', `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const map = new TraceMap(readFileSync(mapFile, 'utf8'));
    byFile.set(file, (line, column) => {
      // Profile positions are 0-based; trace-mapping's lines are 1-based, columns 0-based.
      const source = originalPositionFor(map, { line: line + 1, column: Math.max(0, column) }).source;
      if (!source) return '(chunk)';
      if (source.includes('node_modules/')) return source.replace(/^.*node_modules\//, 'node_modules/');
      return source.replace(/^.*?\/?(src|bench)\//, '$1/');
    });
  }
  return byFile;
}

async function main(): Promise<void> {
  const actors = Number(process.argv[2] ?? 5000);
  const agreements = Number(process.argv[3] ?? 50000);
  const work = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
  const appDir = join(work, 'app');
  mkdirSync(join(work, 'data'));
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true, minify: false, sourcemap: true },
  });
  const dataset = generateDataset({ actors, agreements, seed: 1 });
  writeFileSync(join(work, 'data/net.json'), JSON.stringify(dataset));
  const regions = regionsOf(appDir);
  const { server, origin } = await startStaticServer({ '/app/': appDir, '/data/': join(work, 'data') });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_OBSERVER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const actor = dataset.actors[0]!;
    await runApp({
      page,
      url: `${origin}/app/?data=${origin}/data/net.json`,
      stopHeap: async () => NaN,
      timeoutMs: 300_000,
      pick: { id: actor.id, label: actor.label },
      sector: actor.sectors?.[0] ?? '',
      country: actor.country ?? '',
      year: 2012,
      loadOnly: process.argv[4] === 'load',
    });
    // Profile timestamps are µs on the monotonic clock; performance.timeOrigin (ms since epoch) does not share it,
    // so the offset is read from a mark made now on both clocks.
    const pageNow = (await page.evaluate('performance.now()')) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    let time = profile.startTime;
    const stamps = profile.timeDeltas.map((delta) => (time += delta) / 1000);
    const offset = pageNow - time / 1000;
    const label = (node: ProfileNode): string => {
      const file = node.callFrame.url.split('/').pop() ?? '';
      const region = regions.get(file)?.(node.callFrame.lineNumber, node.callFrame.columnNumber) ?? file;
      return `${node.callFrame.functionName || '(anonymous)'} [${region}]`;
    };
    const lines: string[] = [
      `Long tasks over 100 ms, ${actors}/${agreements}: self time and source modules on the stack.`,
    ];
    for (const task of tasks.filter((entry) => entry.duration > 100)) {
      const self = new Map<string, number>();
      const inclusive = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const at = stamps[i]! + offset;
        if (at < task.start || at > task.start + task.duration) return;
        const node = byId.get(id)!;
        self.set(label(node), (self.get(label(node)) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        const seen = new Set<string>();
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const frame = byId.get(cur)!;
          const file = frame.callFrame.url.split('/').pop() ?? '';
          const region = regions.get(file)?.(frame.callFrame.lineNumber, frame.callFrame.columnNumber);
          if (region?.startsWith('src/')) seen.add(`${frame.callFrame.functionName || '(anonymous)'} [${region}]`);
        }
        for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      const top = (map: Map<string, number>, count: number): string =>
        [...map]
          .sort((a, b) => b[1] - a[1])
          .slice(0, count)
          .map(([key, ms]) => `${key} ${Math.round(ms)} ms`)
          .join('; ');
      lines.push(`- at ${Math.round(task.start)} ms, ${Math.round(task.duration)} ms`);
      lines.push(`  self: ${top(self, 5)}`);
      lines.push(`  app code on the stack: ${top(inclusive, 6)}`);
    }
    const text = lines.join('\n');
    process.stdout.write(text + '\n');
    mkdirSync(join(ROOT, 'bench/output'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/output/long-tasks.md'), text + '\n');
    // The whole profile too, for DevTools (Performance → Load profile) or a closer look at one task.
    writeFileSync(join(ROOT, 'bench/output/tasks.cpuprofile'), JSON.stringify(profile));
    await context.close();
  } finally {
    await browser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
