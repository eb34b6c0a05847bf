// The one colour check (model/color.ts) and its validation warning: a `url(…)` or expression is never a colour.
import { describe, expect, it } from 'vitest';
import { colorRgba, FALLBACK_COLOR, isSafeColor, safeColor } from '../../../src/model/color';
import { validateDataset } from '../../../src/model/validate';
import { example } from './helpers';

describe('isSafeColor and safeColor', () => {
  it.each(['#1b9e77', '#ABC', '#11223344', 'rgb(1, 2, 3)', 'rgba(1,2,3,0.5)', 'hsl(120deg 50% 40% / 0.5)', 'teal'])(
    'accepts %s as it is',
    (color) => {
      expect(isSafeColor(color)).toBe(true);
      expect(safeColor(color)).toBe(color);
    },
  );

  it.each([
    'url(http://example.org/x.png)',
    'URL("http://example.org/x")',
    'red url(http://example.org/x)',
    'var(--x)',
    'expression(alert(1))',
    'red" onload="x',
    'red; background-image: url(x)',
    'image-set("x.png" 1x)',
    '',
    '#12',
  ])('refuses %s and gives grey (or the fallback asked for)', (color) => {
    expect(isSafeColor(color)).toBe(false);
    expect(safeColor(color)).toBe(FALLBACK_COLOR);
    expect(safeColor(color, '#BBBBBB')).toBe('#BBBBBB');
  });

  it('refuses what is not text and trims what it keeps', () => {
    expect(isSafeColor(undefined)).toBe(false);
    expect(isSafeColor(12)).toBe(false);
    expect(safeColor('  #fff ')).toBe('#fff');
  });
});

describe('validation warning for a sector colour', () => {
  it('warns at /sectors/N/color with the form to write, and the file still loads with the colour kept as data', () => {
    const dataset = example();
    dataset.sectors[0]!.color = 'url(http://example.org/track.png)';
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ severity: 'warning', pointer: '/sectors/0/color' });
    expect(result.warnings[0]?.message).toBe(
      `sector "${String(dataset.sectors[0]!.id)}" has color "url(http://example.org/track.png)", which the app does not draw (only a hex colour such as "#1b9e77", rgb()/hsl() with plain numbers, or a colour name): its palette colour is used instead — write the colour in one of those forms`,
    );
  });

  it('does not warn about hex, rgb(), hsl() or named sector colours', () => {
    const dataset = example();
    dataset.sectors.forEach((sector, i) => (sector.color = ['#1b9e77', 'rgb(1, 2, 3)', 'hsl(1 2% 3%)', 'teal'][i % 4]));
    expect(validateDataset(dataset).warnings).toEqual([]);
  });
});

describe('colorRgba', () => {
  it.each([
    ['#E69F00', { r: 230, g: 159, b: 0, a: 1 }],
    ['#abc', { r: 170, g: 187, b: 204, a: 1 }],
    ['#11223380', { r: 17, g: 34, b: 51, a: 0.502 }],
    ['rgb(1, 2, 3)', { r: 1, g: 2, b: 3, a: 1 }],
    ['rgba(300 -1 50% / 0.25)', { r: 255, g: 0, b: 128, a: 0.25 }],
  ])('reads %s', (color, rgba) => {
    expect(colorRgba(color)).toEqual(rgba);
  });

  it.each(['teal', 'hsl(1 2% 3%)', 'url(x)', '#12345', 'rgb(1, 2)'])('gives null for %s', (color) => {
    expect(colorRgba(color)).toBeNull();
  });
});
