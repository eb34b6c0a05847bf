// A path's or focus's fit frames the kept nodes' circles, whatever labels were placed at the zoom before.
import { describe, expect, it, vi } from 'vitest';
import cytoscape from 'cytoscape';
import { fitHighlight, type Highlight } from '../../../src/render/layouts/highlight';

const path = (ids: string[]): Highlight => ({
  keep: null,
  root: null,
  pathNodes: new Set(ids),
  pathPairs: ids.slice(1).map((id, i) => [ids[i]!, id] as const),
});

/** Two path ends 200 units apart and a bystander far off, on a 320×300 canvas. */
function pathOnSmallCanvas(): cytoscape.Core {
  const cy = cytoscape({
    headless: true,
    layout: { name: 'preset' },
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      { data: { id: 'riga', label: 'Latvian IT Cluster', size: 20 }, position: { x: 0, y: 0 } },
      { data: { id: 'sv', label: 'Nordic Innovation House Silicon Valley', size: 20 }, position: { x: 200, y: 100 } },
      { data: { id: 'far', label: 'Far', size: 20 }, position: { x: 3000, y: 3000 } },
    ],
  });
  vi.spyOn(cy, 'width').mockReturnValue(320);
  vi.spyOn(cy, 'height').mockReturnValue(300);
  return cy;
}

describe('fitHighlight', () => {
  it('gives a path the same camera whether or not its ends carry labels placed at a far smaller zoom', () => {
    const bare = pathOnSmallCanvas();
    fitHighlight(bare, path(['riga', 'sv']));
    const labelled = pathOnSmallCanvas();
    // A headless core measures no text: the labels' boxes are put in as the canvas renderer measures them when the
    // labeller placed them at zoom 0.2 (13 px on screen is 65 model units, "Nordic Innovation House…" ~1,300 wide).
    const collection = Object.getPrototypeOf(labelled.nodes()) as cytoscape.NodeCollection;
    const measure = collection.boundingBox;
    vi.spyOn(collection, 'boundingBox').mockImplementation(function (this: cytoscape.NodeCollection, options) {
      const box = measure.call(this, options);
      if (options?.includeLabels === false) return box;
      const x1 = box.x1 - 600;
      const x2 = box.x2 + 600;
      const y2 = box.y2 + 80;
      return { ...box, x1, x2, y2, w: x2 - x1, h: y2 - box.y1 };
    });
    fitHighlight(labelled, path(['riga', 'sv']));
    expect(labelled.zoom()).toBeCloseTo(bare.zoom(), 6);
    expect(labelled.pan()).toEqual(bare.pan());
    // The two circles (some 220 units across with their sizes, and the fit's 2-unit margin on each side) fill the
    // 200 px the 60 px padding leaves.
    const circles = bare.nodes('#riga, #sv').boundingBox({ includeLabels: false, includeOverlays: false });
    expect(circles.w).toBeGreaterThan(220);
    expect(bare.zoom()).toBeCloseTo(200 / (circles.w + 4), 6);
    vi.restoreAllMocks();
  });
});
