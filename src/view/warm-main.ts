// One-off work of the first large picture (the GPU check, Intl's locale data) done at idle moments while the dataset downloads.
import { gpuInfo } from '../render/webgl-detect';
import { whenIdle } from '../threads/idle';

/**
 * Why: both ran inside the task that mounts the canvas for a loaded dataset, the longest of a 5,000-actor load
 * (the GPU check makes a WebGL context, 27–39 ms; the first number formatted loads Intl's locale data,
 * 30–40 ms, in the header's counts). Each is cached after its first run, so doing it early costs nothing later.
 */
export function warmMainThread(): void {
  whenIdle(() => void gpuInfo(), 3000, 300);
  whenIdle(() => void (1234.5).toLocaleString('en'), 3000, 300);
}
