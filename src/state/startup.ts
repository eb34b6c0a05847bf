// Opening the app: the view from the link (or the page's embedded view), then the dataset from ?data=, the page, or the sample.
import { parseQuery } from '../embed/codec';
import type { ViewState } from '../embed/view-state';
import { hasPackedDataset } from '../embed/fragment-key';
import { applyLinkState, forgetDataAddress, loadDatasetFromText, markOrigin, reportLoadFailure } from './actions';
import { keptLocalDataset, type LocalDataset } from './local-dataset';
import { BLANK_DATA_MESSAGE, loadBundledSample, loadDatasetFromUrl, type Fetcher } from './load';
import { DEFAULT_DATASET_URL } from './default-dataset';
import { useAtlas } from './store';

export interface StartupInput {
  /** The page's query string (`location.search`). */
  search: string;
  /** The page's address, for relative `?data=` URLs. */
  href: string;
  /** The page's fragment (`location.hash`): `#data=…` carries a dataset. */
  hash?: string;
  /** The dataset this browser kept from the last local file (default: read from IndexedDB). */
  kept?: () => Promise<LocalDataset | null>;
  /** A dataset embedded in the page (single-file export), or null. */
  embeddedData: string | null;
  /** The opening view embedded in the page, as a link query, or null. */
  embeddedState: string | null;
  fetcher?: Fetcher;
}

/** What the header calls a dataset that came inside the page. */
export const EMBEDDED_DATASET_NAME = 'embedded in this page';
/** What the header calls a dataset that came inside the link's fragment. */
export const LINKED_DATASET_NAME = 'dataset inside this link';

/**
 * The link's view state: the embedded opening view first, then the page's own query on top, so a
 * link to an exported file can still pick another view. Exported so the merge can be tested alone.
 */
export function openingState(input: Pick<StartupInput, 'search' | 'embeddedState'>): Partial<ViewState> {
  return { ...parseQuery(input.embeddedState ?? ''), ...parseQuery(input.search) };
}

const loadSample = (input: StartupInput, fetcher = input.fetcher): Promise<boolean> =>
  loadBundledSample(input.href, fetcher);

/**
 * A fetcher whose first request for the sample is answered by a download started now. Most openings end with the
 * sample, and the look for a kept local file waits on IndexedDB behind the page's first render (100–200 ms): the
 * sample's download runs meanwhile. A kept file then wins and the download is left unread.
 */
function sampleFetchedEarly(input: StartupInput): Fetcher {
  const fetcher: Fetcher = input.fetcher ?? ((url, init) => fetch(url, init));
  const url = new URL(DEFAULT_DATASET_URL, input.href).href;
  let early: ReturnType<Fetcher> | null = fetcher(url);
  // Unread when a kept file opens instead: its failure is then nobody's to report.
  early.catch(() => undefined);
  return (asked, init) => {
    const answer = asked === url && early !== null ? early : fetcher(asked, init);
    early = null;
    return answer;
  };
}

/**
 * The dataset a `#data=` fragment carries. When it cannot be read (damaged) or is not valid (its problems, by
 * place), the sample opens under that failure: the sample's own load would otherwise clear it.
 */
async function openLinkedDataset(input: StartupInput, hash: string): Promise<void> {
  const { unpackDataset } = await import('../embed/fragment');
  const unpacked = unpackDataset(hash);
  if ('error' in unpacked) reportLoadFailure(LINKED_DATASET_NAME, unpacked.error);
  else if (loadDatasetFromText(unpacked.text, LINKED_DATASET_NAME).ok) {
    markOrigin('link');
    return;
  }
  await openUnder(() => loadSample(input).then(() => undefined));
}

/** Runs `open` (which loads some other dataset) under the failure reported before it, kept on screen throughout. */
async function openUnder(open: () => Promise<void>): Promise<void> {
  const failure = useAtlas.getState().failure;
  // A good load clears the failure; put back at once, in the same update, so the error panel does not blink.
  const unsubscribe = useAtlas.subscribe((state) => {
    if (state.failure === null && failure !== null) useAtlas.setState({ failure });
  });
  try {
    await open();
  } finally {
    unsubscribe();
  }
  useAtlas.setState({ failure });
}

/**
 * Opens the link's view, then its dataset, in this order of precedence: `?data=`, a dataset inside the link's
 * fragment, a dataset inside the page, the last local file this browser kept, the bundled sample.
 * A `?data=` that fails leaves the address bar: what opens instead is what a reload without it would show,
 * under the failure, which names the address so it can be corrected.
 */
export async function startApp(input: StartupInput): Promise<void> {
  const link = openingState(input);
  const blank = typeof link.data === 'string' && link.data.trim() === '';
  // A blank ?data= never resolves: as a URL it would be the page itself.
  applyLinkState(blank ? { ...link, data: null } : link);
  if (blank) reportLoadFailure("the link's ?data=", BLANK_DATA_MESSAGE, 'address');
  if (link.data && !blank) {
    if (await loadDatasetFromUrl(link.data, { base: input.href, fetcher: input.fetcher })) return;
    forgetDataAddress();
    await openUnder(() => openWithoutAddress(input));
  } else if (blank) await openUnder(() => openWithoutAddress(input));
  else await openWithoutAddress(input);
}

/** The datasets that need no `?data=`: inside the link's fragment, inside the page, kept locally, the sample. */
async function openWithoutAddress(input: StartupInput): Promise<void> {
  const hash = input.hash ?? '';
  if (hasPackedDataset(hash)) {
    await openLinkedDataset(input, hash);
  } else if (input.embeddedData !== null) {
    if (loadDatasetFromText(input.embeddedData, EMBEDDED_DATASET_NAME).ok) markOrigin('page');
  } else {
    const fetcher = sampleFetchedEarly(input);
    const kept = await (input.kept ?? keptLocalDataset)();
    if (kept !== null && loadDatasetFromText(kept.text, kept.name).ok) markOrigin('local');
    else await loadSample(input, fetcher);
  }
}
