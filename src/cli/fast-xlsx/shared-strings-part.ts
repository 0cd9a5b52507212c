import { decodeEscapedCharacters } from './exceljs-semantics';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner';

export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

/** An <si> with neither text nor runs: ExcelJS gives its cells the text "[object Object]"; left to ExcelJS. */
export const EMPTY_ITEM = null;

const TEXT_ELEMENTS = new Set(['t', 'r']);

/**
 * xl/sharedStrings.xml as ExcelJS reads it: each <si> is its <t> text or the
 * concatenated <t> of its rich-text runs <r>; phonetic runs <rPh> and
 * properties are ignored; _xHHHH_ escapes become characters.
 */
export function readSharedStrings(xml: string): (string | typeof EMPTY_ITEM)[] {
  const x: XmlScanner = new XmlScanner(xml, SHARED_STRINGS_PART);
  x.expectRoot('sst');
  const out: (string | typeof EMPTY_ITEM)[] = [];
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    // ExcelJS refuses anything else here.
    if (x.name !== 'si') x.fail(`意外的元素 <${x.name}>`);
    out.push(readItem(x));
  }
  return out;
}

function readItem(x: XmlScanner): string | typeof EMPTY_ITEM {
  let text: string | undefined;
  let runs: string[] | undefined;
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name === 't') {
      // A <t> replaces whatever the item held, runs included.
      text = decodeEscapedCharacters(x.textContent() ?? '');
      runs = undefined;
    } else if (x.name === 'r') {
      // Runs after a plain <t>: ExcelJS fails on them.
      if (text !== undefined) x.fail('<si> 中 <t> 之后又有 <r>');
      (runs ??= []).push(readRun(x));
    } else {
      // <rPh>, <phoneticPr> and the like.
      x.skipElement(x.name === 'rPh' ? undefined : TEXT_ELEMENTS);
    }
  }
  if (text !== undefined) return text;
  return runs ? runs.join('') : EMPTY_ITEM;
}

/** The text of one rich-text run <r> (its last <t>; none: ""). */
export function readRun(x: XmlScanner): string {
  let text = '';
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name === 't') text = decodeEscapedCharacters(x.textContent() ?? '');
    else if (x.name === 'rPr') x.skipElement(TEXT_ELEMENTS);
    else x.fail(`文本段 <r> 中有意外的元素 <${x.name}>`);
  }
  return text;
}
