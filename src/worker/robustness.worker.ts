// The Web Worker that computes rank robustness (one metric per agreement removed) away from the page; terminated to cancel.
import { handleRobustnessJob, type RobustnessJob, type RobustnessReply } from './robustness-protocol';
import { emptyStepsMemory } from './steps-job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RobustnessJob>) => void) | null;
  postMessage: (reply: RobustnessReply) => void;
};
const memory = emptyStepsMemory();

scope.onmessage = (event) => handleRobustnessJob(event.data, (reply) => scope.postMessage(reply), memory);
