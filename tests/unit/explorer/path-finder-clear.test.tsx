// @vitest-environment jsdom
// The path finder after "Clear paths": its boxes keep the last path's ends, so "Show shortest paths" brings it back.
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, showPath } from '../../../src/state/actions';
import { filteredOf } from '../../../src/state/derived';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { ExplorerControls } from '../../../src/view/explorer/ExplorerPanels';

const sample = readFileSync('data/bsr-stars.json', 'utf8');

beforeEach(() => {
  resetAtlas();
  expect(loadDatasetFromText(sample, 'bsr-stars.json').ok).toBe(true);
});
afterEach(cleanup);

/** The controls as the explorer draws them for the store's state now. */
function Controls() {
  const dataset = useAtlas((s) => s.dataset)!;
  const filters = useAtlas((s) => s.view.filters);
  return <ExplorerControls dataset={dataset} filtered={filteredOf(dataset, filters)} />;
}

describe('Clear paths', () => {
  it('keeps the two ends in the boxes, and Show shortest paths shows the same path again', () => {
    const { actors } = useAtlas.getState().dataset!;
    const ends: [string, string] = [actors[0]!.id, actors[5]!.id];
    act(() => showPath(ends));
    render(<Controls />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear paths' }));
    expect(useAtlas.getState().view.path).toBeNull();
    expect((screen.getByLabelText('From actor') as HTMLInputElement).value).toBe(actors[0]!.label);
    expect((screen.getByLabelText('To actor') as HTMLInputElement).value).toBe(actors[5]!.label);
    const show = screen.getByRole('button', { name: 'Show shortest paths' }) as HTMLButtonElement;
    expect(show.disabled).toBe(false);
    fireEvent.click(show);
    expect(useAtlas.getState().view.path).toEqual(ends);
  });
});
