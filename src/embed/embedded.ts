// The single-file export's payload: the dataset and the opening view, carried in <script type="application/json"> tags.

/** Element id of the embedded dataset (the JSON text of an `alliance-graph@1` file). */
export const EMBEDDED_DATA_ID = 'atlas-data';
/** Element id of the embedded opening view (a JSON string holding a link query, docs/links.md). */
export const EMBEDDED_STATE_ID = 'atlas-state';

/** The smallest part of Document these readers need, so tests can pass a stub. */
export interface ElementLookup {
  getElementById(id: string): { textContent: string | null } | null;
}

/**
 * Escapes JSON text for a `<script type="application/json">` body: every `<` becomes `\u003c` (so neither
 * `</script` nor `<!--` can end or change the element), and U+2028/U+2029 are escaped as well. `<` only occurs
 * inside JSON strings, where `\u003c` means the same, so JSON.parse gives back the same value.
 */
export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The embedded dataset's JSON text, or null when the page has none (the app then fetches as usual). */
export function readEmbeddedDataset(doc: ElementLookup): string | null {
  const text = doc.getElementById(EMBEDDED_DATA_ID)?.textContent ?? null;
  return text !== null && text.trim() !== '' ? text : null;
}

/**
 * The embedded opening view as a link query (without `?`), or null when there is none. The element holds a
 * JSON string so that any query text survives; a bare query is accepted too.
 */
export function readEmbeddedState(doc: ElementLookup): string | null {
  const text = doc.getElementById(EMBEDDED_STATE_ID)?.textContent?.trim() ?? '';
  if (text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : null;
  } catch {
    return text;
  }
}
