// A stand-in analysis worker for the client tests: the real message handler on a later turn, with its own memory.
import type { WorkerLike } from '../../../src/worker/client';
import { emptyMemory, handleMessage } from '../../../src/worker/handle-job';
import type { AnalysisWorkerMessage, WorkerReply } from '../../../src/worker/protocol';

/** Runs the real handler on a later turn, as a worker thread would (with its own memory), and records messages and terminate calls. */
export class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  readonly memory = emptyMemory();
  readonly posted: AnalysisWorkerMessage[] = [];
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: AnalysisWorkerMessage): void {
    this.posted.push(message);
    setTimeout(() => {
      void handleMessage(
        message,
        (reply) => {
          if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
        },
        this.memory,
      );
    }, 5);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** What a worker that crashed (out of memory, say) reports to the page. */
  crash(): void {
    this.onerror?.({ message: 'crashed' } as ErrorEvent);
  }
}

/** What each posted message is: 'head', 'part', 'cancel', 'hold', or the job's kind ('analyze', 'brandes-helper', 'warm-up'). */
export const kindsOf = (worker: FakeWorker): string[] =>
  worker.posted.map((message) =>
    'request' in message
      ? message.request.kind
      : 'cancel' in message
        ? 'cancel'
        : 'hold' in message
          ? 'hold'
          : message.type,
  );
