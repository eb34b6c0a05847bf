// The Web Worker that runs analysis jobs off the main thread; a two-worker job stops on a cancel message, a one-worker job by the client ending the worker.
import { serve } from '../threads/worker-like';
import { emptyMemory, handleMessage } from './handle-job';
import type { AnalysisWorkerMessage, WorkerReply } from './protocol';

// The dataset stays here between jobs (put together from its parts when large); the client resends it only for a new version or a new worker.
const memory = emptyMemory();

// A lead or helper job settles later (it waits for the other worker); its errors are posted, never thrown.
serve<AnalysisWorkerMessage, WorkerReply>((message, post) => handleMessage(message, post, memory));
