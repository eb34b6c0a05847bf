// The second worker of a large analysis: runs Brandes blocks from the first on, until the lead claims the rest.
import type { Csr } from '../analysis/csr';
import { isCancelled, type RunControl } from '../analysis/types';
import { addInto, blockCount, runBlock } from './brandes-blocks';
import { messageOf } from '../model/errors';

/** Lead → helper, on the MessageChannel between the two workers. `claim`: the lead has taken this block and all above it. */
export type ToHelper = { type: 'graph'; offsets: Int32Array; targets: Int32Array } | { type: 'claim'; block: number };

/** Helper → lead: the helper's blocks 0 .. upTo-1, summed in block order. */
export type ToLead =
  | { type: 'sums'; upTo: number; betweenness: Float64Array; closeness: Float64Array }
  | { type: 'failed'; message: string };

/**
 * One turn of the event loop, so a message from the other worker is read between two blocks. A
 * message to ourselves, not setTimeout: nested timeouts are clamped to 4 ms (64 blocks: 0.25 s).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Waits for the graph's CSR from the lead, then runs blocks 0, 1, … until it reaches the lowest
 * block the lead has claimed (the lead works down from the last block). A block both started is
 * dropped by the lead, so the sums never count it twice. Settles after sending its sums.
 */
export function runHelper(
  port: MessagePort,
  onBlocks: (done: number, of: number) => void,
  signal?: RunControl['signal'],
  turn: () => Promise<void> = nextTurn,
): Promise<void> {
  return new Promise((resolve) => {
    let limit = Infinity;
    let claims = 0;
    const run = async (csr: Csr): Promise<void> => {
      const n = csr.nodes.length;
      const count = blockCount(n);
      const betweenness = new Float64Array(n);
      const closeness = new Float64Array(n);
      let next = 0;
      try {
        while (next < Math.min(limit, count)) {
          addInto(betweenness, runBlock(csr, next, closeness));
          next++;
          onBlocks(next, count);
          // Chromium hands over one port message per turn: turn until a turn brings no claim, so the
          // lead's latest claim is read now, not one block later per claim (measured: 6 blocks run twice).
          let seen: number;
          do {
            seen = claims;
            await turn();
          } while (claims !== seen);
          // Cancelled (the lead stops too): no sums; the port closes below.
          if (isCancelled(signal)) break;
        }
        if (!isCancelled(signal))
          port.postMessage({ type: 'sums', upTo: next, betweenness, closeness } satisfies ToLead, [
            betweenness.buffer,
            closeness.buffer,
          ]);
      } catch (error) {
        port.postMessage({ type: 'failed', message: messageOf(error) });
      }
      port.close();
      resolve();
    };
    port.onmessage = (event: MessageEvent<ToHelper>) => {
      const message = event.data;
      if (message.type === 'claim') {
        limit = Math.min(limit, message.block);
        claims++;
        return;
      }
      const n = message.offsets.length - 1;
      // brandesPartial reads only the adjacency and the node count, so the ids need not travel.
      const nodes = new Array<string>(n).fill('');
      void run({ nodes, offsets: message.offsets, targets: message.targets, weights: new Float64Array(0) });
    };
  });
}
