// WebGL mode is chosen only for a hardware GPU: software rasterisers (SwiftShader, llvmpipe) and unknown ones keep canvas.
import { describe, expect, it } from 'vitest';
import {
  detectGpu,
  isSoftwareRenderer,
  shouldUseWebgl,
  WEBGL_MIN_EDGES,
  type CanvasLike,
} from '../../../src/render/webgl-detect';

const UNMASKED = 0x9246;
const RENDERER = 0x1f01;

/** A canvas whose WebGL context reports `renderer` (through the debug extension when `debugInfo`). */
function canvasWith(renderer: string | null, debugInfo = true): CanvasLike & { lost: boolean } {
  const canvas = {
    lost: false,
    getContext(kind: 'webgl2' | 'webgl') {
      if (renderer === null || kind !== 'webgl2') return null;
      return {
        RENDERER,
        getParameter: (name: number) => (name === UNMASKED ? renderer : name === RENDERER ? 'WebKit WebGL' : null),
        getExtension: (name: string) =>
          name === 'WEBGL_debug_renderer_info' && debugInfo
            ? { UNMASKED_RENDERER_WEBGL: UNMASKED }
            : name === 'WEBGL_lose_context'
              ? { loseContext: () => void (canvas.lost = true) }
              : null,
      };
    },
  };
  return canvas;
}

describe('isSoftwareRenderer', () => {
  it('names the software rasterisers Chromium and Mesa use, and treats an empty name as software', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa OffScreen',
      'Microsoft Basic Render Driver',
      '',
    ]) {
      expect(isSoftwareRenderer(name)).toBe(true);
    }
  });
  it('accepts hardware GPUs', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M1',
      'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
      'AMD Radeon Pro 5500M OpenGL Engine',
    ]) {
      expect(isSoftwareRenderer(name)).toBe(false);
    }
  });
});

describe('detectGpu and shouldUseWebgl', () => {
  it('reads the unmasked renderer, releases the context, and picks WebGL only for a big graph on a GPU', () => {
    const canvas = canvasWith('Apple M1');
    const gpu = detectGpu(() => canvas);
    expect(gpu).toEqual({ webgl: true, renderer: 'Apple M1', software: false });
    expect(canvas.lost).toBe(true);
    expect(shouldUseWebgl(gpu, WEBGL_MIN_EDGES)).toBe(true);
    expect(shouldUseWebgl(gpu, WEBGL_MIN_EDGES - 1)).toBe(false);
  });
  it('keeps canvas on SwiftShader, without WebGL, and when the name is masked', () => {
    const swiftshader = detectGpu(() => canvasWith('Google SwiftShader'));
    expect(swiftshader.software).toBe(true);
    expect(shouldUseWebgl(swiftshader, 50_000)).toBe(false);
    const none = detectGpu(() => canvasWith(null));
    expect(none).toEqual({ webgl: false, renderer: '', software: true });
    expect(shouldUseWebgl(none, 50_000)).toBe(false);
    // Without the debug extension only the generic "WebKit WebGL" is known: no proof of a GPU, so canvas.
    const masked = detectGpu(() => canvasWith('Apple M1', false));
    expect(masked).toEqual({ webgl: true, renderer: 'WebKit WebGL', software: true });
  });
  it('never throws, even when the canvas does', () => {
    const gpu = detectGpu(() => {
      throw new Error('no canvas here');
    });
    expect(gpu.software).toBe(true);
    expect(detectGpu(() => null).webgl).toBe(false);
  });
});
