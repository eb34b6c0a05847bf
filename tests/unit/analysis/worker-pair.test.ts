// The lead and helper workers over a real MessageChannel: the same figures as analyzeDataset, and the same bits wherever the split falls.
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { brandesPartial, finishBrandes } from '../../../src/analysis/brandes';
import { toCsr } from '../../../src/analysis/csr';
import type { AnalysisResult } from '../../../src/analysis/types';
import { applyFilters } from '../../../src/model/filter';
import { generateDataset } from '../../../src/model/generate';
import { actorGraphFrom } from '../../../src/model/graph';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { allBlocks, blockCount, blockRange } from '../../../src/worker/brandes-blocks';
import { runHelper } from '../../../src/worker/helper';
import { runLead } from '../../../src/worker/lead';
import { emptyMemory, handleJob } from '../../../src/worker/handle-job';
import type { AnalysisRequest, WorkerReply } from '../../../src/worker/protocol';

const dataset: Dataset = generateDataset({ actors: 220, agreements: 900, seed: 11 });
const request: AnalysisRequest = { kind: 'analyze', dataset, filters: emptyFilters(), recommendations: 0 };

/**
 * Runs the pair. The helper starts at once, never, or late: once the lead has finished its first block (so
 * each worker runs some blocks, whatever the machine's speed). `leadBlocks`: blocks the lead ran.
 */
async function pair(
  start: 'at once' | 'late' | 'never',
): Promise<{ result: AnalysisResult; helperBlocks: number; leadBlocks: number; blocks: number }> {
  const channel = new MessageChannel();
  let helperBlocks = 0;
  let leadBlocks = 0;
  let blocks = 0;
  let helper: Promise<void> | undefined;
  const startHelper = (): void => {
    helper = runHelper(channel.port2, (done) => (helperBlocks = done));
  };
  if (start === 'at once') startHelper();
  const result = await runLead(request, channel.port1, {
    onProgress: () => undefined,
    onBlocks: (done, of) => {
      leadBlocks = done;
      blocks = of;
      if (start === 'late' && done === 1) startHelper();
    },
  });
  await helper;
  channel.port2.close();
  return { result, helperBlocks, leadBlocks, blocks };
}

describe('blocks', () => {
  it('cover the sources once, in order, at most 64 of them', () => {
    for (const n of [1, 2, 63, 64, 65, 5000]) {
      const count = blockCount(n);
      expect(count).toBeLessThanOrEqual(64);
      let next = 0;
      for (let block = 0; block < count; block++) {
        const [from, to] = blockRange(block, n);
        expect(from).toBe(next);
        expect(to).toBeGreaterThan(from);
        next = to;
      }
      expect(next).toBe(n);
    }
  });

  it('sum to the single pass', () => {
    const csr = toCsr(actorGraphFrom(applyFilters(dataset, emptyFilters())));
    const blocks = allBlocks(csr);
    const single = brandesPartial(csr, 0, csr.nodes.length);
    for (let i = 0; i < csr.nodes.length; i++) {
      expect(Math.abs(blocks.betweenness[i]! - single.betweenness[i]!)).toBeLessThan(1e-9);
      expect(blocks.closeness[i]).toBe(single.closeness[i]);
    }
  });
});

describe('runLead with runHelper', () => {
  it('gives the result of analyzeDataset, with betweenness summed block by block', async () => {
    const { result, helperBlocks } = await pair('at once');
    expect(helperBlocks).toBeGreaterThan(0);
    const alone = analyzeDataset(dataset, { filters: emptyFilters(), recommendations: 0 });
    const csr = toCsr(actorGraphFrom(applyFilters(dataset, emptyFilters())));
    const blocks = finishBrandes(allBlocks(csr));
    result.actors.forEach((row, i) => {
      const other = alone.actors[i]!;
      expect(Math.abs(row.betweenness - other.betweenness)).toBeLessThan(1e-12);
      expect(row.betweenness).toBe(blocks.betweenness[csr.nodes.indexOf(row.id)]);
      expect({ ...row, betweenness: 0 }).toEqual({ ...other, betweenness: 0 });
    });
    expect({ ...result, actors: [] }).toEqual({ ...alone, actors: [] });
  });

  it("gives the same bits whether the helper starts at once, late (after the lead's first block) or never", async () => {
    const atOnce = (await pair('at once')).result;
    const late = await pair('late');
    const never = await pair('never');
    // Late: both workers ran blocks, and together every block once (a block both started counts once).
    expect(late.leadBlocks).toBeGreaterThanOrEqual(1);
    expect(late.helperBlocks).toBeGreaterThan(0);
    expect(late.leadBlocks + late.helperBlocks).toBeGreaterThanOrEqual(late.blocks);
    expect(never.helperBlocks).toBe(0);
    expect(never.leadBlocks).toBe(never.blocks);
    expect(late.result).toEqual(atOnce);
    expect(never.result).toEqual(atOnce);
  });
});

describe('warm-up job', () => {
  it('runs the Brandes passes on a small network and answers done', () => {
    const replies: WorkerReply[] = [];
    void handleJob({ id: 0, request: { kind: 'warm-up' } }, (reply) => replies.push(reply), emptyMemory());
    expect(replies).toEqual([{ id: 0, type: 'done' }]);
  });
});
