// Runs the force layout in a Web Worker so the page never freezes (fcose needs seconds); on the main thread where there is none.
import { askOnce, startWorker, type WorkerLike } from '../../threads/worker-like';
import type { ForceEdge, ForceNode } from './force';
import type { ForceReply, ForceRequest } from './force.worker';
import type { Point, Positions } from './types';

/** The force worker's handle: the shared one (threads/worker-like.ts) with its messages. */
export type ForceWorkerLike = WorkerLike<ForceRequest, ForceReply>;

const defaultWorker = (): ForceWorkerLike | null =>
  startWorker(() => new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' }));

/**
 * Force-directed positions for the whole graph, computed in a worker. Where workers are missing
 * or the worker fails to start (a page opened from file://, a strict sandbox), the same code runs
 * on the main thread, after the current frame so the page can draw first.
 */
export function forcePositionsAsync(
  nodes: readonly ForceNode[],
  edges: readonly ForceEdge[],
  createWorker: () => ForceWorkerLike | null = defaultWorker,
): Promise<Positions> {
  // fcose is loaded only here (it is ~25 kB gzip the start-up bundle does without).
  const onMainThread = (): Promise<Positions> =>
    import('./force').then(
      ({ forcePositions }) => new Promise((resolve) => setTimeout(() => resolve(forcePositions(nodes, edges)), 0)),
    );
  return askOnce(
    createWorker(),
    { nodes: [...nodes], edges: [...edges] },
    (reply) => new Map(reply.positions.map(([id, x, y]) => [id, { x, y } satisfies Point])),
    onMainThread,
  );
}
