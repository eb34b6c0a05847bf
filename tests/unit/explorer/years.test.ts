// The explorer's year span: since and until years, reaching asOf for open agreements.
import { describe, expect, it } from 'vitest';
import type { Agreement, Dataset } from '../../../src/model/types';
import { yearSpan } from '../../../src/view/explorer/years';

const tie = (id: string, a: string, b: string, extra: Partial<Agreement> = {}): Agreement => ({
  id,
  kind: 'bilateral',
  parties: [a, b],
  ...extra,
});
const dataset: Pick<Dataset, 'asOf' | 'agreements'> = {
  asOf: '2014-03',
  agreements: [
    tie('ab', 'a', 'b', { since: 2009 }),
    tie('ac', 'a', 'c', { since: '2010-05-01', until: 2012 }),
    tie('bd', 'b', 'd'),
  ],
};

describe('yearSpan', () => {
  it('spans the since and until years (dates by their year), reaching asOf for open agreements', () => {
    expect(yearSpan(dataset)).toEqual([2009, 2014]);
    expect(yearSpan({ agreements: dataset.agreements })).toEqual([2009, 2012]);
    expect(yearSpan({ agreements: [tie('q', 'a', 'b')] })).toBeNull();
  });
});
