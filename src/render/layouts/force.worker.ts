// The force layout off the main thread: the same forcePositions the page would run, answered as plain arrays.
import { forcePositions, type ForceEdge, type ForceNode } from './force';
import { messageOf } from '../../model/errors';

export interface ForceRequest {
  nodes: ForceNode[];
  edges: ForceEdge[];
}
export type ForceReply = { ok: true; positions: Array<[string, number, number]> } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ForceRequest>) => void) | null;
  postMessage: (reply: ForceReply) => void;
};

scope.onmessage = (event) => {
  try {
    const positions = forcePositions(event.data.nodes, event.data.edges);
    scope.postMessage({ ok: true, positions: [...positions].map(([id, p]) => [id, p.x, p.y]) });
  } catch (error) {
    scope.postMessage({ ok: false, message: messageOf(error) });
  }
};
