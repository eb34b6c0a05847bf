// The Web Worker that reads, resolves and validates spreadsheets off the main thread (tens of seconds for 50,000 rows).
import { createSheetJobs } from './sheets-job';
import type { SheetReply, SheetRequest } from './sheets-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SheetRequest>) => void) | null;
  postMessage: (reply: SheetReply) => void;
};

const handle = createSheetJobs();
scope.onmessage = (event) => handle(event.data, (reply) => scope.postMessage(reply));
