import type { RangeRef } from '../../core/grid/a1';
import { rangeToA1 } from '../../core/grid/a1';
import type { CellInput } from '../../core/grid/grid';
import { CellContext, RawCell, toCellInput } from './cell-value';
import { readRun } from './shared-strings-part';
import { CLOSE, eachChild, END, OPEN, XmlScanner } from './xml-scanner';

const MAX_ROW = 1048576;
const MAX_COL = 16384;
/** Elements that only mean something where this reader looks for them. */
const SHEET_ELEMENTS = new Set(['sheetData', 'row', 'c', 'mergeCells', 'mergeCell', 'hyperlinks', 'hyperlink']);

/** A worksheet part as ExcelJS would place it: cells by 0-based row and column (later elements replace earlier ones), merged areas in order. */
export interface SheetCells {
  rows: CellInput[][];
  merges: RangeRef[];
}

/**
 * Reads a worksheet part: <sheetData> (rows and cells, with or without r
 * attributes) and <mergeCells>. A sheet with hyperlinks is left to ExcelJS
 * (it turns a linked cell's value into the link text).
 */
export function readSheetPart(xml: string, part: string, ctx: Omit<CellContext, 'scanner' | 'sharedFormulaMasters'>): SheetCells {
  const x: XmlScanner = new XmlScanner(xml, part);
  const cellCtx: CellContext = {
    styles: ctx.styles,
    sharedStrings: ctx.sharedStrings,
    date1904: ctx.date1904,
    numberTexts: ctx.numberTexts,
    sharedFormulaMasters: new Map(),
    scanner: x,
  };
  x.expectRoot('worksheet');
  let rows: CellInput[][] | undefined;
  let merges: RangeRef[] | undefined;
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name === 'sheetData') {
      if (rows) x.fail('有两个 <sheetData>');
      rows = readSheetData(x, cellCtx);
    } else if (x.name === 'mergeCells') {
      if (merges) x.fail('有两个 <mergeCells>');
      merges = readMergeCells(x);
    } else if (x.name === 'hyperlinks') {
      x.fail('含超链接（交由 ExcelJS 读取）');
    } else {
      x.skipElement(SHEET_ELEMENTS);
    }
  }
  return { rows: rows ?? [], merges: merges ?? [] };
}

function readSheetData(x: XmlScanner, ctx: CellContext): CellInput[][] {
  const rows: CellInput[][] = [];
  let previousRow = 0;
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name !== 'row') x.fail(`<sheetData> 中有意外的元素 <${x.name}>`);
    const r = x.attr('r');
    // Without r a row follows the previous one (ExcelJS cannot read such rows).
    const rowNumber = r === undefined ? previousRow + 1 : parseInt(r, 10);
    if (!(rowNumber >= 1 && rowNumber <= MAX_ROW)) x.fail(`行号 ${r} 无效`);
    const rowStyle = x.attrInt('s');
    // ExcelJS resolves a row's style too (and fails where a cell's would).
    if (rowStyle) ctx.styles.rowStyleCheck(rowStyle, x);
    previousRow = rowNumber;
    // A repeated row replaces the earlier one, as ExcelJS's row list does.
    rows[rowNumber - 1] = readRow(x, ctx);
  }
  return rows;
}

const cell: RawCell = {
  address: undefined,
  type: undefined,
  styleId: NaN,
  value: undefined,
  runs: undefined,
  formula: undefined,
  shareType: undefined,
  sharedIndex: undefined,
  sharedRef: undefined,
};

function readRow(x: XmlScanner, ctx: CellContext): CellInput[] {
  const out: CellInput[] = [];
  let previousCol = 0;
  let droppedSincePrevious = false;
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name !== 'c') x.fail(`<row> 中有意外的元素 <${x.name}>`);
    const address = x.attr('r');
    cell.address = address;
    cell.type = x.attr('t');
    cell.styleId = x.attrInt('s');
    cell.value = undefined;
    cell.runs = undefined;
    cell.formula = undefined;
    cell.shareType = undefined;
    cell.sharedIndex = undefined;
    cell.sharedRef = undefined;
    readCellContent(x);
    let col: number;
    if (address !== undefined) {
      col = columnOf(address, x);
    } else {
      // ExcelJS places a cell without r after the previous cell it kept; where
      // it dropped one in between, that is not where Excel puts it.
      if (droppedSincePrevious) x.fail('缺少 r 属性的单元格位置不明确');
      col = previousCol + 1;
      if (col > MAX_COL) x.fail('单元格超出最大列');
    }
    const input = toCellInput(cell, ctx);
    if (input === null) {
      droppedSincePrevious = true;
      continue;
    }
    out[col - 1] = input;
    previousCol = col;
    droppedSincePrevious = false;
  }
  return out;
}

