// Cytoscape's moved picture of the nodes: on from MOTION_TEXTURE_FROM nodes, and nothing for a headless instance.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { MOTION_TEXTURE_FROM, motionTexture } from '../../../src/render/motion-texture';

/** A core whose renderer has the canvas renderer's flag, recording the stylesheet calls. */
function fakeCore() {
  const renderer = { textureOnViewport: false };
  const styled: Array<[string, string, number]> = [];
  let selector = '';
  const sheet = {
    selector(s: string) {
      selector = s;
      return sheet;
    },
    style(key: string, value: number) {
      styled.push([selector, key, value]);
      return sheet;
    },
    update: () => undefined,
  };
  const cy = { renderer: () => renderer, style: () => sheet } as unknown as cytoscape.Core;
  return { cy, renderer, styled };
}

describe('motionTexture', () => {
  it('turns the moved picture on from MOTION_TEXTURE_FROM nodes and off below', () => {
    const { cy, renderer } = fakeCore();
    const set = motionTexture(cy);
    set(MOTION_TEXTURE_FROM);
    expect(renderer.textureOnViewport).toBe(true);
    set(MOTION_TEXTURE_FROM - 1);
    expect(renderer.textureOnViewport).toBe(false);
  });

  it('does nothing for a headless cytoscape, whose renderer draws nothing', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    expect(() => motionTexture(cy)(10_000)).not.toThrow();
    cy.destroy();
  });
});
