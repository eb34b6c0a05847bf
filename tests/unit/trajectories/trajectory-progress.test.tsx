// @vitest-environment jsdom
// The trajectories progress bar: percent as role=progressbar with aria-valuenow, Cancel, and Compute / Retry otherwise.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import { resetTrajectories, useTrajectories } from '../../../src/state/trajectories';
import type { TrajectoriesClient } from '../../../src/worker/trajectories-client';
import { TrajectoryProgress } from '../../../src/view/TrajectoryProgress';

let runs = 0;
let cancels = 0;
/** Never settles on its own: the test reads the running state. */
const stillClient: TrajectoriesClient = {
  run: () => {
    runs++;
    return new Promise(() => undefined);
  },
  cancel: () => void cancels++,
  dispose: () => undefined,
};

beforeEach(() => {
  resetAtlas();
  runs = 0;
  cancels = 0;
  resetTrajectories(stillClient);
  loadDatasetFromText(readFileSync('data/bsr-stars.json', 'utf8'), 'bsr-stars.json');
});
afterEach(() => {
  cleanup();
  resetTrajectories();
});

describe('TrajectoryProgress', () => {
  it('offers Compute when idle; the click starts the job and shows the bar at 0 %', () => {
    render(<TrajectoryProgress />);
    fireEvent.click(screen.getByRole('button', { name: 'Compute over the years' }));
    expect(runs).toBe(1);
    const bar = screen.getByRole('progressbar', { name: 'Computing the metrics of each year 1946–2026' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
  });

  it('shows the running job’s whole percent, and Cancel stops it and offers to compute again', () => {
    useTrajectories.setState({ status: 'running', fraction: 0.37, from: 2000, to: 2020 });
    render(<TrajectoryProgress />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('37');
    expect(screen.getByText('37%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancels).toBe(1);
    expect(useTrajectories.getState().status).toBe('cancelled');
    expect(screen.getByRole('status').textContent).toContain('Stopped.');
    fireEvent.click(screen.getByRole('button', { name: 'Compute 2000–2020 again' }));
    expect(runs).toBe(1);
  });

  it('shows a failure as an alert with its words and a Retry button; nothing once done, or idle with computeLabel null', () => {
    useTrajectories.setState({ status: 'failed', error: 'out of memory; try again' });
    const { rerender } = render(<TrajectoryProgress />);
    expect(screen.getByRole('alert').textContent).toContain(
      'The years could not be computed: out of memory; try again.',
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    useTrajectories.setState({ status: 'done', result: { years: [] }, error: null });
    rerender(<TrajectoryProgress />);
    expect(screen.queryByRole('button')).toBeNull();
    useTrajectories.setState({ status: 'idle', result: null });
    rerender(<TrajectoryProgress computeLabel={null} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
