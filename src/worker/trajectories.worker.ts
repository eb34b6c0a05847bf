// The Web Worker that computes the per-year actor metrics (trajectories) away from the page; terminated to cancel.
import { replyToPage, serve } from '../threads/worker-like';
import { createTrajectoriesHandler, type TrajectoriesMessage, type TrajectoriesReply } from './trajectories-protocol';

const handle = createTrajectoriesHandler(replyToPage<TrajectoriesReply>());
serve<TrajectoriesMessage, TrajectoriesReply>((message) => handle(message));
