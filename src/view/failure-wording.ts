// The error panel's heading and lead sentence, worded for the kind of failure (address, network, server, stop, contents).
import type { FailureKind } from '../state/store';

export interface FailureWording {
  heading: string;
  lead: string;
}

/** What is on screen under the failure: nothing yet, the bundled sample (first visit), or the dataset as it was. */
export type Shown = 'none' | 'sample' | 'unchanged';

const SHOWN: Readonly<Record<Shown, string>> = {
  none: '',
  sample: 'The bundled sample is shown. ',
  unchanged: 'The dataset shown is unchanged. ',
};

/** The wording for a failure of `kind` from `source`, with `count` problems listed under it. */
export function failureWording(kind: FailureKind, source: string, count: number, shown: Shown): FailureWording {
  const still = SHOWN[shown];
  switch (kind) {
    case 'address':
      return { heading: `Cannot use the address ${source}`, lead: `${still}Correct the address in the link:` };
    case 'network':
      return {
        heading: `Could not reach ${source}`,
        lead: `${still}The file could not be fetched: the server is unreachable, you are offline, or it does not allow other sites to read it.`,
      };
    case 'server':
      return { heading: `The server refused ${source}`, lead: `${still}What the server answered:` };
    case 'stopped':
      return { heading: `Stopped loading ${source}`, lead: `${still}Nothing of it was loaded:` };
    case 'contents': {
      const problems = `${count} ${count === 1 ? 'problem' : 'problems'}`;
      return {
        heading: `Could not open ${source}: ${problems}`,
        lead: `${still}Fix these places in the file and open it again:`,
      };
    }
  }
}
