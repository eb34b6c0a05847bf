// Low-level query-string pieces of the link format (docs/links.md): splitting, percent-decoding, list escaping.

/**
 * The query's parameters by key (a leading `?` is skipped); the last occurrence of a key wins, so `&view=matrix` appended by hand
 * overrides what a link already says. A Map, so keys like `__proto__` are data like any other key.
 */
export function splitQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  const text = query.startsWith('?') ? query.slice(1) : query;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    const key = decode(equals >= 0 ? part.slice(0, equals) : part);
    if (key === null) continue;
    const value = equals >= 0 ? part.slice(equals + 1) : '';
    params.set(key, value);
  }
  return params;
}

/** Percent-decodes one piece (`+` is a space, as in HTML forms); null for a malformed escape such as `%E0%A4%A`. */
export function decode(piece: string): string | null {
  try {
    return decodeURIComponent(piece.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Percent-encodes one value with encodeURIComponent, which escapes `,`, `&`, `=`, `+`, `%` and `#`, so any id
 * survives inside a comma-separated list. A lone UTF-16 surrogate (which no URL can carry) becomes U+FFFD
 * instead of throwing.
 */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(
      value.replace(/[\uD800-\uDFFF]/g, (unit, offset: number, whole: string) => {
        const code = unit.charCodeAt(0);
        const next = whole.charCodeAt(offset + 1);
        const previous = whole.charCodeAt(offset - 1);
        const paired =
          (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) ||
          (code >= 0xdc00 && previous >= 0xd800 && previous <= 0xdbff);
        return paired ? unit : '\uFFFD';
      }),
    );
  }
}

/** A comma-separated list: each item percent-encoded, so an item may itself contain commas. */
export const encodeList = (items: readonly string[]): string => items.map(encode).join(',');

/** Splits a raw (still encoded) value on commas and decodes each item; empty and malformed items are dropped. */
export function decodeList(raw: string): string[] {
  const items: string[] = [];
  for (const piece of raw.split(',')) {
    const item = decode(piece);
    if (item !== null && item !== '') items.push(item);
  }
  return items;
}

/** A number written in plain decimal (`12`, `-3.5`, `1e3` too); null for anything else, including NaN and Infinity. */
export function decodeNumber(raw: string): number | null {
  const text = decode(raw)?.trim() ?? '';
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A whole number such as a year; null for fractions and anything that is not a number. */
export function decodeInteger(raw: string): number | null {
  const value = decodeNumber(raw);
  return value !== null && Number.isInteger(value) ? value : null;
}

/** A short decimal for a link: at most `digits` decimals, no trailing zeros, never `-0`. */
export function formatNumber(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
