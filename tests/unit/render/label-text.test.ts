// How a forced label too wide for a small canvas is broken into lines, as cytoscape's text-wrap breaks it.
import { describe, expect, it } from 'vitest';
import { WRAP_MIN_PX, wrapForced, wrapLines, wrapWidthFor } from '../../../src/render/label-text';

/** 10 px a character, spaces included. */
const tenEach = (text: string): number => text.length * 10;

describe('wrapLines', () => {
  it('adds words to a line while the line and the space after it fit, as cytoscape does', () => {
    // "VINNOVA (Sweden's " is 180 px with its space: it fits 180, not 179.
    const text = "VINNOVA (Sweden's innovation agency)";
    expect(wrapLines(text, 180, tenEach)).toEqual(["VINNOVA (Sweden's", 'innovation agency)']);
    expect(wrapLines(text, 179, tenEach)).toEqual(['VINNOVA', "(Sweden's", 'innovation', 'agency)']);
  });

  it('gives a word wider than the width a line of its own, uncut', () => {
    expect(wrapLines('a verylongword b', 50, tenEach)).toEqual(['a', 'verylongword', 'b']);
  });
});

describe('wrapWidthFor', () => {
  it('leaves a label that fits beside the zoom buttons on one line', () => {
    expect(wrapWidthFor(200, 201)).toBeNull();
  });

  it('wraps a label a little wider than the room at half its width and a word, for two balanced lines', () => {
    expect(wrapWidthFor(260, 201)).toBe(154);
  });

  it('wraps a label more than twice the room at the room, and never narrower than WRAP_MIN_PX', () => {
    expect(wrapWidthFor(600, 201)).toBe(201);
    expect(wrapWidthFor(150, 60)).toBe(WRAP_MIN_PX);
  });
});

describe('wrapForced', () => {
  it("measures the wrapped label's widest line with the space that ends it, and counts its lines", () => {
    expect(wrapForced("VINNOVA (Sweden's innovation agency)", 400, tenEach)).toBeNull();
    // 360 px of text in 200 px of room: wrapped at the room, "VINNOVA (Sweden's " (180 px) and "innovation agency)".
    expect(wrapForced("VINNOVA (Sweden's innovation agency)", 200, tenEach)).toEqual({
      wrap: 200,
      width: 180,
      lines: 2,
    });
  });
});
