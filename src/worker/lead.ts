// The first worker of a large analysis: builds the CSR once, hands it to the helper, runs the other metrics, then claims Brandes blocks.
import type { PathMetrics } from '../analysis/actor-metrics';
import { analysisInput, analyzeDatasetSteps } from '../analysis/analyze';
import { emptyBrandesSums, finishBrandes } from '../analysis/brandes';
import { csrFromEdgeList, edgesFromFiltered } from '../analysis/csr';
import { applyFilters } from '../model/filter';
import { runStepsAsync } from '../analysis/steps';
import { throwIfCancelled, type AnalysisResult, type RunControl } from '../analysis/types';
import { actorKey } from '../model/graph';
import type { AnalysisRequest } from './protocol';
import { addInto, blockCount, blockRange, runBlock } from './brandes-blocks';
import { nextTurn, type ToHelper, type ToLead } from './helper';

/**
 * Why this order (measured at 5,000 actors / 68,000 ties): the dataset is filtered and the graph
 * built here only (each worker used to build its own from its own copy of the dataset, 0.6–0.9 s).
 * The helper starts its Brandes blocks as soon as the CSR (0.5 MB, built straight from the filtered
 * data) arrives, while this worker computes everything else on the same typed arrays, with no
 * graphology graph (PageRank, eigenvector, Louvain, constraint, countries, gaps: ~0.3–0.5 s of CPU;
 * 1.5–2.5 s while it still built the graphology graph, docs/performance.md). Then this worker
 * takes blocks from the last one down until it meets the helper, so both finish together whatever
 * the other metrics cost, and the result goes to the main thread in one message: no round trip
 * through a main thread that is busy drawing the same network (its tasks last seconds at this size).
 */

export interface LeadHooks {
  onProgress: (fraction: number) => void;
  onBlocks: (done: number, of: number) => void;
  /** Read between steps and between blocks: a cancelled job throws CancelledError there. */
  signal?: RunControl['signal'];
  /** The turn taken between steps and between blocks (default nextTurn; the worker's also waits out a hold, hold.ts). */
  turn?: () => Promise<void>;
}

/**
 * The lead's steps give the worker a turn this often (ms), so a cancel message is read within about that long: a
 * filter change then stops the job and keeps the workers and their dataset, where ending them cost a new start,
 * a cold compile and the 10 MB dataset copied again from the page (docs/performance.md).
 */
const LEAD_SLICE_MS = 40;

/** The helper's sums once they arrive (undefined before). */
function listen(port: MessagePort): { sums: () => (ToLead & { type: 'sums' }) | undefined } {
  let sums: (ToLead & { type: 'sums' }) | undefined;
  let failure: string | undefined;
  port.onmessage = (event: MessageEvent<ToLead>) => {
    const message = event.data;
    if (message.type === 'sums') sums = message;
    else failure = message.message;
  };
  return {
    sums: () => {
      if (failure !== undefined) throw new Error(`betweenness helper failed: ${failure}`);
      return sums;
    },
  };
}

/** Sets betweenness and closeness of each actor row from the summed paths (rows are found by key). */
function withPaths(result: AnalysisResult, nodes: string[], paths: PathMetrics): AnalysisResult {
  const index = new Map(nodes.map((key, i) => [key, i]));
  for (const row of result.actors) {
    const i = index.get(actorKey(row.id));
    if (i === undefined) throw new Error(`worker/lead: actor ${row.id} is not in the graph.`);
    row.betweenness = paths.betweenness[i]!;
    row.closeness = paths.closeness[i]!;
  }
  return result;
}

/** The whole analysis of `request` with a helper worker on `port`; equals analyzeDataset to the last bits of betweenness. */
export async function runLead(request: AnalysisRequest, port: MessagePort, hooks: LeadHooks): Promise<AnalysisResult> {
  const { dataset, kind: _kind, ...options } = request;
  const projection = options.projection ?? 'clique';
  const filtered = applyFilters(dataset, options.filters);
  // The edge list and CSR first (~20 ms at 5,000 actors), so the helper starts at once; no graphology graph is built.
  const edges = edgesFromFiltered(filtered, projection);
  const csr = csrFromEdgeList(edges);
  const n = csr.nodes.length;
  const helper = listen(port);
  const turn = hooks.turn ?? nextTurn;
  // Copied, not transferred: this worker runs its own blocks on the same arrays.
  port.postMessage({ type: 'graph', offsets: csr.offsets, targets: csr.targets } satisfies ToHelper);
  try {
    const input = analysisInput(dataset, options.filters, projection, filtered, edges, csr);
    // Zeros for now: nothing else in the analysis reads betweenness or closeness; the rows get the real values below.
    const later = emptyBrandesSums(n);
    const result = await runStepsAsync(
      analyzeDatasetSteps(dataset, { ...options, projection, paths: later }, input),
      { onProgress: hooks.onProgress, signal: hooks.signal },
      LEAD_SLICE_MS,
      turn,
    );
    // Blocks from the last one down, each claimed before it starts, until the helper's sums cover
    // the rest (or this worker reaches block 0: a helper that never started is not waited for).
    const count = blockCount(n);
    const closeness = new Float64Array(n);
    const mine: Float64Array[] = [];
    let lowest = count;
    let theirs = helper.sums();
    while (lowest > (theirs?.upTo ?? 0)) {
      lowest--;
      port.postMessage({ type: 'claim', block: lowest } satisfies ToHelper);
      mine[lowest] = runBlock(csr, lowest, closeness);
      hooks.onBlocks(count - lowest, count);
      await turn();
      throwIfCancelled(hooks.signal);
      theirs = helper.sums();
    }
    // Blocks both ran (at most the one the helper had started) are taken from the helper's sums.
    const upTo = theirs?.upTo ?? 0;
    const sums = { betweenness: theirs?.betweenness ?? new Float64Array(n), closeness: theirs?.closeness ?? closeness };
    for (let block = upTo; block < count; block++) {
      addInto(sums.betweenness, mine[block]!);
      const [from, to] = blockRange(block, n);
      for (let s = from; s < to; s++) sums.closeness[s] = closeness[s]!;
    }
    return withPaths(result, csr.nodes, finishBrandes(sums));
  } finally {
    port.close();
  }
}
