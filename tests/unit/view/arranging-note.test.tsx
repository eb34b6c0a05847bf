// @vitest-environment jsdom
// The note over the canvas while a layout is computed: its wording, shown only after a short wait, gone once the layout is drawn.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARRANGING_NOTE_AFTER_MS, ArrangingNote, arrangingText } from '../../../src/view/explorer/ArrangingNote';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const note = (container: HTMLElement): HTMLElement => container.querySelector('[role=status].arranging-note')!;

describe('arrangingText', () => {
  it('names the map wait with the actors counted, the force wait plainly, and nothing when the layout is drawn', () => {
    expect(arrangingText({ map: true, force: true, actors: 5000 })).toBe('Placing 5,000 actors on the map…');
    expect(arrangingText({ map: true, force: false, actors: 1 })).toBe('Placing 1 actor on the map…');
    expect(arrangingText({ map: false, force: true, actors: 1200 })).toBe('Arranging the network…');
    expect(arrangingText({ map: false, force: false, actors: 5000 })).toBeNull();
  });
});

describe('ArrangingNote', () => {
  it('keeps an empty live region until the wait has lasted ARRANGING_NOTE_AFTER_MS, then says it, and empties when the wait ends', () => {
    const { container, rerender } = render(<ArrangingNote text={null} />);
    expect(note(container).textContent).toBe('');
    rerender(<ArrangingNote text="Placing 5,000 actors on the map…" />);
    act(() => vi.advanceTimersByTime(ARRANGING_NOTE_AFTER_MS - 1));
    expect(note(container).textContent).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(note(container).textContent).toBe('Placing 5,000 actors on the map…');
    rerender(<ArrangingNote text={null} />);
    expect(note(container).textContent).toBe('');
  });

  it('never shows a wait that ends sooner than ARRANGING_NOTE_AFTER_MS', () => {
    const { container, rerender } = render(<ArrangingNote text="Arranging the network…" />);
    act(() => vi.advanceTimersByTime(ARRANGING_NOTE_AFTER_MS / 2));
    rerender(<ArrangingNote text={null} />);
    act(() => vi.advanceTimersByTime(ARRANGING_NOTE_AFTER_MS * 2));
    expect(note(container).textContent).toBe('');
  });
});
