// Runs the analysis once on a small generated network, so a fresh worker's first real job runs optimised code.
import { analyzeDataset } from '../analysis/analyze';
import { brandesLevels } from '../analysis/brandes-levels';
import { csrFromFiltered } from '../analysis/csr';
import { applyFilters } from '../model/filter';
import { generateDataset } from '../model/generate';
import { emptyFilters } from '../model/types';
import { allBlocks } from './brandes-blocks';

/**
 * Why: every load starts fresh workers, and V8 first runs their code unoptimised. At 5,000 actors
 * the first job of a fresh pair took 3.5 s in Node, the next ones 1.9–2.8 s (same load). The client
 * posts this job at the first idle moment after start-up (the sample's own analysis is over by
 * then; a dataset fetched by URL is still loading); it costs ~0.1–0.3 s of a worker's time.
 */
export function warmUp(): void {
  const dataset = generateDataset({ actors: 300, agreements: 1500, seed: 1 });
  const filters = emptyFilters();
  analyzeDataset(dataset, { filters, recommendations: 0 });
  const csr = csrFromFiltered(applyFilters(dataset, filters));
  allBlocks(csr);
  // allBlocks takes the textbook pass at this size; the level-by-level pass of large networks too.
  const n = csr.nodes.length;
  brandesLevels(csr, 0, n, new Float64Array(n), new Float64Array(n));
}
