// Country colours for the bump chart from the canvas's own encoding, so a colour names the same country in every view.
import { countryName } from '../../model/countries';
import type { Dataset } from '../../model/types';
import { encodeNodes, OTHER_COLOR } from '../../render/encoding';
import { memoLast } from '../../state/memo';
import { categoryOrdersOf } from '../graph-scene';

/**
 * The colour of each country code, as the network draws actors coloured by country: the dataset-wide colour order
 * (categoryOrdersOf) through the same encodeNodes, so palette, overflow grey and order are the canvas's.
 */
export const countryColorsOf = memoLast((dataset: Dataset): ((code: string) => string) => {
  const order = categoryOrdersOf(dataset).country;
  const { color } = encodeNodes(
    order,
    {
      type: 'category',
      title: 'Country',
      values: new Map(order.map((code) => [code, code])),
      order,
      label: (code) => countryName(code, dataset),
    },
    { title: '', values: new Map() },
  );
  return (code) => color.get(code) ?? OTHER_COLOR;
});
