// @vitest-environment jsdom
// The single-file export's payload: JSON safely inside <script> tags, read back by the app from the document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_DATA_ID,
  EMBEDDED_STATE_ID,
  escapeJsonForScript,
  readEmbeddedDataset,
  readEmbeddedState,
} from '../../../src/embed/embedded';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${body}</head><body></body></html>`, 'text/html');
}
const script = (id: string, text: string) => `<script type="application/json" id="${id}">${text}</script>`;

describe('escapeJsonForScript', () => {
  it('keeps a hostile label inside its script element and parses back to the same value', () => {
    const value = { label: '</script><script>alert(1)</script><!-- x', line: 'a\u2028b' };
    const doc = page(script(EMBEDDED_DATA_ID, escapeJsonForScript(JSON.stringify(value))));
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(readEmbeddedDataset(doc) ?? '')).toEqual(value);
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = escapeJsonForScript(JSON.stringify(value));
        expect(text).not.toContain('<');
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('readEmbeddedDataset / readEmbeddedState', () => {
  it('return null on a page without the elements (the app then fetches)', () => {
    const doc = page('');
    expect(readEmbeddedDataset(doc)).toBeNull();
    expect(readEmbeddedState(doc)).toBeNull();
  });

  it('read the opening view stored as a JSON string, or as a bare query', () => {
    expect(readEmbeddedState(page(script(EMBEDDED_STATE_ID, JSON.stringify('view=matrix&matrix=a%3Cb'))))).toBe(
      'view=matrix&matrix=a%3Cb',
    );
    expect(readEmbeddedState(page(script(EMBEDDED_STATE_ID, ' view=country ')))).toBe('view=country');
    expect(readEmbeddedState(page(script(EMBEDDED_STATE_ID, '{"view":1}')))).toBeNull();
  });

  it('treat a blank element as absent', () => {
    expect(readEmbeddedDataset(page(script(EMBEDDED_DATA_ID, '  \n')))).toBeNull();
  });
});
