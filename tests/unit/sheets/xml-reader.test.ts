// The workbook parts' XML reader: attributes in every legal spelling, text kept only where it is data, and entities decoded.
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlNode } from '../../../src/model/sheets/xml';

/** An element as plain data: name, sorted attributes, children. */
const plain = (node: XmlNode): unknown =>
  typeof node === 'string' ? node : [node.name, Object.fromEntries(node.attrs), node.children.map(plain)];

describe('parseXml', () => {
  it('reads attributes quoted either way, with spaces around =, prefixed, entity-coded, and > inside a value', () => {
    const root = parseXml(`<a x = "1" y='2' ns:z="&amp;&#65;&#x42;" w="a>b" xmlns="u" xmlns:ns="v"><b/></a>`);
    expect(plain(root)).toEqual(['a', { x: '1', y: '2', z: '&AB', w: 'a>b' }, [['b', {}, []]]]);
  });

  it('skips words in a tag that are not attributes, and reads a self-closing tag with attributes', () => {
    expect(plain(parseXml(`<row foo r="3"><c r="A3" t="s"/><c bar = r="B3"/></row>`))).toEqual([
      'row',
      { r: '3' },
      [
        ['c', { r: 'A3', t: 's' }, []],
        ['c', { r: 'B3' }, []],
      ],
    ]);
  });

  it('drops indentation between elements but keeps spaces inside a text run, and decodes text', () => {
    const root = parseXml(`<si>\n  <t xml:space="preserve">  two  </t>\n  <r><t>a &lt; b</t></r>\n</si>`);
    expect(plain(root)).toEqual([
      'si',
      {},
      [
        ['t', { space: 'preserve' }, ['  two  ']],
        ['r', {}, [['t', {}, ['a < b']]]],
      ],
    ]);
  });

  it('keeps CDATA as written and skips comments, processing instructions and a DOCTYPE', () => {
    const root = parseXml(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x><!-- note --><v><![CDATA[1 < 2 &e;]]></v></x>`,
    );
    expect(plain(root)).toEqual(['x', {}, [['v', {}, ['1 < 2 &e;']]]]);
  });

  it('names the offset of a mismatched closing tag', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/unexpected <\/a> at offset 6/);
  });
});
