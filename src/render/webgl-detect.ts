// Decides whether Cytoscape's WebGL mode is worth turning on: only on a real GPU, never on a software rasteriser.

/**
 * Renderer names of software WebGL implementations. On them cytoscape's WebGL mode measured far
 * slower than its canvas mode (5,000/50,000: 38 s to first paint against 10–16 s; docs/performance.md).
 */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render|mesa offscreen|lavapipe/i;

/** Graphs below this many edges draw fast enough on canvas: WebGL's texture set-up would only add time. */
export const WEBGL_MIN_EDGES = 5_000;

export interface GpuInfo {
  /** Whether a WebGL context could be made at all. */
  webgl: boolean;
  /** The unmasked renderer string (WEBGL_debug_renderer_info), or the masked one, or '' when unknown. */
  renderer: string;
  /** True when the renderer is a software rasteriser, or cannot be named (unknown counts as software). */
  software: boolean;
}

/** True when a renderer string names a software rasteriser, or names nothing. */
export function isSoftwareRenderer(renderer: string): boolean {
  return renderer.trim() === '' || SOFTWARE_RENDERERS.test(renderer);
}

/** The minimal part of a canvas this module needs, so tests can pass a stand-in. */
export interface CanvasLike {
  getContext(kind: 'webgl2' | 'webgl'): unknown;
}

interface GlLike {
  RENDERER: number;
  getParameter(name: number): unknown;
  getExtension(name: string): unknown;
}

const isGl = (value: unknown): value is GlLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as GlLike).getParameter === 'function' &&
  typeof (value as GlLike).getExtension === 'function';

/** Reads the GPU's name from a throwaway WebGL context. Never throws: no WebGL means software. */
export function detectGpu(makeCanvas: () => CanvasLike | null = defaultCanvas): GpuInfo {
  try {
    const canvas = makeCanvas();
    const gl: unknown = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    if (!isGl(gl)) return { webgl: false, renderer: '', software: true };
    const debug = gl.getExtension('WEBGL_debug_renderer_info') as { UNMASKED_RENDERER_WEBGL: number } | null;
    const raw = gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    const renderer = typeof raw === 'string' ? raw : '';
    (gl.getExtension('WEBGL_lose_context') as { loseContext(): void } | null)?.loseContext();
    // A masked name ("WebKit WebGL") says nothing about the hardware: keep canvas, the safe choice.
    return { webgl: true, renderer, software: debug === null || isSoftwareRenderer(renderer) };
  } catch {
    return { webgl: false, renderer: '', software: true };
  }
}

function defaultCanvas(): CanvasLike | null {
  return typeof document === 'undefined' ? null : document.createElement('canvas');
}

/**
 * Whether to draw this many edges with WebGL: a graph big enough to gain from it and a hardware GPU. `gpu` is
 * asked only for a big graph, so a small one never pays for the check's WebGL context (35–120 ms here).
 */
export function shouldUseWebgl(gpu: GpuInfo | (() => GpuInfo), edgeCount: number): boolean {
  if (edgeCount < WEBGL_MIN_EDGES) return false;
  const info = typeof gpu === 'function' ? gpu() : gpu;
  return info.webgl && !info.software;
}

let cached: GpuInfo | null = null;
/** detectGpu once per page (a WebGL context is not free), unless the off-page check (gpu-probe.ts) told it first. */
export function gpuInfo(): GpuInfo {
  cached ??= detectGpu();
  return cached;
}

/** Keeps what the check in a worker found (gpu-probe.ts), so gpuInfo() makes no WebGL context on the page. */
export function rememberGpuInfo(info: GpuInfo): void {
  cached ??= info;
}
