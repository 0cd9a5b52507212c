/**
 * The fast reader's XML tokenizer: decodes text and attributes as the XML
 * parser under ExcelJS (saxes) does, and refuses what that parser refuses.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { CLOSE, END, OPEN, TEXT, XmlScanner } from '../../src/cli/fast-xlsx/xml-scanner';
import { FastXlsxError } from '../../src/cli/fast-xlsx/fast-xlsx-error';

type Token = [string, string] | [string, string, Record<string, string>];

function tokens(xml: string, attrNames: string[] = []): Token[] {
  const x = new XmlScanner(xml, 'test.xml');
  const out: Token[] = [];
  for (let k = x.next(); k !== END; k = x.next()) {
    if (k === OPEN) out.push(['open', x.name, Object.fromEntries(attrNames.flatMap((n) => (x.attr(n) === undefined ? [] : [[n, x.attr(n)!]])))]);
    else if (k === CLOSE) out.push(['close', x.name]);
    else if (k === TEXT) out.push(['text', x.text()]);
  }
  return out;
}

/** Text and attribute values as saxes reports them. */
function saxes(xml: string): { texts: string[]; attrs: Record<string, string>[] } {
  const p = new SaxesParser();
  const texts: string[] = [];
  const attrs: Record<string, string>[] = [];
  let error: Error | undefined;
  p.on('text', (t) => texts.push(t));
  p.on('opentag', (t) => attrs.push(t.attributes as Record<string, string>));
  p.on('error', (e) => (error ??= e));
  p.write(xml).close();
  if (error) throw error;
  return { texts, attrs };
}

/** Reads the whole document, using every text (whose entities are checked when it is used). */
const refused = (xml: string) => () => {
  const x = new XmlScanner(xml, 'test.xml');
  for (let k = x.next(); k !== END; k = x.next()) if (k === TEXT) x.text();
};

describe('XmlScanner', () => {
  it('reports elements, text and self-closing elements (as a start and an end)', () => {
    expect(tokens('<?xml version="1.0"?>\n<a x="1"><b/>t<c y=\'2\'>u</c></a>\n', ['x', 'y'])).toEqual([
      ['open', 'a', { x: '1' }],
      ['open', 'b', {}],
      ['close', 'b'],
      ['text', 't'],
      ['open', 'c', { y: '2' }],
      ['text', 'u'],
      ['close', 'c'],
      ['close', 'a'],
    ]);
  });

  it('skips comments and processing instructions, and keeps prefixes in names', () => {
    expect(tokens('<x:a><!-- <b> --><?pi x?><x:b/></x:a>')).toEqual([
      ['open', 'x:a', {}],
      ['open', 'x:b', {}],
      ['close', 'x:b'],
      ['close', 'x:a'],
    ]);
  });

  it('decodes entities, character references and line ends as saxes does', () => {
    const xml = '<a v="1\r\n2\t3&#10;4&#13;5 &amp;lt;"><t>l1\r\nl2\rl3&#13;&#x4E2D;&#25991;&amp;&lt;&gt;&quot;&apos;_x000D_</t></a>';
    const ref = saxes(xml);
    const x = new XmlScanner(xml, 'test.xml');
    x.next();
    expect(x.attr('v')).toBe(ref.attrs[0].v);
    expect(x.attr('v')).toBe('1 2 3\n4\r5 &lt;');
    x.next();
    expect(x.textContent()).toBe(ref.texts[0]);
    expect(ref.texts[0]).toBe('l1\nl2\nl3\r中文&<>"\'_x000D_');
  });

  it('agrees with saxes on any text and attribute value', () => {
    const piece = fc.constantFrom('a', '中', ' ', '\n', '\r', '\r\n', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#13;', '&#x9;', '&#10;', '&#x1F600;', '>', "'", '_x000D_', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 12 }), (t, v) => {
        const text = t.join('');
        const value = v.join('').replace(/"/g, '&quot;');
        const xml = `<a v="${value}"><t>${text}</t></a>`;
        const ref = saxes(xml);
        const x = new XmlScanner(xml, 'test.xml');
        x.next();
        expect(x.attr('v')).toBe(ref.attrs[0].v);
        x.next();
        const got = x.textContent();
        expect(got ?? '').toBe(ref.texts.join(''));
      }),
    );
  });

  it.each([
    ['a mismatched end tag', '<a><b></a></b>'],
    ['a missing end tag (truncated)', '<a><b>text'],
    ['a truncated start tag', '<a><b x="1'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an unterminated entity', '<a>&amp</a>'],
    ['a reference to a character XML does not allow', '<a>&#1;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['attributes without space between them', '<a x="1"y="2"/>'],
    ['"<" in an attribute value', '<a x="<"/>'],
    ['text outside the root', '<a/>b'],
    ['a second root', '<a/><b/>'],
    ['no root at all', '   '],
    ['CDATA (left to ExcelJS)', '<a><![CDATA[x]]></a>'],
    ['a DOCTYPE (left to ExcelJS)', '<!DOCTYPE a><a/>'],
  ])('refuses %s', (_, xml) => {
    expect(refused(xml)).toThrow(FastXlsxError);
    try {
      refused(xml)();
    } catch (e) {
      expect((e as FastXlsxError).code).toBe('corrupt');
      expect((e as FastXlsxError).message).toMatch(/^工作簿已损坏或格式不正确：test\.xml /);
    }
  });
});
