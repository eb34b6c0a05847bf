// Sequential colour for the heatmap and matrix cells: d3 Blues (colour-blind safe), with readable text on top.
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';

export interface Heat {
  background: string;
  color: string;
}

/** A cell colour for values 0..max; 0 stays nearly white, the darkest third gets white text. */
export function heatScale(max: number): (value: number) => Heat {
  // Start at 0.05 so a zero cell is not pure white, and stop at 0.9 so the darkest still reads as blue.
  const scale = scaleSequential((t: number) => interpolateBlues(0.05 + 0.85 * t)).domain([0, Math.max(1, max)]);
  return (value) => {
    const t = value / Math.max(1, max);
    return { background: scale(value), color: t > 0.55 ? '#ffffff' : '#1a1a1a' };
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
