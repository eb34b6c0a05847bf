// The GPU check of a large network's first picture, made in a worker at an idle moment while the dataset downloads.
import { probeGpu } from '../render/gpu-probe';
import { whenIdle } from '../threads/idle';

/**
 * Why: the check makes a WebGL context (35–120 ms of the page's thread on this machine's software GPU) and ran in
 * the task that mounts the canvas, the longest of a 5,000-actor load. A worker makes it on an OffscreenCanvas and
 * the page keeps only the answer (render/gpu-probe.ts). Intl's number data, once warmed here too, is no longer
 * needed by the load: the counts and legends it shows are written by model/number-text.ts.
 */
export function warmMainThread(): void {
  whenIdle(() => void probeGpu(), 3000, 300);
}
