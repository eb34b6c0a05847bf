// Ties drawn beyond the level of detail (the selection's, a focus's, a path's): on the layer beside the scene's, kept across scenes.
import { describe, expect, it } from 'vitest';
import { createGraphRenderer } from '../../../src/render/adapter';
import { plainElementsOf, smallDataset } from './fixture';

describe('alsoDraw', () => {
  it("draws the given ties on the layer beside the scene's, keeps them for the next scene, and drops them when told", () => {
    const renderer = createGraphRenderer({ edgeLayerFrom: 1 });
    const elements = plainElementsOf(smallDataset(true));
    const [extra, ...rest] = elements.edges;
    const scene = { ...elements, edges: rest };
    renderer.update({ elements: scene, epoch: 1 });
    expect(renderer.edgeLayer.edges).toHaveLength(rest.length);
    renderer.alsoDraw([extra!.data]);
    expect(renderer.edgeLayer.edges).toEqual([...rest.map((edge) => edge.data), extra!.data]);
    expect(renderer.probe.drawnTiesOf(extra!.data.source)).toBe(
      elements.edges.filter(({ data }) => data.source === extra!.data.source || data.target === extra!.data.source)
        .length,
    );
    // A new scene (a filter) keeps them until the caller gives them anew.
    renderer.update({ elements: { ...scene, edges: rest.slice(1) }, epoch: 1 });
    expect(renderer.edgeLayer.edges.at(-1)).toBe(extra!.data);
    renderer.alsoDraw([]);
    expect(renderer.edgeLayer.edges).toHaveLength(rest.length - 1);
    renderer.destroy();
  });

  it('leaves a network whose ties cytoscape draws as it is', () => {
    const renderer = createGraphRenderer();
    const elements = plainElementsOf(smallDataset(true));
    renderer.update({ elements, epoch: 1 });
    renderer.alsoDraw([elements.edges[0]!.data]);
    expect(renderer.edgeLayer.edges).toHaveLength(0);
    expect(renderer.cy.edges()).toHaveLength(elements.edges.length);
    renderer.destroy();
  });
});
