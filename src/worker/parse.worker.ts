// The Web Worker that validates a dataset's text off the main thread (the ~0.5 s of a 50,000-agreement file).
import { handleParseRequest, type ParseReply, type ParseRequest } from './parse-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (reply: ParseReply) => void;
};

scope.onmessage = (event) => handleParseRequest(event.data, (reply) => scope.postMessage(reply));
