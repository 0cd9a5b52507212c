/**
 * A small XML well-formedness check for custom XML parts: one root element, balanced and properly nested
 * tags, quoted attributes, comments / CDATA / processing instructions skipped. Returns the root element's
 * namespace URI ('' when it has none), or undefined when the text is not well-formed XML.
 */
export function rootNamespaceOf(xml: string): string | undefined {
  const stack: string[] = [];
  let rootNamespace: string | undefined;
  let rootSeen = false;
  let i = 0;
  const text = xml.replace(/^\uFEFF/, '');
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const between = text.slice(i, lt === -1 ? text.length : lt);
    if (stack.length === 0 && between.trim() !== '') return undefined;
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) return undefined;
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end === -1 || stack.length === 0) return undefined;
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt);
      if (end === -1) return undefined;
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!', lt)) {
      if (rootSeen) return undefined;
      const end = text.indexOf('>', lt);
      if (end === -1) return undefined;
      i = end + 1;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_\u00C0-\uFFFF][\w.\-:\u00C0-\uFFFF]*)((?:\s+[A-Za-z_:\u00C0-\uFFFF][\w.\-:\u00C0-\uFFFF]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(text.slice(lt));
    if (!tag) return undefined;
    const [whole, closing, name, attributes, selfClosing] = tag;
    if (closing) {
      if (attributes.trim() !== '' || selfClosing || stack.pop() !== name) return undefined;
    } else {
      if (stack.length === 0) {
        if (rootSeen) return undefined;
        rootSeen = true;
        rootNamespace = namespaceOf(name, attributes);
      }
      if (!selfClosing) stack.push(name);
    }
    i = lt + whole.length;
  }
  return rootSeen && stack.length === 0 ? rootNamespace ?? '' : undefined;
}

function namespaceOf(elementName: string, attributes: string): string {
  const colon = elementName.indexOf(':');
  const attribute = colon === -1 ? 'xmlns' : `xmlns:${elementName.slice(0, colon)}`;
  const pattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(attributes); match; match = pattern.exec(attributes)) {
    if (match[1] === attribute) return match[2] ?? match[3] ?? '';
  }
  return '';
}
