// The Web Worker that runs the analysis off the main thread; the client terminates it to cancel a job.
import { handleJob, type JobMessage, type WorkerReply } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

scope.onmessage = (event) => handleJob(event.data, (reply) => scope.postMessage(reply));
