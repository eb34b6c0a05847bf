// Keyboard walking on the canvas: the partner in the arrow's direction, the starting actor, the partner lists.
import { describe, expect, it } from 'vitest';
import { partnerInDirection, partnersOf, startingActor } from '../../../src/view/canvas-keys';
import type { GraphElements } from '../../../src/render/elements';

const node = (id: string, size: number) => ({ data: { id, label: id.toUpperCase(), color: '#888', size } });
const edge = (source: string, target: string) => ({
  data: { id: `${source}|${target}`, source, target, weight: 1, width: 1, lineColor: '#999', lineStyle: 'solid' },
});
const elements = {
  nodes: [node('a', 10), node('b', 30), node('c', 20)],
  edges: [edge('a', 'b'), edge('b', 'c')],
} as unknown as GraphElements;

describe('partnerInDirection', () => {
  const from = { x: 0, y: 0 };
  const partners = [
    { id: 'east', x: 100, y: 10 },
    { id: 'far-east', x: 300, y: 0 },
    { id: 'north', x: 0, y: -50 },
    { id: 'south-west', x: -80, y: 80 },
  ];

  it('picks the nearest partner within 60° of the arrow, preferring the one more nearly in line', () => {
    expect(partnerInDirection(from, partners, 'ArrowRight')).toBe('east');
    expect(partnerInDirection(from, partners, 'ArrowUp')).toBe('north');
    // South-west is 45° off both down and left: it answers either.
    expect(partnerInDirection(from, partners, 'ArrowDown')).toBe('south-west');
    expect(partnerInDirection(from, partners, 'ArrowLeft')).toBe('south-west');
  });

  it('answers null when no partner lies within 60° of the direction', () => {
    expect(partnerInDirection(from, [{ id: 'north', x: 0, y: -50 }], 'ArrowDown')).toBeNull();
    expect(partnerInDirection(from, [], 'ArrowLeft')).toBeNull();
  });
});

describe('startingActor and partnersOf', () => {
  it('starts from the selected actor when drawn, else from the largest drawn one', () => {
    const drawn = new Set(['a', 'b', 'c']);
    expect(startingActor(elements, 'c', drawn)).toBe('c');
    expect(startingActor(elements, null, drawn)).toBe('b');
    expect(startingActor(elements, 'gone', new Set(['a', 'c']))).toBe('c');
    expect(startingActor(elements, null, new Set())).toBeNull();
  });

  it('lists both ends of every tie', () => {
    const partners = partnersOf(elements);
    expect(partners.get('b')?.sort()).toEqual(['a', 'c']);
    expect(partners.get('a')).toEqual(['b']);
  });
});
