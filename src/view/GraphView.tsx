// The network view of the main area: the canvas with its legend, or a note when nothing passes the filters.
import { useAtlas } from '../state/store';
import { GraphCanvas } from './GraphCanvas';
import type { GraphSceneData } from './graph-scene';
import { Legend } from './Legend';

export function GraphView({ scene }: { scene: GraphSceneData }) {
  const selected = useAtlas((s) => s.view.selected);
  return (
    <div className="graph-view">
      <div className="graph-stage">
        <GraphCanvas elements={scene.elements} epoch={scene.datasetVersion} selected={selected} />
        {scene.elements.nodes.length === 0 && (
          <p className="empty-note">No actor passes the current filters. Loosen a filter to see the network.</p>
        )}
      </div>
      <Legend encoding={scene.encoding} lineKinds={scene.elements.lineKinds} />
    </div>
  );
}
