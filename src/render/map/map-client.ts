// Runs the map's computation (scenes.ts) in a Web Worker, so switching to the map never freezes the page; on the main thread where there is none.
import { askOnce, startWorker, type WorkerLike } from '../../threads/worker-like';
import type { MapReply } from './map.worker';
import { scenesFromWire, type MapScenes, type MapScenesRequest } from './scenes-wire';

export type { MapScenes, MapScenesRequest, MapPlacement } from './scenes-wire';

/** The map worker's handle: the shared one (threads/worker-like.ts) with its messages. */
export type MapWorkerLike = WorkerLike<MapScenesRequest, MapReply>;

const defaultWorker = (): MapWorkerLike | null =>
  startWorker(() => new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module' }));

/**
 * Both maps and the basemap's shapes, computed in a worker. Where workers are missing or the worker
 * fails (a page opened from file://, a strict sandbox), the same code runs on the main thread after the
 * current frame; the map module (projection, world shapes) is loaded only then.
 */
export function mapScenesAsync(
  request: MapScenesRequest,
  createWorker: () => MapWorkerLike | null = defaultWorker,
): Promise<MapScenes> {
  const onMainThread = (): Promise<MapScenes> =>
    import('./scenes').then(
      ({ mapScenes }) => new Promise((resolve) => setTimeout(() => resolve(mapScenes(request)), 0)),
    );
  return askOnce(createWorker(), request, (reply) => scenesFromWire(reply.scenes), onMainThread);
}