/** The children of a <c>: formula, value, inline string. */
function readCellContent(x: XmlScanner): void {
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    switch (x.name) {
      case 'v':
      case 't':
        appendValue(x.textContent());
        break;
      case 'f': {
        // A later <f> replaces the attributes and adds to the text, as in ExcelJS.
        cell.shareType = x.attr('t');
        cell.sharedIndex = x.attr('si');
        cell.sharedRef = x.attr('ref');
        const text = x.textContent();
        if (text !== undefined) cell.formula = cell.formula === undefined ? text : cell.formula + text;
        break;
      }
      case 'is':
        readInlineString(x);
        break;
      default:
        // ExcelJS ends the cell at this element's end tag, and loses the rest of the sheet.
        x.fail(`单元格中有意外的元素 <${x.name}>（交由 ExcelJS 读取）`);
    }
  }
}

function appendValue(text: string | undefined): void {
  if (text !== undefined) cell.value = cell.value === undefined ? text : cell.value + text;
}

/** <is>: plain <t> text (kept as written, _xHHHH_ included, as ExcelJS keeps it) or rich-text runs. */
function readInlineString(x: XmlScanner): void {
  for (let k = x.next(); k !== CLOSE; k = x.next()) {
    if (k === END) x.fail('意外结束（文件可能被截断）');
    if (k !== OPEN) continue;
    if (x.name === 't') appendValue(x.textContent());
    else if (x.name === 'r') (cell.runs ??= []).push(readRun(x));
    // <rPh>, <phoneticPr>: ExcelJS ends the cell at their end tag, and loses the rest of the sheet.
    else x.fail(`内联字符串中有 <${x.name}>（交由 ExcelJS 读取）`);
  }
}

/** 1-based column and row of an A1 address ("C12"; no "$", upper case); null when not written so. */
function parseAddress(address: string): { col: number; row: number } | null {
  let i = 0;
  let col = 0;
  for (let c = address.charCodeAt(0); c >= 0x41 && c <= 0x5a && i < 3; c = address.charCodeAt(++i)) col = col * 26 + c - 0x40;
  if (i === 0 || i === address.length || address.charCodeAt(i) === 0x30) return null;
  let row = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    row = row * 10 + c - 0x30;
  }
  return col <= MAX_COL && row <= MAX_ROW ? { col, row } : null;
}

/** 1-based column of a cell's address (its row is not used: a cell belongs to its <row>). */
function columnOf(address: string, x: XmlScanner): number {
  const a = parseAddress(address);
  if (!a) return x.fail(`单元格地址 ${address} 写法少见或超出工作表范围`);
  return a.col;
}

function cellRef(address: string, x: XmlScanner): { row: number; col: number } {
  const a = parseAddress(address);
  if (!a) return x.fail(`合并区域中的地址 ${address} 写法少见或超出工作表范围`);
  return { row: a.row - 1, col: a.col - 1 };
}

/** <mergeCells>: each <mergeCell ref="A1:B2"> (or a single cell), normalised; overlapping areas (which ExcelJS refuses) are left to ExcelJS. */
function readMergeCells(x: XmlScanner): RangeRef[] {
  const merges: RangeRef[] = [];
  eachChild(
    x,
    'mergeCell',
    () => {
      const ref = x.attr('ref');
      if (ref === undefined) x.fail('<mergeCell> 缺少 ref');
      const [a, b = a, extra] = ref.split(':');
      if (extra !== undefined) x.fail(`合并区域 ${ref} 写法少见`);
      const p = cellRef(a, x);
      const q = cellRef(b, x);
      merges.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
    },
    'empty',
  );
  const overlap = firstOverlap(merges);
  if (overlap) x.fail(`合并区域 ${rangeToA1(overlap)} 与其他合并区域重叠`);
  return merges;
}

/** A merged area overlapping another, found by sweeping the areas from the top down. */
function firstOverlap(merges: RangeRef[]): RangeRef | null {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let open: RangeRef[] = [];
  for (const m of byTop) {
    // Areas still open at m's top row share a row with m.
    open = open.filter((o) => o.bottom >= m.top);
    if (open.some((o) => o.left <= m.right && m.left <= o.right)) return m;
    open.push(m);
  }
  return null;
}
