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
