// A minimal, linear-time XML reader for the SpreadsheetML parts of an .xlsx file (no DTDs, no entity expansion).

/** One element: its local name (namespace prefix dropped), attributes by local name, and children in order. */
export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
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

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const pattern = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const name = match[1] ?? '';
    // `xmlns:r="…"` declarations are not data; everything else is keyed by its local name.
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attrs.set(localName(name), decodeEntities(match[2] ?? match[3] ?? ''));
  }
  return attrs;
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
      const raw = source.slice(at, textEnd);
      // Indentation between elements is dropped (less garbage on big sheets); in a <t> text run spaces are data.
      if (top().name === 't' || /\S/.test(raw)) top().children.push(decodeEntities(raw));
    }
    if (open === -1) break;
    if (source.startsWith('<![CDATA[', open)) {
      const end = expect(source, ']]>', open);
      top().children.push(source.slice(open + 9, end));
      at = end + 3;
    } else if (source.startsWith('<!--', open)) {
      at = expect(source, '-->', open) + 3;
    } else if (source.startsWith('<?', open)) {
      at = expect(source, '?>', open) + 2;
    } else if (source.startsWith('<!', open)) {
      // A DOCTYPE: skipped whole (including an internal subset), its entities are never defined.
      const bracket = source.indexOf('[', open);
      const close = source.indexOf('>', open);
      at = (bracket !== -1 && bracket < close ? expect(source, ']>', open) + 2 : close + 1) || source.length;
    } else if (source[open + 1] === '/') {
      const end = expect(source, '>', open);
      const name = localName(source.slice(open + 2, end).trim());
      if (stack.length <= 1 || top().name !== name) throw new Error(`unexpected </${name}> at offset ${open}`);
      stack.pop();
      at = end + 1;
    } else {
      const end = tagEnd(source, open);
      const selfClosing = source[end - 1] === '/';
      const body = source.slice(open + 1, selfClosing ? end - 1 : end);
      const nameEnd = body.search(/[\s/]|$/);
      if (++elements > maxElements) throw new XmlLimitError(`more than ${maxElements.toLocaleString('en')} elements`);
      const element: XmlElement = {
        name: localName(body.slice(0, nameEnd)),
        attrs: parseAttributes(body.slice(nameEnd)),
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
