// The graph renderers on screen, so presenting code (camera, exports, embed guard) can reach the canvas it shows.
import { useSyncExternalStore } from 'react';
import type { GraphRenderer } from '../../render/adapter';

let live: readonly GraphRenderer[] = [];
const listeners = new Set<() => void>();

const notify = (): void => listeners.forEach((listener) => listener());

/** Called by the canvas host when it creates a renderer; the returned function withdraws it again. */
export function publishRenderer(renderer: GraphRenderer): () => void {
  live = [...live, renderer];
  notify();
  return () => {
    live = live.filter((candidate) => candidate !== renderer);
    notify();
  };
}

/** Every renderer on screen, oldest first (the compare view shows two). */
export const liveRenderers = (): readonly GraphRenderer[] => live;

/** The renderer of the main canvas: the one created first, or null when no graph is drawn. */
export const mainRenderer = (): GraphRenderer | null => live[0] ?? null;

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export const useLiveRenderers = (): readonly GraphRenderer[] => useSyncExternalStore(subscribe, liveRenderers);
