// The Web Worker that ranks the actors with and without illustrative ties (two metric runs) away from the page; terminated to cancel.
import { handleEvidenceRanksJob, type EvidenceRanksJob, type EvidenceRanksReply } from './evidence-ranks-protocol';
import { emptyStepsMemory } from './steps-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EvidenceRanksJob>) => void) | null;
  postMessage: (reply: EvidenceRanksReply) => void;
};
const memory = emptyStepsMemory();

scope.onmessage = (event) => handleEvidenceRanksJob(event.data, (reply) => scope.postMessage(reply), memory);
