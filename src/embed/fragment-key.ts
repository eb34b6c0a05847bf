// The `#data=` fragment's key alone, without the packing code, for the start-up path and the address-bar sync.

/** The fragment's key: `#data=` followed by the packed dataset (see fragment.ts). */
export const FRAGMENT_PREFIX = '#data=';

/** Whether a page's `location.hash` carries a dataset. */
export const hasPackedDataset = (hash: string): boolean => hash.startsWith(FRAGMENT_PREFIX);

/**
 * Longest fragment the Share dialog offers, in characters. Chromium accepts addresses up to 2 MB, but mail and chat
 * clients and link shorteners cut long links; 64 kB holds a few hundred actors (the BSR Stars sample packs to ~30 kB)
 * and stays well inside what the browsers take. docs/links.md gives the figures.
 */
export const MAX_FRAGMENT_LENGTH = 65_536;
