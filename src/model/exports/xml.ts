// XML text helpers for the file exports: characters XML cannot hold removed, the rest escaped, ids made unique.
import { LONE_SURROGATE } from '../text-bytes';

/**
 * Characters that may not appear in an XML 1.0 document, plus the C1 and DEL controls that readers such as
 * Gephi choke on: C0 controls other than tab/LF/CR, DEL..U+009F, U+FFFE/U+FFFF and unpaired surrogates.
 */
const NOT_XML = new RegExp(
  // The control characters XML forbids, then the broken surrogates (the validator refuses those in ids).
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE.source}`,
  'g',
);

/** The text without the characters XML cannot carry. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/** Escaped for an XML attribute value in double quotes; tab and line breaks kept as character references. */
export function xmlAttribute(value: string | number): string {
  return xmlSafe(String(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Escaped for XML element content. */
export function xmlText(value: string | number): string {
  return xmlSafe(String(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * An XML-safe, unique id for every key. Removing characters (or renaming a hub node) could make two keys
 * equal; keys whose renamed form needed no cleaning keep it, and a changed one that collides gets a `#2`, `#3` suffix
 * rather than silently merging two nodes.
 */
export function uniqueXmlIds(
  keys: readonly string[],
  rename: (key: string) => string = (key) => key,
): Map<string, string> {
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const changed: string[] = [];
  for (const key of keys) {
    const clean = xmlSafe(rename(key));
    if (clean === rename(key) && !taken.has(clean)) {
      taken.add(clean);
      ids.set(key, clean);
    } else changed.push(key);
  }
  for (const key of changed) {
    const base = xmlSafe(rename(key)) || 'node';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}

/** A number as XML writes it: finite numbers as JavaScript prints them, anything else as 0. */
export const xmlNumber = (value: number): string => (Number.isFinite(value) ? String(value) : '0');
