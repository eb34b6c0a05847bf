// The search index of the loaded dataset, built once per dataset, with country names as the app shows them.
import { countryName } from '../../model/countries';
import { buildSearchIndex, type SearchEntry } from '../../model/search';
import type { Dataset } from '../../model/types';
import { memoLast } from '../../state/memo';

export const searchIndexOf = memoLast((dataset: Dataset): SearchEntry[] =>
  buildSearchIndex(dataset, (code) => countryName(code, dataset)),
);
