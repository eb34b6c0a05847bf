// Text that looks harmless but is not: hidden characters and broken surrogates in ids, links that are not web addresses.
import { ownValue as own, pointer, ProblemList, quote } from './problems';
import { LIST_OF, RECORDS, type RecordName } from './schema-spec';
import { recordsOf } from './validate-refs';
import { LONE_SURROGATE } from './text-bytes';

/**
 * Characters a reader cannot see: C0/C1 controls, zero-width marks, bidirectional embeddings, overrides and
 * isolates, and the byte-order mark. In an id they make two ids that look alike differ, and a
 * right-to-left override can make one id look like another.
 */
// eslint-disable-next-line no-control-regex -- finding the control characters is the point of this pattern
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** The first hidden character of a text, as U+XXXX, or null. */
export function hiddenCharacter(text: string): string | null {
  const found = HIDDEN.exec(text);
  return found === null ? null : `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The record lists whose ids other records refer to. */
const WITH_IDS: Exclude<RecordName, 'dataset'>[] = ['actor', 'agreement', 'sector', 'source', 'country', 'view'];
/** The fields that hold a link: a source's and an actor's `url`. */
const WITH_URLS: Exclude<RecordName, 'dataset'>[] = ['source', 'actor'];

/** Refuses ids with a lone surrogate; warns about hidden characters in ids and `url` values that are not http(s). */
export function warnAboutHiddenText(dataset: Record<string, unknown>, problems: ProblemList): void {
  for (const name of WITH_IDS) {
    const idKey = RECORDS[name].idKey;
    if (idKey === null) continue;
    for (const [record, index] of recordsOf(dataset, name)) {
      const id = own(record, idKey);
      if (typeof id === 'string' && LONE_SURROGATE.test(id)) {
        // Not a warning: XML (so XLSX, GEXF, GraphML) cannot hold it, so two such ids collapse into one there.
        problems.error(
          pointer(pointer(`/${LIST_OF[name]}`, index), idKey),
          `the ${idKey} ${quote(id)} holds a broken character (half of a UTF-16 pair) that spreadsheets and exports cannot keep; type the ${idKey} again`,
        );
        continue;
      }
      const hidden = typeof id === 'string' ? hiddenCharacter(id) : null;
      if (hidden === null) continue;
      problems.warning(
        pointer(pointer(`/${LIST_OF[name]}`, index), idKey),
        `the ${idKey} ${quote(id as string)} holds an invisible character (${hidden}): two ids that look the same can differ by it; type the ${idKey} again without it`,
      );
    }
  }
  for (const name of WITH_URLS) {
    for (const [record, index] of recordsOf(dataset, name)) {
      const url = own(record, 'url');
      if (typeof url !== 'string' || url.trim() === '' || /^https?:\/\//i.test(url.trim())) continue;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
      const what = scheme === undefined ? 'has no http:// or https://' : `is a ${scheme.toLowerCase()}: address`;
      problems.warning(
        pointer(pointer(`/${LIST_OF[name]}`, index), 'url'),
        `the link ${quote(url)} ${what}, so the app shows it as text, never as a link; give a web address starting with https://`,
      );
    }
  }
}
