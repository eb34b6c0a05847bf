// Opening the app: the view from the link (or the page's embedded view), then the dataset from ?data=, the page, or the sample.
import { parseQuery } from '../embed/codec';
import type { ViewState } from '../embed/view-state';
import { applyLinkState, loadDatasetFromText, setDataRef } from './actions';
import { DEFAULT_DATASET_NAME, DEFAULT_DATASET_URL } from './default-dataset';
import { loadDatasetFromUrl, type Fetcher } from './load';

export interface StartupInput {
  /** The page's query string (`location.search`). */
  search: string;
  /** The page's address, for relative `?data=` URLs. */
  href: string;
  /** A dataset embedded in the page (single-file export), or null. */
  embeddedData: string | null;
  /** The opening view embedded in the page, as a link query, or null. */
  embeddedState: string | null;
  fetcher?: Fetcher;
}

/** What the header calls a dataset that came inside the page. */
export const EMBEDDED_DATASET_NAME = 'embedded in this page';

/**
 * The link's view state: the embedded opening view first, then the page's own query on top, so a
 * link to an exported file can still pick another view. Exported so the merge can be tested alone.
 */
export function openingState(input: Pick<StartupInput, 'search' | 'embeddedState'>): Partial<ViewState> {
  return { ...parseQuery(input.embeddedState ?? ''), ...parseQuery(input.search) };
}

export async function startApp(input: StartupInput): Promise<void> {
  const link = openingState(input);
  applyLinkState(link);
  if (link.data) {
    await loadDatasetFromUrl(link.data, { base: input.href, fetcher: input.fetcher });
  } else if (input.embeddedData !== null) {
    if (loadDatasetFromText(input.embeddedData, EMBEDDED_DATASET_NAME).ok) setDataRef(null);
  } else {
    await loadDatasetFromUrl(DEFAULT_DATASET_URL, {
      base: input.href,
      name: DEFAULT_DATASET_NAME,
      allowData: true,
      fetcher: input.fetcher,
      dataRef: null,
    });
  }
}
