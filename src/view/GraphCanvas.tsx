// Hosts the cytoscape canvas: creates the renderer once, feeds it elements and the selection, exposes a test hook.
import { useEffect, useRef } from 'react';
import { createGraphRenderer, type GraphRenderer } from '../render/adapter';
import type { GraphElements } from '../render/elements';
import { selectActor } from '../state/actions';
import { installTestHook } from './test-hook';

interface Props {
  elements: GraphElements;
  /** The loaded dataset's version: a new one resets positions and runs the layout afresh. */
  epoch: number;
  selected: string | null;
  /** Receives the renderer once it exists, so other views (explorer layouts) can drive the same instance. */
  onRenderer?: (renderer: GraphRenderer | null) => void;
}

export function GraphCanvas({ elements, epoch, selected, onRenderer }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);

  useEffect(() => {
    if (host.current === null) return;
    let placed = 0;
    const created = createGraphRenderer({
      container: host.current,
      onSelect: selectActor,
      onPlaced: () => {
        placed++;
      },
    });
    renderer.current = created;
    onRenderer?.(created);
    const removeHook = installTestHook(() => ({ renderer: created, container: host.current, placed }));
    return () => {
      removeHook();
      onRenderer?.(null);
      renderer.current = null;
      created.destroy();
    };
  }, [onRenderer]);

  useEffect(() => {
    renderer.current?.update({ elements, epoch });
  }, [elements, epoch]);

  useEffect(() => {
    renderer.current?.select(selected);
  }, [selected, elements]);

  return (
    <div
      ref={host}
      className="graph-canvas"
      role="img"
      aria-label={`Network of ${elements.nodes.length} actors and ${elements.edges.length} ties. Click an actor for its details.`}
    />
  );
}
