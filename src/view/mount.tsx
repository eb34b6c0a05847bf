// Mounts the app's React tree into the page: loaded by main.tsx as a chunk of its own, evaluated after the opening load has begun.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { PresentRoot } from './present/PresentRoot';
import { warmMainThread } from './warm-main';
import { loadRendererModule } from './GraphCanvas';

export function mountApp(root: HTMLElement): void {
  const reactRoot = createRoot(root);
  // A transition, so React renders the first tree in slices that yield to the page (~5 ms each) instead of one task:
  // its first render compiles most of the views' code, 40–280 ms on these machines.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <PresentRoot />
      </StrictMode>,
    ),
  );
  warmMainThread();
  // Every opening draws a network (the sample at least): cytoscape's chunk is fetched from the page's start, beside the
  // dataset, not once a load begins. Over a network the two downloads overlap; from the same machine the sample's first
  // paint did not change (docs/performance.md). A failure is the canvas's to tell: it asks again.
  loadRendererModule().catch(() => undefined);
}
