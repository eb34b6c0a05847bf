// The force layout off the main thread: the same forcePositions the page would run, answered as plain arrays.
import { forcePositions, type ForceEdge, type ForceNode } from './force';
import { messageOf } from '../../model/errors';
import { serve } from '../../threads/worker-like';

export interface ForceRequest {
  nodes: ForceNode[];
  edges: ForceEdge[];
}
export type ForceReply = { ok: true; positions: Array<[string, number, number]> } | { ok: false; message: string };

serve<ForceRequest, ForceReply>((request, post) => {
  try {
    const positions = forcePositions(request.nodes, request.edges);
    post({ ok: true, positions: [...positions].map(([id, p]) => [id, p.x, p.y]) });
  } catch (error) {
    post({ ok: false, message: messageOf(error) });
  }
});
