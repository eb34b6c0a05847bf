// The rankings' "with vs without illustrative ties" as a worker job: the same ranks as the synchronous function, with progress, in a worker or in main-thread slices.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceRanks } from '../../../src/analysis/evidence-ranks';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { createEvidenceRanksClient, type EvidenceRanksWorkerLike } from '../../../src/worker/evidence-ranks-client';
import { handleEvidenceRanksJob, type EvidenceRanksJob } from '../../../src/worker/evidence-ranks-protocol';
import { emptyStepsMemory } from '../../../src/worker/steps-job';

const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const filters = emptyFilters();

/** Runs each job on a later turn, as a worker would, through the handler the real worker runs. */
function fakeWorker(sent: EvidenceRanksJob[]): EvidenceRanksWorkerLike {
  const memory = emptyStepsMemory();
  const worker: EvidenceRanksWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(job: EvidenceRanksJob) {
      sent.push(job);
      setTimeout(
        () => handleEvidenceRanksJob(job, (reply) => worker.onmessage?.({ data: reply } as MessageEvent), memory),
        0,
      );
    },
    terminate() {},
  };
  return worker;
}

describe('createEvidenceRanksClient', () => {
  it('gives the sample the same betweenness ranks with and without illustrative ties as evidenceRanks, progress ending at 1', async () => {
    const sent: EvidenceRanksJob[] = [];
    const progress: number[] = [];
    const client = createEvidenceRanksClient(() => fakeWorker(sent));
    const request = { dataset: sample, filters, metric: 'betweenness' as const, projection: 'clique' as const };
    const result = await client.run(request, (fraction) => progress.push(fraction));
    const expected = evidenceRanks(sample, filters, 'betweenness', 'clique');
    expect(result).toEqual(expected);
    expect(result.get('latvian-it-cluster')).toEqual({ all: 1, documented: 1, change: 0 });
    expect(progress.at(-1)).toBe(1);
    const degree = await client.run({ ...request, metric: 'degree' });
    expect(degree).toEqual(evidenceRanks(sample, filters, 'degree', 'clique'));
    expect(sent.map((job) => job.request.dataset !== undefined)).toEqual([true, false]);
    client.dispose();
  });

  it('computes the same ranks in main-thread slices when no worker can start', async () => {
    const client = createEvidenceRanksClient(() => null);
    const result = await client.run({ dataset: sample, filters, metric: 'strength', projection: 'clique' });
    expect(result).toEqual(evidenceRanks(sample, filters, 'strength', 'clique'));
    client.dispose();
  });
});
