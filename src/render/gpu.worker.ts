// The GPU check off the page's thread: a WebGL context on an OffscreenCanvas, whose making costs 35–120 ms on a software GPU.
import { serve } from '../threads/worker-like';
import { detectGpu, type GpuInfo } from './webgl-detect';

/** What the worker answers: the GPU it found, or not ok where a worker has no OffscreenCanvas (the page then checks). */
export type GpuReply = { ok: true; gpu: GpuInfo } | { ok: false };

serve<'check', GpuReply>((_question, post) => {
  if (typeof OffscreenCanvas !== 'function') return post({ ok: false });
  post({ ok: true, gpu: detectGpu(() => new OffscreenCanvas(1, 1)) });
});
