// @vitest-environment jsdom
// The actor panel's line chart: the size metric per year, gaps where the actor is absent, the filtered year highlighted, auto or on click.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Trajectories } from '../../../src/analysis/trajectories';
import type { ActorMetrics } from '../../../src/analysis/types';
import { loadDatasetFromText, setSize, setYear } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { resetTrajectories, useTrajectories } from '../../../src/state/trajectories';
import type { TrajectoriesClient } from '../../../src/worker/trajectories-client';
import { ActorTrajectory, AUTO_TRAJECTORY_ACTORS } from '../../../src/view/ActorTrajectory';
import { actorSeries, chartGeometry } from '../../../src/view/actor-trajectory-data';

const row = (id: string, degree: number, betweenness: number): ActorMetrics => ({
  id,
  label: id,
  country: 'FI',
  degree,
  strength: degree,
  degreeCentrality: 0,
  betweenness,
  closeness: 0,
  eigenvector: null,
  pagerank: null,
  constraint: null,
  community: 0,
  crossBorderPartners: 0,
});

/** a: degree 1, 3, absent, 2, 4 over 2001–2005. */
const result: Trajectories = {
  years: [
    { year: 2001, actors: [row('a', 1, 0.1), row('b', 1, 0)] },
    { year: 2002, actors: [row('a', 3, 0.5)] },
    { year: 2003, actors: [row('b', 0, 0)] },
    { year: 2004, actors: [row('a', 2, 0.2)] },
    { year: 2005, actors: [row('a', 4, 0.4)] },
  ],
};

const dataset = (actors: number) => ({
  format: 'alliance-graph@1',
  actors: Array.from({ length: actors }, (_, i) => ({
    id: i === 0 ? 'a' : `x${i}`,
    label: `A${i}`,
    kind: 'cluster',
    country: 'FI',
  })),
  agreements: [{ id: 'g', kind: 'bilateral', parties: ['a', 'x1'], since: 2001, until: 2005 }],
});

let runs = 0;
const stillClient: TrajectoriesClient = {
  run: () => {
    runs++;
    return new Promise(() => undefined);
  },
  cancel: () => undefined,
  dispose: () => undefined,
};

beforeEach(() => {
  resetAtlas();
  runs = 0;
  resetTrajectories(stillClient);
});
afterEach(() => {
  cleanup();
  resetTrajectories();
});

describe('actorSeries and chartGeometry', () => {
  it("starts the year before the actor's first tie, or earlier to keep the filtered year; all years without any tie", () => {
    const late: typeof result = {
      years: [
        { year: 2000, actors: [row('a', 0, 0), row('b', 1, 0)] },
        { year: 2001, actors: [row('a', 0, 0), row('b', 1, 0)] },
        { year: 2002, actors: [row('b', 1, 0)] },
        { year: 2003, actors: [row('a', 2, 0.5), row('b', 1, 0)] },
        { year: 2004, actors: [row('a', 1, 0.2), row('b', 0, 0)] },
      ],
    };
    expect(actorSeries(late, 'a', 'degree').map((point) => point.year)).toEqual([2002, 2003, 2004]);
    expect(actorSeries(late, 'a', 'degree', 2000).map((point) => point.year)).toEqual([2000, 2001, 2002, 2003, 2004]);
    expect(actorSeries(late, 'a', 'degree', 2004).map((point) => point.year)).toEqual([2002, 2003, 2004]);
    expect(actorSeries(late, 'b', 'degree').map((point) => point.year)).toEqual([2000, 2001, 2002, 2003, 2004]);
    expect(actorSeries(late, 'nobody', 'degree')).toHaveLength(5);
  });

  it('gives the metric per year with null where the actor is absent, and a line broken at that gap', () => {
    const series = actorSeries(result, 'a', 'degree');
    expect(series).toEqual([
      { year: 2001, value: 1 },
      { year: 2002, value: 3 },
      { year: 2003, value: null },
      { year: 2004, value: 2 },
      { year: 2005, value: 4 },
    ]);
    const { points, path, max } = chartGeometry(series, {
      width: 50,
      height: 50,
      left: 5,
      right: 5,
      top: 5,
      bottom: 5,
    });
    expect(max).toBe(4);
    expect(points.map((point) => [point.year, point.x, point.y])).toEqual([
      [2001, 5, 35],
      [2002, 15, 15],
      [2004, 35, 25],
      [2005, 45, 5],
    ]);
    expect(path).toBe('M5 35L15 15M35 25L45 5');
  });
});

describe('ActorTrajectory', () => {
  it('draws one point per year the actor is listed, labels first/last year and the highest value, and highlights the filtered year', () => {
    loadDatasetFromText(JSON.stringify(dataset(3)), 'd.json');
    setSize('degree');
    setYear(2004);
    useTrajectories.setState({ status: 'done', fraction: 1, from: 2001, to: 2005, result });
    const { container } = render(<ActorTrajectory dataset={useAtlas.getState().dataset!} id="a" />);
    const points = [...container.querySelectorAll('circle')];
    expect(points.map((point) => point.getAttribute('data-year'))).toEqual(['2001', '2002', '2004', '2005']);
    expect(container.querySelectorAll('circle.current')).toHaveLength(1);
    expect(container.querySelector('circle.current')?.getAttribute('data-year')).toBe('2004');
    const ticks = [...container.querySelectorAll('text.tick')].map((text) => text.textContent);
    expect(ticks).toEqual(['4', '0', '2001', '2005']);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Partners (degree), 2001–2005: 1 in 2001, 4 in 2005, highest 4 in 2005; no value in 1 of the 5 years; 2 in 2004, the year shown',
    );
    expect(runs).toBe(0);
  });

  it('follows the size metric', () => {
    loadDatasetFromText(JSON.stringify(dataset(3)), 'd.json');
    setSize('betweenness');
    useTrajectories.setState({ status: 'done', fraction: 1, from: 2001, to: 2005, result });
    const { container } = render(<ActorTrajectory dataset={useAtlas.getState().dataset!} id="a" />);
    expect(container.querySelector('text.tick')?.textContent).toBe('0.500');
    expect(container.querySelector('circle.current')).toBeNull();
  });

  it(`computes as the panel opens up to ${AUTO_TRAJECTORY_ACTORS} actors, and above only on the Compute button`, () => {
    loadDatasetFromText(JSON.stringify(dataset(AUTO_TRAJECTORY_ACTORS)), 'small.json');
    const { unmount } = render(<ActorTrajectory dataset={useAtlas.getState().dataset!} id="a" />);
    expect(runs).toBe(1);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    unmount();
    resetTrajectories(stillClient);
    loadDatasetFromText(JSON.stringify(dataset(AUTO_TRAJECTORY_ACTORS + 1)), 'big.json');
    render(<ActorTrajectory dataset={useAtlas.getState().dataset!} id="a" />);
    expect(runs).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Compute over the years' }));
    expect(runs).toBe(2);
    expect(screen.getByRole('progressbar')).toBeTruthy();
  });
});
