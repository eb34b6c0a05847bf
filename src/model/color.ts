// The one colour check for data colours (a sector's `color`) before they reach CSS, a canvas, SVG or GEXF.

/** What an unusable colour becomes where a colour must be drawn: a neutral grey. */
export const FALLBACK_COLOR = '#888888';

/**
 * True for a colour that is safe to put in CSS, a canvas or a file: a hex colour, rgb()/rgba()/hsl()/hsla() with
 * plain numbers, or a named colour. Anything else (a `url(…)`, `var(…)`, an expression, several values) is refused:
 * in a style a `url(http://…)` makes the browser fetch it, even from the offline file.
 */
export function isSafeColor(color: unknown): color is string {
  if (typeof color !== 'string') return false;
  const text = color.trim();
  if (/^#[0-9a-f]{3,8}$/i.test(text)) return true;
  if (/^(rgb|rgba|hsl|hsla)\(\s*[-\d.%\s,/deg]+\)$/i.test(text)) return true;
  return /^[a-z]{3,20}$/i.test(text);
}

/** The colour itself (trimmed) when it is safe, else `fallback` (grey unless given). */
export function safeColor(color: unknown, fallback: string = FALLBACK_COLOR): string {
  return isSafeColor(color) ? color.trim() : fallback;
}

/** A colour as 0–255 channels and an alpha from 0 to 1, as GEXF's `viz:color` wants it. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const channel = (text: string): number => {
  const value = text.endsWith('%') ? (parseFloat(text) / 100) * 255 : parseFloat(text);
  return Math.round(Math.min(255, Math.max(0, value)));
};
const alpha = (text: string | undefined): number => {
  if (text === undefined) return 1;
  const value = text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text);
  return Math.min(1, Math.max(0, value));
};

/**
 * The channels of a safe hex or rgb()/rgba() colour (the palettes and ramps are hex), else null: a colour
 * name or hsl() is left to the reader's default rather than guessed.
 */
export function colorRgba(color: string): Rgba | null {
  if (!isSafeColor(color)) return null;
  const text = color.trim();
  const hex = /^#([0-9a-f]{3,8})$/i.exec(text)?.[1];
  if (hex !== undefined) {
    if (hex.length === 5 || hex.length === 7) return null;
    const long = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const byte = (i: number): number => parseInt(long.slice(2 * i, 2 * i + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: long.length === 8 ? Math.round((byte(3) / 255) * 1000) / 1000 : 1 };
  }
  const rgb = /^rgba?\(([^)]*)\)$/i.exec(text)?.[1];
  if (rgb === undefined) return null;
  const parts = rgb.split(/[\s,/]+/).filter((part) => part !== '');
  if (parts.length < 3 || parts.length > 4 || parts.some((part) => !/^-?[\d.]+%?$/.test(part))) return null;
  return { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!), a: alpha(parts[3]) };
}
