import type { SheetSnapshot, StandinHost } from '../standin';
import { customRuleHolds } from './conditional-format';

/** What the grid draws of one sheet: a rectangle of cells with their text and looks, merges and the selection. */
export interface GridCell {
  address: string;
  text: string;
  numeric: boolean;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  note: string | null;
  formula: string | null;
  /** The raw value as a person would retype it (formula text for formulas). */
  input: string;
  /** Set on the top-left cell of a merged area. */
  span?: { rows: number; cols: number };
  /** Set on the other cells of a merged area: they are not drawn. */
  covered?: true;
}

export interface GridModel {
  sheet: string;
  rows: number;
  cols: number;
  cells: GridCell[][];
  /** The selection on this sheet, 0-based inclusive, or null. */
  selection: { top: number; left: number; bottom: number; right: number } | null;
}

const MAX_ROWS = 1500;
const MAX_COLS = 60;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRect(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = address.split(':');
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** "附件4!K14" or "'My sheet'!B3:D4" → sheet and range. */
export function splitQualified(address: string): { sheet: string; range: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

function inputText(value: unknown, formula: string | null): string {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Fills of the conditional formats whose custom rule holds, by cell address
 * (Excel paints them over the cell's own fill; the first format wins).
 */
function conditionalFills(host: StandinHost, sheet: string, snapshot: SheetSnapshot): Map<string, string> {
  const fills = new Map<string, string>();
  const lookup = (row: number, col: number) => {
    const value = host.cell(sheet, cellAddress(row, col)).value;
    return value === null ? '' : value;
  };
  for (const format of [...snapshot.conditionalFormats].reverse()) {
    const fill = typeof format.format.fillColor === 'string' ? format.format.fillColor : null;
    const formula = format.rule.formula;
    if (!fill || format.type.toLowerCase() !== 'custom' || !formula) continue;
    const origin = parseRect(format.ranges[0] ?? '');
    if (!origin) continue;
    for (const range of format.ranges) {
      const rect = parseRect(range);
      if (!rect) continue;
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          if (customRuleHolds(formula, origin, r, c, lookup)) fills.set(cellAddress(r, c), fill);
        }
      }
    }
  }
  return fills;
}

/** The grid model of one sheet from the stand-in's current state. */
export function gridModel(host: StandinHost, sheet: string): GridModel {
  const snapshot = host.snapshot().sheets.find((s) => s.name === sheet);
  if (!snapshot) return { sheet, rows: 0, cols: 0, cells: [], selection: null };
  let lastRow = 0;
  let lastCol = 0;
  const extend = (address: string) => {
    const rect = parseRect(address);
    if (!rect) return;
    lastRow = Math.max(lastRow, rect.bottom);
    lastCol = Math.max(lastCol, rect.right);
  };
  Object.keys(snapshot.cells).forEach(extend);
  snapshot.merges.forEach(extend);
  Object.keys(snapshot.notes).forEach(extend);
  const rows = Math.min(MAX_ROWS, Math.max(lastRow + 6, 30));
  const cols = Math.min(MAX_COLS, Math.max(lastCol + 3, 12));
  const cf = conditionalFills(host, sheet, snapshot);
  const empty = (row: number, col: number): GridCell => {
    const address = cellAddress(row, col);
    return { address, text: '', numeric: false, fill: cf.get(address) ?? null, fontColor: null, bold: false, italic: false, note: null, formula: null, input: '' };
  };
  const cells: GridCell[][] = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => empty(r, c)));
  const present = new Set([...Object.keys(snapshot.cells), ...Object.keys(snapshot.notes)]);
  for (const address of present) {
    const at = parseCell(address);
    if (!at || at.row >= rows || at.col >= cols) continue;
    const info = host.cell(sheet, address);
    cells[at.row][at.col] = {
      address,
      text: info.text,
      numeric: info.valueType === 'Double',
      fill: cf.get(address) ?? info.fill,
      fontColor: info.fontColor,
      bold: info.bold,
      italic: info.italic,
      note: info.note,
      formula: info.formula,
      input: inputText(info.value, info.formula),
    };
  }
  for (const merge of snapshot.merges) {
    const rect = parseRect(merge);
    if (!rect || rect.top >= rows || rect.left >= cols) continue;
    for (let r = rect.top; r <= Math.min(rect.bottom, rows - 1); r++) {
      for (let c = rect.left; c <= Math.min(rect.right, cols - 1); c++) {
        if (r === rect.top && c === rect.left) continue;
        cells[r][c].covered = true;
      }
    }
    cells[rect.top][rect.left].span = { rows: Math.min(rect.bottom, rows - 1) - rect.top + 1, cols: Math.min(rect.right, cols - 1) - rect.left + 1 };
  }
  const selected = host.selection ? splitQualified(host.selection) : null;
  const selection = selected && selected.sheet === sheet ? parseRect(selected.range) : null;
  return { sheet, rows, cols, cells, selection };
}
