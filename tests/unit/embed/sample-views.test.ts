// The saved views of the bundled sample are links in this format: each must survive cleaning with nothing dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUERY_KEYS, cleanState, parseQuery, serializeState, stateContextFrom } from '../../../src/embed/codec';
import { defaultViewState } from '../../../src/embed/view-state';
import { parseDatasetText } from '../../../src/model/validate';

const loaded = parseDatasetText(readFileSync('data/bsr-stars.json', 'utf8'));
if (!loaded.ok) throw new Error('data/bsr-stars.json does not load; run npm run validate -- data/bsr-stars.json');
const sample = loaded.dataset;
const context = stateContextFrom(sample);

/** The query with the pairs a default would drop taken out, in the codec's key order, for comparison. */
function normalised(query: string): string {
  return serializeState({ ...defaultViewState(), ...parseQuery(query) });
}

describe('saved views of the bundled sample', () => {
  it('has views to check', () => {
    expect(sample.views?.length ?? 0).toBeGreaterThan(0);
  });

  it.each((sample.views ?? []).map((view) => [view.id, view.state]))('%s keeps every part of %s', (_id, state) => {
    const cleaned = cleanState(parseQuery(state), context);
    expect(serializeState(cleaned)).toBe(normalised(state));
    // Every pair is one the codec reads: a misspelt key or an unreadable value would vanish silently.
    for (const pair of state.split('&')) {
      expect(QUERY_KEYS as readonly string[]).toContain(pair.split('=')[0]);
      expect(parseQuery(pair), pair).not.toEqual({});
    }
  });
});
