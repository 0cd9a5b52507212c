/**
 * A small .xlsx reader for the playground, in the browser: JSZip for the
 * package, DOMParser for the XML. It reads what the stand-in can hold —
 * values, cached formula results and formula text, number formats, fills,
 * merged areas, column widths, sheet visibility — and nothing else (no
 * styles beyond fills, no comments, no charts). Loaded only by the
 * playground's file picker, as its own chunk.
 */
import JSZip from 'jszip';
import type { StandinCellValue, StandinSheetData, StandinWorkbookData } from '../standin';

export interface ReadWorkbook {
  data: StandinWorkbookData;
  /** Column widths in Excel character units, by sheet then column letters. */
  columnWidths: Record<string, Record<string, number>>;
}

/** Cells beyond this many per sheet are left out (the playground is for forms, not data dumps). */
const MAX_ROWS = 2000;
const MAX_COLS = 100;

const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 14: 'yyyy/m/d', 49: '@',
};

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('the workbook contains malformed XML');
  return doc;
}

/** Elements by local name, with or without a namespace prefix. */
function all(parent: Document | Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS('*', name));
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === name);
}

async function xmlOf(zip: JSZip, path: string): Promise<Document | null> {
  const file = zip.file(path);
  return file ? parseXml(await file.async('string')) : null;
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function textOf(si: Element): string {
  // Rich text runs and plain <t>; phonetic runs (<rPh>) are not part of the text.
  return all(si, 't')
    .filter((t) => t.parentElement?.localName !== 'rPh')
    .map((t) => t.textContent ?? '')
    .join('');
}

function decodeCell(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Styles {
  formats: (string | null)[];
  fills: (string | null)[];
}

function readStyles(doc: Document | null): Styles {
  if (!doc) return { formats: [], fills: [] };
  const custom = new Map<number, string>();
  for (const f of all(doc, 'numFmt')) custom.set(Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? 'General');
  const fillColours = all(doc, 'fill').map((fill) => {
    const pattern = all(fill, 'patternFill')[0];
    if (!pattern || pattern.getAttribute('patternType') !== 'solid') return null;
    const rgb = all(pattern, 'fgColor')[0]?.getAttribute('rgb');
    return rgb && /^[0-9A-F]{8}$/i.test(rgb) ? `#${rgb.slice(2).toUpperCase()}` : null;
  });
  const cellXfs = all(doc, 'cellXfs')[0];
  const xfs = cellXfs ? children(cellXfs, 'xf') : [];
  return {
    formats: xfs.map((xf) => {
      const id = Number(xf.getAttribute('numFmtId') ?? 0);
      return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
    }),
    fills: xfs.map((xf) => fillColours[Number(xf.getAttribute('fillId') ?? 0)] ?? null),
  };
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(fill));
}

function readSheet(name: string, doc: Document, strings: string[], styles: Styles): { sheet: StandinSheetData; widths: Record<string, number> } {
  const entries: { row: number; col: number; value: StandinCellValue; formula: string | null; format: string | null; fill: string | null }[] = [];
  for (const c of all(doc, 'c')) {
    const at = decodeCell(c.getAttribute('r') ?? '');
    if (!at || at.row >= MAX_ROWS || at.col >= MAX_COLS) continue;
    const type = c.getAttribute('t') ?? 'n';
    const v = children(c, 'v')[0]?.textContent ?? null;
    const f = children(c, 'f')[0]?.textContent || null;
    let value: StandinCellValue = null;
    if (type === 's') value = v === null ? null : strings[Number(v)] ?? '';
    else if (type === 'inlineStr') value = children(c, 'is').map(textOf).join('');
    else if (type === 'str' || type === 'e') value = v;
    else if (type === 'b') value = v === null ? null : v === '1';
    else value = v === null || v === '' ? null : Number(v);
    const style = Number(c.getAttribute('s') ?? 0);
    const format = styles.formats[style] ?? null;
    const fill = styles.fills[style] ?? null;
    if (value === null && !f && !fill) continue;
    entries.push({ ...at, value, formula: f ? `=${f}` : null, format, fill });
  }
  const merges = all(doc, 'mergeCell')
    .map((m) => m.getAttribute('ref') ?? '')
    .filter((ref) => /^[A-Z]+\d+:[A-Z]+\d+$/.test(ref));
  const rows = Math.max(0, ...entries.map((e) => e.row + 1));
  const cols = Math.max(0, ...entries.map((e) => e.col + 1));
  const cells = grid<StandinCellValue>(rows, cols, null);
  const formulas = grid<string | null>(rows, cols, null);
  const numberFormats = grid<string | null>(rows, cols, null);
  const fills = grid<string | null>(rows, cols, null);
  for (const e of entries) {
    cells[e.row][e.col] = e.value;
    formulas[e.row][e.col] = e.formula;
    numberFormats[e.row][e.col] = e.format && e.format !== 'General' ? e.format : null;
    fills[e.row][e.col] = e.fill;
  }
  const widths: Record<string, number> = {};
  for (const col of all(doc, 'col')) {
    const width = Number(col.getAttribute('width'));
    const min = Number(col.getAttribute('min'));
    const max = Math.min(Number(col.getAttribute('max')), MAX_COLS);
    if (!Number.isFinite(width) || !min) continue;
    for (let c = min; c <= max; c++) widths[columnLetters(c - 1)] = width;
  }
  const has = (g: (string | null)[][]) => g.some((r) => r.some((x) => x !== null));
  const sheet: StandinSheetData = { name, cells, merges };
  if (has(formulas)) sheet.formulas = formulas;
  if (has(numberFormats)) sheet.numberFormats = numberFormats;
  if (has(fills)) sheet.fills = fills;
  return { sheet, widths };
}

/** Reads an .xlsx file's bytes into stand-in data. Throws with a readable message for anything else. */
export async function readXlsx(bytes: ArrayBuffer): Promise<ReadWorkbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new Error('not an .xlsx workbook (legacy .xls and password-protected files are not supported here)');
  }
  const workbook = await xmlOf(zip, 'xl/workbook.xml');
  if (!workbook) throw new Error('not an .xlsx workbook (xl/workbook.xml is missing)');
  const rels = await xmlOf(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const rel of rels ? all(rels, 'Relationship') : []) {
    targets.set(rel.getAttribute('Id') ?? '', resolvePath('xl/workbook.xml', rel.getAttribute('Target') ?? ''));
  }
  const sharedDoc = await xmlOf(zip, 'xl/sharedStrings.xml');
  const strings = sharedDoc ? all(sharedDoc, 'si').map(textOf) : [];
  const styles = readStyles(await xmlOf(zip, 'xl/styles.xml'));

  const sheets: StandinSheetData[] = [];
  const columnWidths: ReadWorkbook['columnWidths'] = {};
  for (const entry of all(workbook, 'sheet')) {
    const name = entry.getAttribute('name') ?? `Sheet${sheets.length + 1}`;
    const id = entry.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? entry.getAttribute('r:id') ?? '';
    const path = targets.get(id);
    const doc = path ? await xmlOf(zip, path) : null;
    if (!doc) continue; // chart sheets and dialog sheets have no cells
    const { sheet, widths } = readSheet(name, doc, strings, styles);
    const state = entry.getAttribute('state');
    if (state === 'hidden') sheet.visibility = 'Hidden';
    if (state === 'veryHidden') sheet.visibility = 'VeryHidden';
    sheets.push(sheet);
    columnWidths[name] = widths;
  }
  if (sheets.length === 0) throw new Error('the workbook has no worksheets');
  const visible = sheets.find((s) => !s.visibility || s.visibility === 'Visible');
  return { data: { sheets, activeSheet: visible?.name }, columnWidths };
}
