// The Brandes sources cut into fixed blocks, summed in block order, so any split between two workers gives the same bits.
import { brandesPartial, emptyBrandesSums, type BrandesSums } from '../analysis/brandes';
import type { Csr } from '../analysis/csr';

/**
 * Why blocks: the split between the two workers is decided while they run (the helper keeps going
 * until the lead, done with the other metrics, claims the rest), so it differs from run to run. Sums
 * added in a different order differ in the last bit; summing fixed blocks in block order makes the
 * result independent of where the split fell. At most 64 blocks: the lead keeps its blocks until the
 * helper's sum arrives (≤ 64 arrays of n doubles: 2.6 MB at 5,000 actors).
 */
export const MAX_BLOCKS = 64;

export const blockCount = (n: number): number => Math.min(MAX_BLOCKS, n);

/** Sources from ≤ s < to of block b. */
export function blockRange(block: number, n: number): [number, number] {
  const count = blockCount(n);
  return [Math.floor((block * n) / count), Math.floor(((block + 1) * n) / count)];
}

/** Runs one block: its own betweenness sums, and the closeness of its sources written into `closeness`. */
export function runBlock(csr: Csr, block: number, closeness: Float64Array): Float64Array {
  const n = csr.nodes.length;
  const [from, to] = blockRange(block, n);
  const sums: BrandesSums = { betweenness: new Float64Array(n), closeness };
  brandesPartial(csr, from, to, sums);
  return sums.betweenness;
}

/** Adds `part` into `into`, element by element. */
export function addInto(into: Float64Array, part: Float64Array): void {
  for (let i = 0; i < into.length; i++) into[i] = into[i]! + part[i]!;
}

/** All blocks on this thread, summed in block order (the reference the two-worker run equals bit for bit). */
export function allBlocks(csr: Csr): BrandesSums {
  const n = csr.nodes.length;
  const out = emptyBrandesSums(n);
  for (let block = 0; block < blockCount(n); block++) addInto(out.betweenness, runBlock(csr, block, out.closeness));
  return out;
}
