// The map client: the worker's answer (sent as typed arrays) is the main thread's computation, and it falls back to that.
import { describe, expect, it } from 'vitest';
import { mapScenesAsync, type MapWorkerLike } from '../../../src/render/map/map-client';
import type { MapReply } from '../../../src/render/map/map.worker';
import { mapScenes } from '../../../src/render/map/scenes';
import { scenesToWire, type MapScenesRequest } from '../../../src/render/map/scenes-wire';
import { mapLayout } from '../../../src/render/map/map-layout';

const request: MapScenesRequest = {
  actors: [
    { id: 'helsinki', lon: 24.94, lat: 60.17 },
    { id: 'helsinki-2', lon: 24.94, lat: 60.17 },
    { id: 'stockholm', lon: 18.07, lat: 59.33 },
    { id: 'riga', lon: 24.1, lat: 56.95 },
    { id: '__proto__', lon: 12.57, lat: 55.68 },
  ],
};

/** A stand-in worker that answers as map.worker.ts does: the same computation, posted as its wire form. */
function standIn(answer: (request: MapScenesRequest) => MapReply | 'crash'): MapWorkerLike & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null as MapWorkerLike['onmessage'],
    onerror: null as MapWorkerLike['onerror'],
    postMessage(message: MapScenesRequest) {
      // Structured clone, as postMessage does: the client must not rely on shared objects.
      const reply = answer(structuredClone(message));
      setTimeout(() => {
        if (reply === 'crash') worker.onerror?.({ message: 'boom' } as ErrorEvent);
        else worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<MapReply>);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('mapScenesAsync', () => {
  const direct = mapScenes(request);

  it('gives exactly the main thread positions, cores and shapes from the worker, and ends the worker', async () => {
    const worker = standIn((asked) => ({ ok: true, scenes: scenesToWire(mapScenes(asked)) }));
    const scenes = await mapScenesAsync(request, () => worker);
    expect(scenes).toEqual(direct);
    expect(scenes.actors.positions.get('__proto__')).toEqual(direct.actors.positions.get('__proto__'));
    expect(worker.terminated).toBe(true);
  });

  it('computes on the main thread without a worker, or when the worker fails or reports an error', async () => {
    for (const create of [
      () => null,
      () => standIn(() => 'crash'),
      () => standIn(() => ({ ok: false, message: 'x' })),
    ]) {
      expect(await mapScenesAsync(request, create)).toEqual(direct);
    }
  });

  it('places actors as the map layout does, with tinted shapes under them', () => {
    expect(direct.actors.positions).toEqual(mapLayout(request.actors).positions);
    // Helsinki's country is tinted (an actor inside it), the shapes carry names for the e2e checks.
    const finland = direct.shapes.find((shape) => shape.name === 'Finland');
    expect(finland?.fill).toBe('#DCE3D2');
    expect(direct.shapes.some((shape) => shape.fill === '#F2F0EA')).toBe(true);
  });
});
