// Label collision: the most important label wins a spot; overlapping ones hide, separate ones all show.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { explorerStyles } from '../../../src/render/layouts/index';
import { collideLabels, LABEL_HIDDEN, pickLabels, type LabelBox } from '../../../src/render/layouts/labels';

const box = (id: string, x: number, y: number, width = 100, height = 20): LabelBox => ({ id, x, y, width, height });

describe('pickLabels', () => {
  it('keeps a box only when it overlaps none kept before it, in the given order', () => {
    const shown = pickLabels([box('a', 0, 0), box('b', 50, 10), box('c', 100, 0), box('d', 0, 20), box('e', 60, 15)]);
    // b overlaps a; c touches a's right edge only; d sits right under a; e overlaps c and d.
    expect([...shown].sort()).toEqual(['a', 'c', 'd']);
  });

  it('always keeps the forced boxes, even on top of each other, and places the rest around them', () => {
    const shown = pickLabels([box('sel', 0, 0), box('focus', 10, 5), box('big', 20, 10), box('far', 500, 500)], 2);
    expect([...shown].sort()).toEqual(['far', 'focus', 'sel']);
  });

  it('finds overlaps across grid cells (boxes much larger than a cell)', () => {
    const shown = pickLabels([box('wide', 0, 0, 1000, 20), box('inside', 900, 5, 10, 10)]);
    expect([...shown]).toEqual(['wide']);
  });
});

describe('collideLabels', () => {
  function graph(gap: number) {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: explorerStyles });
    cy.add(
      ['small', 'large', 'alone'].map((id, i) => ({
        group: 'nodes' as const,
        data: { id, label: 'A fairly long actor name', size: [10, 30, 10][i] },
        position: { x: id === 'alone' ? 2000 : i * gap, y: 0 },
        classes: 'labelled',
      })),
    );
    cy.zoom(2);
    return cy;
  }

  it('hides the smaller of two overlapping labels and keeps the isolated one', () => {
    const cy = graph(20);
    collideLabels(cy);
    expect(cy.nodes(`.${LABEL_HIDDEN}`).map((n) => n.id())).toEqual(['small']);
  });

  it('a selected node keeps its label over a larger one', () => {
    const cy = graph(20);
    cy.getElementById('small').addClass('selected');
    collideLabels(cy);
    expect(cy.nodes(`.${LABEL_HIDDEN}`).map((n) => n.id())).toEqual(['large']);
  });

  it('shows every label once they are far apart, and the hidden class stops hiding the label', () => {
    const cy = graph(20);
    collideLabels(cy);
    expect(cy.getElementById('small').style('label')).toBe('');
    cy.nodes().forEach((n) => {
      n.position({ x: n.position('x') * 50, y: 0 });
    });
    collideLabels(cy);
    expect(cy.nodes(`.${LABEL_HIDDEN}`)).toHaveLength(0);
    expect(cy.getElementById('small').style('label')).toBe('A fairly long actor name');
  });
});
