// Asks a worker which GPU there is, so the WebGL choice of a large network costs the page's thread nothing.
import { askOnce, startWorker, type WorkerLike } from '../threads/worker-like';
import type { GpuReply } from './gpu.worker';
import { rememberGpuInfo, type GpuInfo } from './webgl-detect';

export type GpuWorkerLike = WorkerLike<'check', GpuReply>;

const defaultWorker = (): GpuWorkerLike | null =>
  startWorker(() => new Worker(new URL('./gpu.worker.ts', import.meta.url), { type: 'module' }));

/**
 * The GPU as a worker finds it, remembered for gpuInfo(); null where no worker could tell (no Worker, no
 * OffscreenCanvas, a failed script): then gpuInfo() checks on the page when a large network first needs it.
 */
export function probeGpu(createWorker: () => GpuWorkerLike | null = defaultWorker): Promise<GpuInfo | null> {
  return askOnce(
    createWorker(),
    'check',
    (reply) => {
      rememberGpuInfo(reply.gpu);
      return reply.gpu;
    },
    () => Promise.resolve(null),
  );
}
