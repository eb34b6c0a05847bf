// Sequential colour for the heatmap and matrix cells: d3 Blues (colour-blind safe), with readable text on top.
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';

export interface Heat {
  background: string;
  color: string;
}

// Pure black: in the middle of the ramp #1a1a1a reaches only 4.4:1, black 5.4:1 where white gives 3.9:1.
const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

/** WCAG relative luminance of an `rgb(r, g, b)` or `#rrggbb` colour. */
export function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  const channels = hex
    ? hex.slice(1).map((part) => parseInt(part, 16))
    : rgb
      ? rgb.slice(1).map(Number)
      : [255, 255, 255];
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A cell colour for values 0..max (0 stays nearly white), with whichever text colour reads better on it. */
export function heatScale(max: number): (value: number) => Heat {
  // Start at 0.05 so a zero cell is not pure white, and stop at 0.9 so the darkest still reads as blue.
  const scale = scaleSequential((t: number) => interpolateBlues(0.05 + 0.85 * t)).domain([0, Math.max(1, max)]);
  return (value) => {
    const background = scale(value);
    // Chosen by contrast, not by a threshold on the value: white on mid blue (#65a9d3) was 2.57:1.
    const color = contrast(background, LIGHT_TEXT) >= contrast(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
    return { background, color };
  };
}

/** Triggers a browser download of a text file. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
