// A label's width on screen, and long labels the reader asked for broken into lines as cytoscape breaks them (text-wrap: wrap).

/** The label font stack: style.ts draws every node label in it, and the exports their legends. */
export const LABEL_FONT = '"Inter", "Segoe UI", system-ui, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * Text width at 100 px, measured once per label (an estimate where there is no canvas, e.g. in Node); `bold` for the
 * grouped layout's box titles.
 */
export function textWidthAt100(text: string, bold = false): number {
  const key = bold ? `\u0001${text}` : text;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  let width = text.length * (bold ? 66 : 60);
  if (context) {
    context.font = `${bold ? 'bold ' : ''}100px ${LABEL_FONT}`;
    width = context.measureText(text).width;
  }
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
}

/**
 * The lines of `text` when words are added to a line while it stays within `maxWidth` (cytoscape's own greedy wrap at
 * spaces: a word wider than `maxWidth` gets a line of its own, uncut). `measure` gives a string's width. Like
 * cytoscape, a word is tried with the space after it (none after the last word).
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter((w) => w !== '');
  for (const [i, word] of words.entries()) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(i < words.length - 1 ? `${longer} ` : longer) <= maxWidth) line = longer;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A wrapped label: the width it wraps at, its widest line and its number of lines, in screen pixels. */
export interface WrappedLabel {
  wrap: number;
  width: number;
  lines: number;
}

/**
 * How a forced label of this text is wrapped with `free` pixels beside the zoom buttons (wrapWidthFor), or null when
 * it fits on one line; `measure` gives a string's width on screen.
 */
export function wrapForced(text: string, free: number, measure: (text: string) => number): WrappedLabel | null {
  const wrap = wrapWidthFor(measure(text), free);
  if (wrap === null) return null;
  const lines = wrapLines(text, wrap, measure);
  // Cytoscape keeps the space that ended a line, and draws the box around it.
  const widths = lines.map((line, i) => measure(i < lines.length - 1 ? `${line} ` : line));
  return lines.length < 2 ? null : { wrap, width: Math.max(...widths), lines: lines.length };
}

/**
 * The width at which a forced label (the selected actor's, say) is wrapped, in screen pixels, or null when it fits
 * on one line: a label wider than the room beside the zoom buttons (`free`) was drawn under them, or past the canvas
 * into the details sheet beside it (a 480×320 story step: "VINNOVA (Sweden's innovation agency)" in 265 px). Half
 * the text and a word's slack makes two balanced lines; a label more than twice the room gets the room, never under
 * WRAP_MIN_PX.
 */
export function wrapWidthFor(textWidth: number, free: number): number | null {
  return textWidth <= free ? null : Math.max(WRAP_MIN_PX, Math.min(free, textWidth / 2 + WRAP_SLACK_PX));
}

/** What a line may run past half the text, for the word that ends it (about two short words at 13 px). */
const WRAP_SLACK_PX = 24;

/** The narrowest a wrapped label gets: about a dozen characters at 13 px. */
export const WRAP_MIN_PX = 110;
