// The credit line of pictures and printouts, and view links that carry a dataset fragment.
import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../../src/embed/view-state';
import { creditLine, sizeText, viewUrl } from '../../../src/view/present/share-links';

describe('creditLine', () => {
  it('names the app, the dataset, its date and the link that reopens the view', () => {
    expect(creditLine({ title: 'BSR Stars', asOf: '2024-11-01', link: 'https://x.example/?view=matrix' })).toBe(
      'Alliance Atlas · BSR Stars · data as of 2024-11-01 · https://x.example/?view=matrix',
    );
  });

  it('names the file instead of a link for a local dataset, and leaves out what the dataset lacks', () => {
    expect(creditLine({ title: undefined, asOf: undefined, link: null, fileName: 'small.json' })).toBe(
      'Alliance Atlas · from the file small.json',
    );
  });
});

describe('viewUrl with a fragment', () => {
  it('keeps the dataset fragment after the view query, and drops any other fragment', () => {
    const view = { ...defaultViewState(), view: 'rankings' as const };
    expect(viewUrl('https://x.example/app/?old=1#stale', view, false, '#data=abc')).toBe(
      'https://x.example/app/?view=rankings#data=abc',
    );
    expect(viewUrl('https://x.example/app/#stale', view, true)).toBe('https://x.example/app/?view=rankings&embed=1');
  });

  it('states sizes as characters below 1,000 and kB above', () => {
    expect(sizeText(840)).toBe('840 characters');
    expect(sizeText(32_569)).toBe('32.6 kB');
  });
});
