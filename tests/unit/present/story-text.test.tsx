// @vitest-environment jsdom
// A story step's text in jsdom: the More button only when the clamp cut something, and it toggles the whole text.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryText } from '../../../src/view/present/StoryText';

const TEXT = 'Cluster organisations only: which pairs of countries have health clusters but no tie between them yet?';

/** jsdom lays nothing out: the paragraph's scroll and client heights say what the CSS clamp would have done. */
function layOut(scrollHeight: number, clientHeight: number): () => void {
  const proto = HTMLElement.prototype;
  const scroll = Object.getOwnPropertyDescriptor(proto, 'scrollHeight');
  const client = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  Object.defineProperty(proto, 'scrollHeight', { configurable: true, get: () => scrollHeight });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => clientHeight });
  return () => {
    if (scroll) Object.defineProperty(proto, 'scrollHeight', scroll);
    if (client) Object.defineProperty(proto, 'clientHeight', client);
  };
}

let restore: (() => void) | undefined;
afterEach(() => {
  cleanup();
  restore?.();
  restore = undefined;
});

describe('StoryText', () => {
  it('shows no button when the whole text fits (a wide frame, or a short caption)', () => {
    restore = layOut(57, 57);
    render(<StoryText text={TEXT} />);
    expect(screen.getByText(TEXT).className).toBe('story-text');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers More when the clamp cut the text, and More/Less toggle the expanded text with aria-expanded', () => {
    restore = layOut(151, 57);
    render(<StoryText text={TEXT} />);
    const more = screen.getByRole('button', { name: 'More' });
    const paragraph = screen.getByText(TEXT);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(paragraph.id);
    fireEvent.click(more);
    const less = screen.getByRole('button', { name: 'Less' });
    expect(less.getAttribute('aria-expanded')).toBe('true');
    expect(paragraph.className).toBe('story-text expanded');
    fireEvent.click(less);
    expect(screen.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('false');
    expect(paragraph.className).toBe('story-text');
  });
});
