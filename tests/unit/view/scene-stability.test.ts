// The graph scene keeps its elements when the analysis arrives and changes nothing drawn, and makes new ones when it does.
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/model/generate';
import { sameEncoding, type Encoding } from '../../../src/render/encoding';
import { setColor, setSize } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { sceneOf } from '../../../src/view/graph-scene';
import { loadIntoStore, storeAnalysis } from '../rankings/fixture';

const dataset = generateDataset({ actors: 60, agreements: 150, seed: 4 });

beforeEach(() => {
  resetAtlas();
  loadIntoStore(dataset, false);
});

describe('the scene when the analysis arrives', () => {
  it('keeps the same elements object when sizes (partners) and colours (country) come out as drawn before', () => {
    setSize('degree');
    setColor('country');
    const before = sceneOf(useAtlas.getState())!;
    storeAnalysis();
    const after = sceneOf(useAtlas.getState())!;
    expect(useAtlas.getState().metrics).not.toBeNull();
    expect(after.encoding).toBe(before.encoding);
    expect(after.elements).toBe(before.elements);
  });

  it('builds new elements when the analysis changes what is drawn (sizes by betweenness)', () => {
    setSize('betweenness');
    const before = sceneOf(useAtlas.getState())!;
    storeAnalysis();
    const after = sceneOf(useAtlas.getState())!;
    expect(after.elements).not.toBe(before.elements);
    expect(sameEncoding(after.encoding, before.encoding)).toBe(false);
  });
});

describe('sameEncoding', () => {
  const encoding = (size: number, color = '#000'): Encoding => ({
    color: new Map([['a', color]]),
    size: new Map([['a', size]]),
    colorLegend: { type: 'category', title: 'Country', entries: [{ value: 'FI', label: 'Finland', color, count: 1 }] },
    sizeLegend: { title: 'Partners', min: 1, max: 1, minSize: size, maxSize: size },
  });

  it('is true for equal content in new objects and false for any changed size, colour or legend', () => {
    expect(sameEncoding(encoding(10), encoding(10))).toBe(true);
    expect(sameEncoding(encoding(10), encoding(11))).toBe(false);
    expect(sameEncoding(encoding(10), encoding(10, '#fff'))).toBe(false);
    const renamed = encoding(10);
    renamed.sizeLegend = { ...renamed.sizeLegend, title: 'Strength' };
    expect(sameEncoding(encoding(10), renamed)).toBe(false);
  });
});
