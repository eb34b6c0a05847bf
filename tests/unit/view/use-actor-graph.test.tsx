// @vitest-environment jsdom
// useActorGraph: nothing built without a reader that wants it, at once for a small network, in tasks for a large one.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { emptyFilters } from '../../../src/model/types';
import { builtActorGraph } from '../../../src/state/derived';
import { useActorGraph } from '../../../src/view/use-actor-graph';

describe('useActorGraph', () => {
  it('builds nothing while no focus wants the graph, then builds it in tasks at 1,200 actors once one does', async () => {
    const filtered = applyFilters(generateDataset({ actors: 1200, agreements: 5000, seed: 6 }), emptyFilters());
    const { result, rerender } = renderHook(({ wanted }) => useActorGraph(filtered, 'clique', wanted), {
      initialProps: { wanted: false },
    });
    await new Promise((done) => setTimeout(done, 50));
    expect(result.current).toBeNull();
    expect(builtActorGraph(filtered, 'clique')).toBeNull();
    rerender({ wanted: true });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull(), { timeout: 10_000 });
    expect(result.current).toBe(builtActorGraph(filtered, 'clique'));
    expect(result.current!.order).toBe(1200);
  });

  it('gives the graph in the first render for a network under 1,000 actors', () => {
    const filtered = applyFilters(generateDataset({ actors: 80, agreements: 300, seed: 6 }), emptyFilters());
    const { result } = renderHook(() => useActorGraph(filtered, 'clique', true));
    expect(result.current?.order).toBe(80);
  });
});
