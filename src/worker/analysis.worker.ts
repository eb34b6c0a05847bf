// The Web Worker that runs analysis jobs off the main thread; the client terminates it to cancel a job.
import { serve } from '../threads/worker-like';
import { emptyMemory, handleJob } from './handle-job';
import type { JobMessage, WorkerReply } from './protocol';

// The dataset stays here between jobs; the client resends it only for a new version or a new worker.
const memory = emptyMemory();

// A lead or helper job settles later (it waits for the other worker); its errors are posted, never thrown.
serve<JobMessage, WorkerReply>((message, post) => handleJob(message, post, memory));
