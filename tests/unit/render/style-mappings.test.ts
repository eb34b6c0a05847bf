// The stylesheet maps data fields only onto elements that carry them: no cytoscape warning for the grouped layout's boxes.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxElements } from '../../../src/render/layouts/boxes';
import { explorerStyles } from '../../../src/render/layouts/styles';
import { stylesheet } from '../../../src/render/style';

afterEach(() => vi.restoreAllMocks());

describe('the stylesheet’s data mappings', () => {
  it('give a grouped layout’s country boxes no cytoscape warning, and actors their data colour and size', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [...stylesheet, ...explorerStyles] });
    cy.add([
      { group: 'nodes', data: { id: 'a1', label: 'Actor 1', color: '#1b9e77', size: 24 } },
      ...boxElements([{ group: 'FI', x: 0, y: 0, width: 400, height: 300 }], () => 'Finland'),
    ]);
    // Styles are computed when read: read every node's mapped properties.
    const looks = cy.nodes().map((node) => [node.id(), node.style('background-color'), node.numericStyle('width')]);
    expect(warn.mock.calls.filter(([message]) => /mapping/i.test(String(message)))).toEqual([]);
    expect(looks[0]).toEqual(['a1', 'rgb(27,158,119)', 24]);
    expect(looks[1]?.[2]).toBe(400);
    cy.destroy();
  });
});
