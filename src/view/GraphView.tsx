// The network view of the main area: the canvas with its legend, or a note when nothing passes the filters.
import { useAtlas } from '../state/store';
import { ExplorerGraph } from './explorer/ExplorerGraph';
import type { GraphSceneData } from './graph-scene';
import { CountryLegend, Legend } from './Legend';

export function GraphView({ scene }: { scene: GraphSceneData }) {
  const countryMode = useAtlas((s) => s.view.view === 'country');
  return (
    <div className="graph-view">
      <div className="graph-stage">
        <ExplorerGraph scene={scene} />
        {scene.elements.nodes.length === 0 && (
          <p className="empty-note">No actor passes the current filters. Loosen a filter to see the network.</p>
        )}
      </div>
      {countryMode ? <CountryLegend /> : <Legend encoding={scene.encoding} lineKinds={scene.elements.lineKinds} />}
    </div>
  );
}
