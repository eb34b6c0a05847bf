// The GPU check off the page: a worker's answer is kept for gpuInfo(), and without one the page still checks when asked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GpuWorkerLike } from '../../../src/render/gpu-probe';
import type { GpuReply } from '../../../src/render/gpu.worker';
import type { GpuInfo } from '../../../src/render/webgl-detect';

const HARDWARE: GpuInfo = { webgl: true, renderer: 'Apple M1', software: false };

/** A stand-in worker that answers 'check' with `reply` (or fails to load), as gpu.worker.ts would. */
function standIn(reply: GpuReply | 'crash'): GpuWorkerLike & { asked: unknown[]; terminated: boolean } {
  const worker = {
    asked: [] as unknown[],
    terminated: false,
    onmessage: null as GpuWorkerLike['onmessage'],
    onerror: null as GpuWorkerLike['onerror'],
    postMessage(message: 'check') {
      worker.asked.push(message);
      setTimeout(() => {
        if (reply === 'crash') worker.onerror?.({ message: 'no script' } as ErrorEvent);
        else worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<GpuReply>);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

// Each test gets fresh modules: gpuInfo() keeps its answer for the page's life.
beforeEach(() => vi.resetModules());
const load = async () => ({
  probe: await import('../../../src/render/gpu-probe'),
  detect: await import('../../../src/render/webgl-detect'),
});

describe('probeGpu', () => {
  it("keeps the worker's answer, so gpuInfo() returns it without making a WebGL context on the page", async () => {
    const { probe, detect } = await load();
    const worker = standIn({ ok: true, gpu: HARDWARE });
    await expect(probe.probeGpu(() => worker)).resolves.toEqual(HARDWARE);
    expect(worker.asked).toEqual(['check']);
    expect(worker.terminated).toBe(true);
    // In Node there is no document: a check on the page would find no WebGL at all.
    expect(detect.gpuInfo()).toEqual(HARDWARE);
    expect(detect.shouldUseWebgl(detect.gpuInfo, detect.WEBGL_MIN_EDGES)).toBe(true);
  });

  it('answers null and leaves the check to the page when the worker has no OffscreenCanvas, fails, or cannot start', async () => {
    for (const worker of [standIn({ ok: false }), standIn('crash'), null]) {
      vi.resetModules();
      const { probe, detect } = await load();
      await expect(probe.probeGpu(() => worker)).resolves.toBeNull();
      if (worker) expect(worker.terminated).toBe(true);
      expect(detect.gpuInfo()).toEqual({ webgl: false, renderer: '', software: true });
    }
  });
});

describe('shouldUseWebgl with a lazy GPU check', () => {
  it('does not ask for the GPU below the edge threshold, and asks once above it', async () => {
    const { detect } = await load();
    const ask = vi.fn(() => HARDWARE);
    expect(detect.shouldUseWebgl(ask, detect.WEBGL_MIN_EDGES - 1)).toBe(false);
    expect(ask).not.toHaveBeenCalled();
    expect(detect.shouldUseWebgl(ask, detect.WEBGL_MIN_EDGES)).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
