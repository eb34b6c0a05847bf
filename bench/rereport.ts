// `npx tsx bench/rereport.ts`: writes bench/output/app-bench.md again from app-bench.json (after a change to the report's format).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BundleReport } from './bundle';
import { formatReport, type CaseResult, type ReportMeta } from './report';

const OUTPUT = join(resolve(import.meta.dirname, '..'), 'bench/output');
const saved = JSON.parse(readFileSync(join(OUTPUT, 'app-bench.json'), 'utf8')) as {
  results: CaseResult[];
  bundle: BundleReport;
  sigmaWebgl: string;
  meta?: ReportMeta;
};
// Runs saved before the meta was kept: read it back from the report's first line.
const first = readFileSync(join(OUTPUT, 'app-bench.md'), 'utf8').split('\n')[0] ?? '';
const found =
  /App benchmark, (\S+), commit (\S+): medians of (\d+) app runs and (\d+) runs of each peer, ([\d.]+) min, load average \(1\/5\/15 min\) at the end (\d+(?:\.\d+)?) \/ (\d+(?:\.\d+)?) \/ (\d+(?:\.\d+)?)/.exec(
    first,
  );
const meta: ReportMeta = saved.meta ?? {
  date: found?.[1] ?? 'unknown',
  commit: found?.[2] ?? 'unknown',
  runs: Number(found?.[3]),
  peerRuns: Number(found?.[4]),
  minutes: Number(found?.[5]),
  load: [Number(found?.[6]), Number(found?.[7]), Number(found?.[8])],
  sigmaWebgl: saved.sigmaWebgl,
};
const report = formatReport(saved.results, saved.bundle, meta);
writeFileSync(join(OUTPUT, 'app-bench.md'), report + '\n');
process.stdout.write(report + '\n');
