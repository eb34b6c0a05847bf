// @vitest-environment jsdom
// The canvas's selection and the ties it draws beyond the level of detail: a new focus or path draws its ties without selecting again.
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphElements, NodeElement } from '../../../src/render/elements';
import { GraphCanvas } from '../../../src/view/GraphCanvas';
import { tieElement } from '../render/tie-element';

const renderer = {
  preview: vi.fn(() => false),
  update: vi.fn(),
  build: vi.fn(),
  select: vi.fn(),
  alsoDraw: vi.fn(),
  destroy: vi.fn(),
};
vi.mock('../../../src/render/adapter', () => ({ createGraphRenderer: () => renderer }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const node = (id: string): NodeElement => ({
  group: 'nodes',
  data: { id, label: id, type: 'actor', color: '#000000', size: 10 },
  position: { x: 0, y: 0 },
});

/** Over the 10,000-tie budget: a heavy ring draws every node, and the hub's light spokes are left out. */
function elements(): GraphElements {
  const count = 10_050;
  const nodes = [node('hub'), ...Array.from({ length: count }, (_, i) => node(`n${i}`))];
  const ring = Array.from({ length: count }, (_, i) => tieElement(`n${i}`, `n${(i + 1) % count}`, 5));
  const spokes = Array.from({ length: 20 }, (_, i) => tieElement('hub', `n${i}`, 1));
  return { nodes, edges: [...ring, ...spokes], lineKinds: ['bilateral'] };
}

describe('GraphCanvas and the ties it draws beyond the level of detail', () => {
  it("draws a focus's left-out ties after a paint without selecting the selected actor again", async () => {
    const shown = elements();
    const focus = (actor: string) => ({ actors: new Set([actor]), pairs: [] });
    const { rerender } = render(<GraphCanvas elements={shown} epoch={1} selected="n5" alwaysDrawn={focus('n7')} />);
    await waitFor(() => expect(renderer.select).toHaveBeenCalledWith('n5'));
    const selections = renderer.select.mock.calls.length;
    rerender(<GraphCanvas elements={shown} epoch={1} selected="n5" alwaysDrawn={focus('hub')} />);
    // The hub's spokes, all lighter than the ring's ties, come up once the focus moves to it.
    await waitFor(() =>
      expect(renderer.alsoDraw.mock.lastCall?.[0].map((tie: { source: string }) => tie.source)).toEqual(
        Array.from({ length: 20 }, () => 'hub'),
      ),
    );
    expect(renderer.select.mock.calls.length).toBe(selections);
  });
});
