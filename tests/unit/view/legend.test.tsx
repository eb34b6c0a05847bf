// @vitest-environment jsdom
// The legend explains each encoding that is on: colour categories or ramp, the size range, the line kinds present.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeNodes, LINE_ENCODINGS, LINE_PATTERNS, OTHER_COLOR } from '../../../src/render/encoding';
import { CountryLegend, Legend } from '../../../src/view/Legend';

afterEach(cleanup);

const sizes = {
  title: 'Partners (degree)',
  values: new Map([
    ['a', 1],
    ['b', 9],
    ['c', 4],
  ]),
};

describe('Legend', () => {
  it('lists the colour categories with counts, the size range and the kinds of line shown', () => {
    const encoding = encodeNodes(
      ['a', 'b', 'c'],
      {
        type: 'category',
        title: 'Country',
        values: new Map([
          ['a', 'FI'],
          ['b', 'FI'],
        ]),
        label: (c) => `Land ${c}`,
      },
      sizes,
    );
    render(<Legend encoding={encoding} lineKinds={['bilateral', 'soft-landing']} />);
    expect(screen.getByRole('heading', { name: 'Colour: Country' })).toBeTruthy();
    const colour = screen.getByRole('region', { name: 'Colour' });
    expect([...colour.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Land FI (2)', 'Other (1)']);
    expect((colour.querySelectorAll('.legend-swatch')[1] as HTMLElement).style.background).toBe('rgb(187, 187, 187)');
    expect(OTHER_COLOR).toBe('#BBBBBB');
    expect(screen.getByRole('region', { name: 'Size' }).textContent).toBe('Size: Partners (degree)19');
    const lines = screen.getByRole('region', { name: 'Lines' });
    const labels = [...lines.querySelectorAll('li')].map((li) => li.textContent);
    expect(labels).toEqual([LINE_ENCODINGS.bilateral.label, LINE_ENCODINGS['soft-landing'].label]);
    // Soft landing is dotted: the canvas's pattern and round caps (LINE_PATTERNS), as in the exports.
    const dotted = lines.querySelectorAll('line')[1];
    expect(dotted?.getAttribute('stroke-dasharray')).toBe(LINE_PATTERNS.dotted.dash.join(' '));
    expect(dotted?.getAttribute('stroke-linecap')).toBe('round');
  });

  it('never puts a url(…) colour into a swatch style: the swatch is grey instead', () => {
    const good = encodeNodes(['a'], { type: 'category', title: 'Sector', values: new Map(), label: (v) => v }, sizes);
    const bad = 'url(http://127.0.0.1:9/track.png)';
    const encoding = {
      ...good,
      colorLegend: {
        type: 'category' as const,
        title: 'Sector',
        entries: [{ value: 'x', label: 'X', color: bad, count: 1 }],
      },
    };
    render(<Legend encoding={encoding} lineKinds={[]} />);
    const swatch = screen.getByRole('region', { name: 'Colour' }).querySelector('.legend-swatch') as HTMLElement;
    expect(swatch.getAttribute('style')).not.toContain('url(');
    expect(swatch.style.background).toBe('rgb(136, 136, 136)');
  });

  it('shows a metric as a ramp with its range and how many nodes have no value yet', () => {
    const encoding = encodeNodes(
      ['a', 'b', 'c'],
      {
        type: 'metric',
        title: 'Betweenness',
        values: new Map<string, number | null>([
          ['a', 0],
          ['b', 0.5],
          ['c', null],
        ]),
      },
      sizes,
    );
    render(<Legend encoding={encoding} lineKinds={[]} />);
    const colour = screen.getByRole('region', { name: 'Colour' });
    expect(colour.querySelector('.legend-ramp-ends')?.textContent).toBe('00.5');
    expect(colour.textContent).toContain('not computed yet (1)');
    expect(screen.queryByRole('region', { name: 'Lines' })).toBeNull();
  });
});

describe('CountryLegend', () => {
  it('says what circle size, line width and the labels (codes and leader lines where names have no room) mean', () => {
    render(<CountryLegend />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Circle size: actors in the country',
      'Line width: agreements between the two countries',
      'Labels: country (actors)',
    ]);
    expect(screen.getByRole('region', { name: 'Labels' }).textContent).toContain(
      'two-letter code, or a thin line to its name',
    );
  });
});
