// The compare view's added / ended / kept lines mean one thing: no colour or pattern of a country or agreement kind.
import { describe, expect, it } from 'vitest';
import {
  COMPARE_LINES,
  HUB_COLOR,
  LINE_ENCODINGS,
  LINE_PATTERNS,
  OKABE_ITO,
  OTHER_COLOR,
  patternOf,
  TOL_MUTED,
  WHAT_IF_LINE,
} from '../../../src/render/encoding';

const looks = Object.values(COMPARE_LINES);
const kindLines = Object.values(LINE_ENCODINGS);
/** Every colour that already means something on a network or compare picture: countries, greys, kinds, what-if. */
const taken = [
  ...OKABE_ITO,
  ...TOL_MUTED,
  OTHER_COLOR,
  HUB_COLOR,
  WHAT_IF_LINE.color,
  ...kindLines.map((l) => l.color),
];
/** CIELAB (D65) of a #rrggbb colour, for a perceptual distance (ΔE 1976). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const distance = (a: string, b: string): number => {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

describe('compare lines', () => {
  it('share no colour with the categorical palettes, the greys or the line kinds', () => {
    const upper = new Set(taken.map((c) => c.toUpperCase()));
    for (const line of looks) expect(upper.has(line.color.toUpperCase()), line.label).toBe(false);
  });

  it('keep the added and ended colours far from every taken colour (CIELAB ΔE ≥ 30)', () => {
    for (const line of [COMPARE_LINES.added, COMPARE_LINES.ended])
      for (const colour of taken)
        expect(distance(line.color, colour), `${line.label} vs ${colour}`).toBeGreaterThan(30);
  });

  it('draw ended ties in a dash pattern no agreement kind uses', () => {
    const kindPatterns = new Set(kindLines.map((l) => l.style));
    expect(kindPatterns.has(COMPARE_LINES.ended.style)).toBe(false);
    expect(patternOf(COMPARE_LINES.ended.style)).toBe(LINE_PATTERNS['dash-dot']);
  });

  it('differ from one another in colour and in width or pattern, so not by colour alone', () => {
    expect(new Set(looks.map((l) => l.color)).size).toBe(looks.length);
    expect(new Set(looks.map((l) => `${l.style}/${l.width}`)).size).toBe(looks.length);
  });

  it('falls back to solid for an unknown line style', () => {
    expect(patternOf('wavy')).toBe(LINE_PATTERNS.solid);
    expect(patternOf(undefined)).toBe(LINE_PATTERNS.solid);
  });
});
