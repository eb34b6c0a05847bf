// scripts/layout-dataset.ts: x/y written into each actor of the sample's text, nothing else changed, the sample's saved layout is the script's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/types';
import { parseDatasetText } from '../../../src/model/validate';
import { withPositionsText } from '../../../scripts/layout-dataset';

const sampleText = readFileSync(new URL('../../../data/bsr-stars.json', import.meta.url), 'utf8');

/** The text with every actor's x/y members taken out again (the lines the script adds). */
const withoutXY = (text: string): string => text.replace(/,\n\s*"x": -?\d+,\n\s*"y": -?\d+(?=\n)/g, '');

describe('scripts/layout-dataset.ts', () => {
  it('ships the sample with integer x/y on every actor, and nothing else differs from the file without them', () => {
    const sample = JSON.parse(sampleText) as Dataset;
    expect(sample.actors.every((a) => Number.isInteger(a.x) && Number.isInteger(a.y))).toBe(true);
    const bare = withoutXY(sampleText);
    const bareSample = JSON.parse(bare) as Dataset;
    expect(bareSample.actors.some((a) => 'x' in a || 'y' in a)).toBe(false);
    // Written back with the same positions, the bare text gives the shipped file byte for byte.
    const positions = new Map(sample.actors.map((a) => [a.id, { x: a.x as number, y: a.y as number }]));
    expect(withPositionsText(bare, bareSample, positions)).toBe(sampleText);
  });

  it('replaces existing x/y in place and keeps the file valid', () => {
    const sample = JSON.parse(sampleText) as Dataset;
    const moved = new Map(sample.actors.map((a, i) => [a.id, { x: i, y: -1 - i }]));
    const text = withPositionsText(sampleText, sample, moved);
    expect(text.length).toBeLessThan(sampleText.length + 10 * sample.actors.length);
    const again = JSON.parse(text) as Dataset;
    again.actors.forEach((a, i) => expect([a.x, a.y]).toEqual([i, -1 - i]));
    expect(parseDatasetText(text).ok).toBe(true);
    expect(withoutXY(text)).toBe(withoutXY(sampleText));
  });
});
