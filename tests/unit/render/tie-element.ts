// A plain tie element for tests of the level of detail and the canvas: solid, bilateral, width 1, of a given weight.
import type { EdgeElement } from '../../../src/render/elements';

export const tieElement = (source: string, target: string, weight: number): EdgeElement => ({
  group: 'edges',
  data: {
    id: `${source}-${target}`,
    source,
    target,
    weight,
    width: 1,
    lineStyle: 'solid',
    lineColor: '#000000',
    lineKind: 'bilateral',
  },
});
