// The trajectories state: the range, one job per (dataset, filters but year, projection), stale on a change, cancel and retry.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Trajectories } from '../../../src/analysis/trajectories';
import { CancelledError } from '../../../src/analysis/types';
import { loadDatasetFromText, setFilters, setProjection, setYear } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import {
  cancelTrajectories,
  requestTrajectories,
  resetTrajectories,
  trajectoryRange,
  useTrajectories,
} from '../../../src/state/trajectories';
import type { TrajectoriesClient } from '../../../src/worker/trajectories-client';
import type { TrajectoriesRequest } from '../../../src/worker/trajectories-protocol';

const sampleText = readFileSync('data/bsr-stars.json', 'utf8');

interface Call {
  request: TrajectoriesRequest;
  progress: (fraction: number) => void;
  resolve: (result: Trajectories) => void;
  reject: (error: Error) => void;
}

/** A client whose jobs the test settles by hand; a new run or cancel rejects the running one, as the real client. */
function handClient(calls: Call[]): TrajectoriesClient {
  let running: Call | null = null;
  const cancel = (): void => {
    running?.reject(new CancelledError());
    running = null;
  };
  return {
    run(request, progress = () => undefined) {
      cancel();
      return new Promise<Trajectories>((resolve, reject) => {
        running = { request, progress, resolve, reject };
        calls.push(running);
      });
    },
    cancel,
    dispose: cancel,
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
let calls: Call[];

beforeEach(() => {
  resetAtlas();
  calls = [];
  resetTrajectories(handClient(calls));
  loadDatasetFromText(sampleText, 'bsr-stars.json');
});
afterEach(() => resetTrajectories());

describe('trajectoryRange', () => {
  it('spans the sample’s agreement years, up to its asOf (2026) for the open-ended ones, as the year slider', () => {
    expect(trajectoryRange()).toEqual({ from: 1946, to: 2026 });
  });

  it('keeps the last 200 years of a longer span, and is null for a dataset without years', () => {
    const long = {
      format: 'alliance-graph@1',
      actors: [
        { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
        { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
      ],
      agreements: [{ id: 'x', kind: 'bilateral', parties: ['a', 'b'], since: 1800, until: 2100 }],
    };
    loadDatasetFromText(JSON.stringify(long), 'long.json');
    expect(trajectoryRange()).toEqual({ from: 1901, to: 2100 });
    loadDatasetFromText(
      JSON.stringify({ ...long, agreements: [{ ...long.agreements[0], since: undefined, until: undefined }] }),
      'n.json',
    );
    expect(trajectoryRange()).toBeNull();
    requestTrajectories();
    expect(useTrajectories.getState()).toMatchObject({ status: 'failed', error: expect.stringContaining('"since"') });
    expect(calls).toHaveLength(0);
  });
});

describe('requestTrajectories', () => {
  it('runs one job over the range with the filters, reports progress, and ends done with the result', async () => {
    setFilters({ countries: ['FI'] });
    requestTrajectories();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.request).toMatchObject({ from: 1946, to: 2026, projection: 'clique' });
    expect(calls[0]!.request.filters.countries).toEqual(['FI']);
    expect(useTrajectories.getState()).toMatchObject({ status: 'running', fraction: 0, from: 1946, to: 2026 });
    calls[0]!.progress(0.42);
    expect(useTrajectories.getState().fraction).toBe(0.42);
    const result: Trajectories = { years: [{ year: 1946, actors: [] }] };
    calls[0]!.resolve(result);
    await flush();
    expect(useTrajectories.getState()).toEqual({
      status: 'done',
      fraction: 1,
      from: 1946,
      to: 2026,
      result,
      error: null,
    });
  });

  it('reuses the job and the result while only the year filter changes (the cache key leaves the year out)', async () => {
    requestTrajectories();
    setYear(2010);
    requestTrajectories();
    expect(calls).toHaveLength(1);
    expect(useTrajectories.getState().status).toBe('running');
    calls[0]!.resolve({ years: [] });
    await flush();
    setYear(2015);
    requestTrajectories();
    expect(calls).toHaveLength(1);
    expect(useTrajectories.getState().status).toBe('done');
  });

  it('makes the result stale on a filter change other than the year: back to idle, and a request runs anew', async () => {
    requestTrajectories();
    calls[0]!.resolve({ years: [] });
    await flush();
    setFilters({ sectors: ['health'] });
    expect(useTrajectories.getState()).toMatchObject({ status: 'idle', result: null, from: null, to: null });
    requestTrajectories();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.request.filters.sectors).toEqual(['health']);
  });

  it('cancels a running job when the projection or the dataset changes; its late answer is ignored', async () => {
    requestTrajectories();
    const first = calls[0]!;
    setProjection('hub');
    expect(useTrajectories.getState().status).toBe('idle');
    first.resolve({ years: [{ year: 1, actors: [] }] });
    await flush();
    expect(useTrajectories.getState().status).toBe('idle');
    requestTrajectories();
    expect(calls[1]!.request.projection).toBe('hub');
    loadDatasetFromText(sampleText, 'again.json');
    expect(useTrajectories.getState().status).toBe('idle');
  });

  it('cancelTrajectories stops the job (status cancelled, range kept); a request then starts it again', async () => {
    requestTrajectories();
    cancelTrajectories();
    await flush();
    expect(useTrajectories.getState()).toMatchObject({ status: 'cancelled', from: 1946, to: 2026, result: null });
    requestTrajectories();
    expect(calls).toHaveLength(2);
    expect(useTrajectories.getState().status).toBe('running');
  });

  it('words a failure with the fix, and a request retries', async () => {
    requestTrajectories();
    calls[0]!.reject(new Error('trajectories failed: out of memory'));
    await flush();
    expect(useTrajectories.getState()).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/out of memory; try again, or use analyze --years/),
    });
    requestTrajectories();
    expect(calls).toHaveLength(2);
  });
});
