// The dataset the app opens when no `?data=` is given: the bundled sample, emitted by Vite as a static asset.
import sampleUrl from '../../data/bsr-stars.json?url';

/** URL of the bundled sample (relative to the page, so the built app works under any sub-path). */
export const DEFAULT_DATASET_URL: string = sampleUrl;
/** How the header names the bundled sample. */
export const DEFAULT_DATASET_NAME = 'bundled sample';
