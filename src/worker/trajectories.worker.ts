// The Web Worker that computes the per-year actor metrics (trajectories) away from the page; terminated to cancel.
import { createTrajectoriesHandler, type TrajectoriesMessage, type TrajectoriesReply } from './trajectories-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TrajectoriesMessage>) => void) | null;
  postMessage: (reply: TrajectoriesReply) => void;
};

const handle = createTrajectoriesHandler((reply) => scope.postMessage(reply));
scope.onmessage = (event) => handle(event.data);
