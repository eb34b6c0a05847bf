// What posting an analysis job costs the main thread with and without the dataset (5,000 actors / 50,000 agreements, as the app bench).
import { serialize } from 'node:v8';
import { MessageChannel } from 'node:worker_threads';
import { generateDataset } from '../src/model/generate';
import { emptyFilters } from '../src/model/types';

// Why: since issue 17 the dataset stays in the analysis worker and a job carries only filters and options;
// this measures what that saves per job. Run: npx tsx bench/dataset-post.ts
const dataset = generateDataset({ actors: 5000, agreements: 50000, seed: 1 });
const withDataset = {
  id: 1,
  request: { kind: 'analyze', datasetVersion: 1, dataset, filters: emptyFilters(), recommendations: 0 },
};
const without = {
  id: 2,
  request: { kind: 'analyze', datasetVersion: 1, filters: { ...emptyFilters(), year: 2015 }, recommendations: 0 },
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median ms of `runs` calls of `task`, after two warm-up calls. */
function time(task: () => void, runs = 15): number {
  task();
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

const { port1, port2 } = new MessageChannel();
port2.on('message', () => undefined);
for (const [name, message] of [
  ['job with the dataset', withDataset],
  ['job without it', without],
] as const) {
  const bytes = serialize(message).byteLength;
  // postMessage serializes on the sending thread before it returns: this is the main thread's share.
  const post = time(() => port1.postMessage(message));
  const clone = time(() => structuredClone(message));
  console.log(
    `${name}: ${bytes.toLocaleString('en')} bytes serialized, postMessage ${post.toFixed(1)} ms, structuredClone ${clone.toFixed(1)} ms (medians of 15)`,
  );
}
port1.close();
port2.close();
