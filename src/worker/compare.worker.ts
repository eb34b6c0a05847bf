// The Web Worker that compares two years (two Brandes runs for the rank moves) away from the page; terminated to cancel.
import { handleCompareJob, type CompareJob, type CompareReply } from './compare-protocol';
import { emptyStepsMemory } from './steps-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompareJob>) => void) | null;
  postMessage: (reply: CompareReply) => void;
};
const memory = emptyStepsMemory();

scope.onmessage = (event) => handleCompareJob(event.data, (reply) => scope.postMessage(reply), memory);
