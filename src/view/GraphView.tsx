// The network view of the main area: the canvas, or a note when nothing passes the filters (its legend is in the side panel).
import { ExplorerGraph } from './explorer/ExplorerGraph';
import type { GraphSceneData } from './graph-scene';

export function GraphView({ scene }: { scene: GraphSceneData }) {
  return (
    <div className="graph-view">
      <div className="graph-stage">
        <ExplorerGraph scene={scene} />
        {scene.elements.nodes.length === 0 && (
          <p className="empty-note">No actor passes the current filters. Loosen a filter to see the network.</p>
        )}
      </div>
    </div>
  );
}
