// The Web Worker that runs one source range of the split Brandes pass (see parallel-betweenness.ts).
import { handleBrandesJob, type BrandesJob, type BrandesReply } from './parallel-betweenness';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BrandesJob>) => void) | null;
  postMessage: (reply: BrandesReply, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const reply = handleBrandesJob(event.data);
  // The result arrays are handed over, not copied.
  scope.postMessage(reply, reply.type === 'sums' ? [reply.betweenness.buffer, reply.closeness.buffer] : []);
};
