// The Web Worker that runs analysis jobs off the main thread; the client terminates it to cancel a job.
import { serve } from '../threads/worker-like';
import { emptyMemory, handleMessage } from './handle-job';
import type { AnalysisWorkerMessage, WorkerReply } from './protocol';

// The dataset stays here between jobs (put together from its parts when large); the client resends it only for a new version or a new worker.
const memory = emptyMemory();

// A lead or helper job settles later (it waits for the other worker); its errors are posted, never thrown.
serve<AnalysisWorkerMessage, WorkerReply>((message, post) => handleMessage(message, post, memory));
