// The Web Worker that runs analysis jobs off the main thread; the client terminates it to cancel a job.
import { emptyMemory, handleJob } from './handle-job';
import type { JobMessage, WorkerReply } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null;
  postMessage: (reply: WorkerReply, transfer?: Transferable[]) => void;
};

// The dataset stays here between jobs; the client resends it only for a new version or a new worker.
const memory = emptyMemory();

scope.onmessage = (event) => {
  // A lead or helper job settles later (it waits for the other worker); its errors are posted, never thrown.
  void handleJob(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []), memory);
};
