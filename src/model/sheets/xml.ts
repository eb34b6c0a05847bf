// A minimal, linear-time XML reader for the SpreadsheetML parts of an .xlsx file (no DTDs, no entity expansion).
import { groupedInteger } from '../number-text';

/** One element: its local name (namespace prefix dropped), attributes by local name, and children in order. */
export interface XmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * Decodes the five predefined entities and numeric character references. Any other entity is left
 * as written: documents with a DTD are never expanded, which rules out "billion laughs" inputs.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
    return PREDEFINED.get(body) ?? whole;
  });
}

const safeCodePoint = (code: number): string | undefined =>
  code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;

const localName = (qualified: string): string => {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
};

/** The attributes of most cells' children (<v>, <t>, <is>): one shared empty map, not one each. */
const NO_ATTRS: ReadonlyMap<string, string> = new Map();

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/**
 * The attributes in source[from, to): `name="value"` or `name='value'`, scanned by hand (a regex and a Map per
 * element made most of the garbage of a 27 MB workbook). Text that is not an attribute is skipped, as before.
 */
function parseAttributes(source: string, from: number, to: number): ReadonlyMap<string, string> {
  let attrs: Map<string, string> | null = null;
  let at = from;
  while (at < to) {
    const eq = source.indexOf('=', at);
    if (eq === -1 || eq >= to) break;
    let nameEnd = eq;
    while (nameEnd > at && isSpace(source.charCodeAt(nameEnd - 1))) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > at) {
      const code = source.charCodeAt(nameStart - 1);
      if (isSpace(code) || code === 47 /* / */) break;
      nameStart--;
    }
    let quoteAt = eq + 1;
    while (quoteAt < to && isSpace(source.charCodeAt(quoteAt))) quoteAt++;
    const quote = source[quoteAt];
    if (quote !== '"' && quote !== "'") {
      at = eq + 1;
      continue;
    }
    const close = source.indexOf(quote, quoteAt + 1);
    if (close === -1 || close >= to) break;
    at = close + 1;
    if (nameStart === nameEnd) continue;
    const name = source.slice(nameStart, nameEnd);
    // `xmlns:r="…"` declarations are not data; everything else is keyed by its local name.
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    (attrs ??= new Map()).set(localName(name), decodeEntities(source.slice(quoteAt + 1, close)));
  }
  return attrs ?? NO_ATTRS;
}

/** Whether source[from, to) holds anything but white space. */
function hasNonSpace(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(source.charCodeAt(i))) return true;
  return false;
}

/** Thrown when a document holds more elements than the caller allows (a bound on memory, not a syntax error). */
export class XmlLimitError extends Error {}

/**
 * Parses a document into its root element; throws an Error naming the offset on malformed markup, and an
 * XmlLimitError past `maxElements` elements (each costs a few hundred bytes as a tree).
 */
export function parseXml(source: string, maxElements = Infinity): XmlElement {
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  let at = 0;
  let elements = 0;
  const top = (): XmlElement => stack[stack.length - 1] ?? root;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const textEnd = open === -1 ? source.length : open;
    if (textEnd > at && stack.length > 1) {
      // Indentation between elements is dropped (less garbage on big sheets); in a <t> text run spaces are data.
      if (top().name === 't' || hasNonSpace(source, at, textEnd))
        top().children.push(decodeEntities(source.slice(at, textEnd)));
    }
    if (open === -1) break;
    const next = source.charCodeAt(open + 1);
    if (next === 33 /* ! */ && source.startsWith('<![CDATA[', open)) {
      const end = expect(source, ']]>', open);
      top().children.push(source.slice(open + 9, end));
      at = end + 3;
    } else if (next === 33 && source.startsWith('<!--', open)) {
      at = expect(source, '-->', open) + 3;
    } else if (next === 63 /* ? */) {
      at = expect(source, '?>', open) + 2;
    } else if (next === 33) {
      // A DOCTYPE: skipped whole (including an internal subset), its entities are never defined.
      const bracket = source.indexOf('[', open);
      const close = source.indexOf('>', open);
      at = (bracket !== -1 && bracket < close ? expect(source, ']>', open) + 2 : close + 1) || source.length;
    } else if (next === 47 /* / */) {
      const end = expect(source, '>', open);
      const name = localName(source.slice(open + 2, end).trim());
      if (stack.length <= 1 || top().name !== name) throw new Error(`unexpected </${name}> at offset ${open}`);
      stack.pop();
      at = end + 1;
    } else {
      const end = tagEnd(source, open);
      const selfClosing = source.charCodeAt(end - 1) === 47;
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = open + 1;
      while (nameEnd < bodyEnd) {
        const code = source.charCodeAt(nameEnd);
        if (isSpace(code) || code === 47) break;
        nameEnd++;
      }
      if (++elements > maxElements) throw new XmlLimitError(`more than ${groupedInteger(maxElements)} elements`);
      const element: XmlElement = {
        name: localName(source.slice(open + 1, nameEnd)),
        attrs: nameEnd < bodyEnd ? parseAttributes(source, nameEnd, bodyEnd) : NO_ATTRS,
        children: [],
      };
      top().children.push(element);
      if (!selfClosing) stack.push(element);
      at = end + 1;
    }
  }
  if (stack.length > 1) throw new Error(`<${top().name}> is never closed`);
  const first = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!first) throw new Error('no root element');
  return first;
}

function expect(source: string, token: string, from: number): number {
  const end = source.indexOf(token, from);
  if (end === -1) throw new Error(`markup opened at offset ${from} is never closed`);
  return end;
}

/** The `>` that closes a start tag, skipping any `>` inside quoted attribute values. */
function tagEnd(source: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < source.length; i += 1) {
    const char = source[i];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
  }
  throw new Error(`tag opened at offset ${from} is never closed`);
}

/** Child elements with a given local name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);

export const firstChild = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);

/** All text inside an element, in document order. */
export function textOf(element: XmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textOf(child);
  return text;
}

/** Escapes text for element content or a double-quoted attribute. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;',
  );
